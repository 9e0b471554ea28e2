# expect: type=NotImplementedError line=5 py=ok
# logging's stack_info=True needs frame objects gilpy lacks: it is named
# unsupported, never printed wrong.
import logging
logging.getLogger("s").warning("where am I", stack_info=True)
