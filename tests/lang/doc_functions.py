# Docstrings: a def's first statement, when a string literal, is its
# __doc__ (functions, methods, generators, coroutines); lambdas and defs
# without one have None; functools.wraps copies the wrapped docstring.
import functools


def f():
    "doc of f"
    return 1


def g():
    x = 1
    "not a docstring: not the first statement"
    return x


def h():
    """Multi-line
    docstring, kept as written."""


def fs():
    f"an f-string is {'not'} a docstring"


def nodoc():
    return 2


print(repr(f.__doc__), repr(g.__doc__), repr(h.__doc__))
print(fs.__doc__, nodoc.__doc__, (lambda: 1).__doc__)


class C:
    """class doc"""

    def m(self):
        "method doc"

    @staticmethod
    def s():
        "static doc"

    @classmethod
    def c(cls):
        "class method doc"


class D:
    pass


print(C.__doc__, D.__doc__)
print(C.m.__doc__, C().m.__doc__, C.s.__doc__, C.c.__doc__, C().c.__doc__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        "the wrapper's own"
        return fn(*a, **k)

    return wrapper


@deco
def wrapped():
    """the wrapped function's docstring"""
    return 3


print(wrapped.__doc__, wrapped.__name__, wrapped(), wrapped.__wrapped__.__doc__)

f.__doc__ = "changed"
print(f.__doc__)
f.__doc__ = None
print(f.__doc__)


async def co():
    "coroutine doc"


def gen():
    "generator doc"
    yield 1


print(co.__doc__, gen.__doc__)


def outer():
    def inner():
        "inner doc"

    return inner


print(outer().__doc__, outer.__doc__)
