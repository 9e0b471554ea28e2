# expect: type=TypeError line=4
# A level that is neither an int nor a known name.
import logging
logging.getLogger("x").setLevel([10])
