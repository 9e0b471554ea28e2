# expect: type=ValueError line=4
# basicConfig rejects a keyword it does not know, naming it.
import logging
logging.basicConfig(level=logging.INFO, colour=True)
