# env: TZ=UTC
# logging: asctime through formatTime (default format with milliseconds,
# datefmt), created/msecs/relativeCreated types, LoggerAdapter, a custom
# record factory and setLoggerClass.
import logging
import sys


class Fixed(logging.Filter):
    def filter(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return True


log = logging.getLogger("t")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.addFilter(Fixed())
log.addHandler(h)
h.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
log.warning("default asctime")
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M-%S"))
log.warning("datefmt")
h.setFormatter(logging.Formatter("{asctime} {msecs:03.0f} {created:.2f}", style="{",
                                 datefmt="%Y%m%d"))
log.warning("brace asctime")
f = logging.Formatter("%(message)s")
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
r = logging.makeLogRecord({"created": 86400.5, "msecs": 500.0})
print(logging.Formatter().formatTime(r), logging.Formatter().formatTime(r, "%H:%M"))
rec = logging.LogRecord("n", 10, "p", 1, "m", (), None)
print(type(rec.created).__name__, type(rec.msecs).__name__, rec.relativeCreated >= 0,
      isinstance(rec.thread, int), isinstance(rec.process, int))

h.setFormatter(logging.Formatter("%(name)s %(user)s %(message)s"))
ad = logging.LoggerAdapter(log, {"user": "ann"})
ad.warning("through adapter %d", 1)
print(ad, ad.name, ad.isEnabledFor(10), ad.getEffectiveLevel())


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs


h.setFormatter(logging.Formatter("%(message)s"))
Prefixed(log, {"user": "zed"}).error("custom process")

old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    r = old(*args, **kwargs)
    r.tag = "T"
    return r


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(tag)s %(message)s"))
log.warning("factory")
logging.setLogRecordFactory(old)
h.setFormatter(logging.Formatter("%(message)s"))


class MyLogger(logging.Logger):
    def hello(self):
        self.warning("hello from %s", type(self).__name__)


logging.setLoggerClass(MyLogger)
my = logging.getLogger("t.my")
print(type(my).__name__, logging.getLoggerClass().__name__)
my.hello()
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
