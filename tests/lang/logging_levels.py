# logging: level names both ways, custom levels, _checkLevel's errors,
# disable(), and log() with a non-int level.
import logging
import sys

for lv in [0, 10, 20, 30, 40, 50, 15, "INFO", "WARN", "FATAL", "nothing"]:
    print(repr(lv), logging.getLevelName(lv))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
log = logging.getLogger("lv")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(levelno)s %(message)s"))
log.addHandler(h)
log.propagate = False
log.setLevel("VERBOSE")
log.log(15, "verbose message")
log.debug("hidden")
for bad in ["LOUD", 1.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("error passes")
logging.disable()
log.critical("critical disabled too")
logging.disable(logging.NOTSET)
log.warning("enabled again")
log.disabled = True
log.error("logger disabled")
log.disabled = False
log.fatal("fatal")
print(logging.FATAL, logging.WARN, logging.NOTSET)
