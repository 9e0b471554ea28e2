# namedtuple classes are real classes: isinstance, subclassing, __slots__ = ().
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, Point, type(p) is Point, isinstance(p, Point), isinstance(p, tuple), issubclass(Point, tuple))
print(Point.__name__, Point.__bases__ == (tuple,), Point._fields, type(p).__name__)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Vec<%s, %s>" % self

v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), type(v + Vec(1, 1)).__name__, isinstance(v, Vec), v == (3, 4))
print(v._replace(x=0), type(v._replace(x=0)).__name__, v._asdict(), Vec._make([5, 6]), Vec._fields)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)

class Named(namedtuple("Named", "a b")):
    pass

n = Named(1, 2)
n.extra = "has a dict"
print(n, n.extra, n.a, n[1], len(n), list(n), hash(n) == hash((1, 2)))
a, b = n
print(a, b, sorted([Named(2, 1), Named(1, 3)]), {n: "k"}[(1, 2)], max(n))
