# expect: type=ValueError line=4
# A level name nobody registered.
import logging
logging.basicConfig(level="LOUD")
