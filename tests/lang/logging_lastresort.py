# stderr: full
# logging: with no handler configured, warnings and above reach
# lastResort, which prints only the message to stderr.
import logging

log = logging.getLogger("lr")
log.info("dropped")
log.warning("just the message %d", 1)
log.error("an error")
logging.getLogger().critical("root too")
print(logging.lastResort, logging.root.handlers)
logging.lastResort = None
log.error("no handlers message once")
log.error("and not twice")
print("end")
