# sys.exc_info() and sys.exception(): the exception being handled, through
# calls, nested handlers, finally blocks and generators.
import sys


def show(tag):
    t, v, _ = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), repr(sys.exception()))


show("outside")
try:
    raise ValueError("a")
except ValueError:
    show("in except")
    try:
        raise KeyError("b")
    except KeyError:
        show("nested")
    show("after nested")
show("after")

try:
    try:
        raise TypeError("c")
    finally:
        show("finally")
except TypeError:
    pass


def gen():
    show("gen start")
    try:
        raise IndexError("g")
    except IndexError:
        yield 1
        show("gen resumed in except")
    show("gen after except")
    yield 2


g = gen()
try:
    raise ValueError("caller")
except ValueError:
    next(g)
    show("caller between")
next(g)
try:
    raise LookupError("caller2")
except LookupError:
    list(g)


def reraiser():
    yield 1
    raise


try:
    raise ZeroDivisionError("outer")
except ZeroDivisionError:
    r = reraiser()
    next(r)
    try:
        next(r)
    except ZeroDivisionError as e:
        print("bare raise in generator re-raised", repr(e))
print(sys.exc_info() == (None, None, None), sys.exc_info()[2])
