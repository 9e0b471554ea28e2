# logging: Handler subclasses, filters (objects and callables, on loggers
# and handlers), Filter's name prefix rule, NullHandler, handler names.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("app.db")
log.propagate = False
lh = ListHandler()
lh.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
log.addHandler(lh)
log.warning("one")
log.addFilter(logging.Filter("app"))
log.warning("two")
log.addFilter(logging.Filter("app.d"))
log.warning("three (blocked: app.d is not a prefix at a dot)")
log.filters.clear()
lh.addFilter(lambda r: "secret" not in r.getMessage())
log.warning("a secret")
log.warning("public")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("shout", "SHOUT")
        return True


up = Upper()
lh.addFilter(up)
lh.addFilter(up)
print(len(lh.filters))
log.warning("shout %s", "it")
lh.removeFilter(up)
log.warning("quiet")
print(lh.records)
f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a", "x"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

n = logging.getLogger("null")
n.addHandler(logging.NullHandler())
n.error("nothing printed, no last resort")
print(n.handlers, logging.NullHandler().lock)
lh.name = "mine"
print(lh.name, lh.get_name(), repr(lh))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
r = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 20})
print(r.getMessage(), r.levelno, r.name)
lr = logging.LogRecord("n", 20, "/p/f.py", 7, "m %d", (3,), None, "fn")
print(lr, lr.filename, lr.module, lr.getMessage(), lr.funcName)
