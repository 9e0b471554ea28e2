# logging: the module-level functions configure the root logger once
# (basicConfig's BASIC_FORMAT) and levels decide what is emitted.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.debug("not shown")
logging.info("info %s", "shown")
logging.warning("warn %d%%", 50)
logging.error("error %r", [1, 2])
logging.critical("critical")
logging.log(25, "level 25")
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG)  # no effect: handlers exist
logging.debug("still not shown")
print(logging.root.level, logging.getLevelName(logging.root.level))
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s-%(message)s", force=True)
logging.warning("after force")
logging.info("info hidden? level stays %s", logging.root.level)
print(logging.BASIC_FORMAT)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
