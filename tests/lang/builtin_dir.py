# dir(obj): sorted attribute names of user classes and instances as
# CPython lists them (the instance dict, the MRO's class dicts, object's),
# __dir__, modules, and the public methods of built-in values.
import math


class A:
    """Doc."""
    cls_attr = 1

    def m(self):
        pass


class B(A):
    def __init__(self):
        self.x = 1

    def n(self):
        pass


class S:
    __slots__ = ('a', 'b')


class S2(S):
    __slots__ = 'c'


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha']


b = B()
b.extra = 2
for o in (b, B, A(), S, S2(), Custom()):
    print(dir(o))
print('sqrt' in dir(math), dir(math) == sorted(dir(math)), '__name__' in dir(math))
for v in ([], {}, set(), frozenset(), (), None):
    print(type(v).__name__, [n for n in dir(v) if not n.startswith('_')])
print([n for n in dir(B) if n not in dir(object)])
