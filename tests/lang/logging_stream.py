# logging: StreamHandler over io.StringIO, setStream, terminator, flush,
# handleError's report when a message cannot be formatted, and shutdown().
import io
import logging
import sys

buf = io.StringIO()
log = logging.getLogger("s")
log.propagate = False
h = logging.StreamHandler(buf)
log.addHandler(h)
log.warning("into buffer")
h.terminator = " | "
log.warning("no newline")
print(repr(buf.getvalue()))
old = h.setStream(sys.stdout)
print(old is buf, h.setStream(sys.stdout))
h.terminator = "\n"
log.warning("to stdout")
print(repr(h))
h2 = logging.StreamHandler()
print(repr(h2), h2.stream is sys.stderr)
log.error("bad format %d", "not a number")
print("after logging error")
logging.raiseExceptions = False
log.error("bad again %d", "x")
print("silent")
logging.raiseExceptions = True
logging.shutdown()
print("shut down")
try:
    logging.Formatter("%(nope)s").format(logging.makeLogRecord({}))
except ValueError as e:
    print("ValueError", e)
