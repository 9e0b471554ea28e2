# stderr: full
# logging: exception(), exc_info= (True, an exception, a tuple), extra=,
# and the tracebacks they append, on stderr through basicConfig.
import logging

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("exc")


def fail(n):
    return 10 // n


try:
    fail(0)
except ZeroDivisionError:
    log.exception("failed with %d", 0)
    log.error("again", exc_info=True)
try:
    fail(0)
except ZeroDivisionError as e:
    saved = e
log.warning("later", exc_info=saved)
log.warning("tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.warning("no exception active", exc_info=True)
log.warning("extra %(user)s", extra={"user": "bob"})
try:
    log.warning("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    log.warning("clash", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)
logging.exception("module-level, nothing active")
