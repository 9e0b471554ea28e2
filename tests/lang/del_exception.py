# An exception in __del__ is reported on stderr and ignored: stdout and
# the exit status are unaffected, and so is an exception being handled.
import gc


class Bad:
    def __del__(self):
        print("bad del runs")
        raise ValueError("boom")


b = Bad()
b = None
print("still running")
try:
    raise KeyError("outer")
except KeyError as e:
    x = Bad()
    del x
    print("handling", repr(e))


class CycBad(Bad):
    def __init__(self):
        self.me = self


CycBad()
gc.collect()
print("after collect")


def stubborn():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")


g = stubborn()
next(g)
g = None
print("done")
