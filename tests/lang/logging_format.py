# logging: Formatter's %-style, {-style and $-style fields, defaults, and
# record attributes that do not depend on time or the process.
import logging
import sys

log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
fields = ["%(name)s", "%(levelname)s", "%(levelno)d", "%(message)s", "%(module)s",
          "%(filename)s", "%(funcName)s", "%(lineno)d", "%(threadName)s",
          "%(processName)s", "%(levelname)-8s|", "%(lineno)5d|", "%(msg)r %(args)r"]
for f in fields:
    h.setFormatter(logging.Formatter(f))
    log.warning("m %s", f)

h.setFormatter(logging.Formatter("{levelname}:{name}:{message!r}:{lineno:>4}", style="{"))
log.warning("brace")
h.setFormatter(logging.Formatter("$levelname ${name} $message", style="$"))
log.warning("dollar")
h.setFormatter(logging.Formatter("%(levelname)s %(custom)s %(message)s",
                                 defaults={"custom": "dflt"}))
log.warning("with default")
log.warning("with extra", extra={"custom": "given"})


def inner():
    log.warning("in function")


class K:
    def method(self):
        log.warning("in method")


h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
inner()
K().method()
print([f for f in [1] if log.warning("in comprehension") is None])
log.warning("dict args %(a)s %(b)d", {"a": "x", "b": 2})
log.warning("no args %s")
log.warning(12345)
log.warning("tuple %s %s", *("p", "q"))
print(h.formatter._fmt, logging.Formatter()._fmt)
for bad in ["%(message)", "no fields", "%(x)"]:
    try:
        logging.Formatter(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["{", "none"]:
    try:
        logging.Formatter(bad, style="{")
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("x", style="!")
except ValueError as e:
    print("ValueError", e)
