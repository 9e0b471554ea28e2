# A Vector class with the special methods tutorials teach: arithmetic and
# reflected operators, in-place ops, comparison with total_ordering, hash
# and equality for use in sets and dicts, __len__/__iter__/__getitem__,
# __bool__, __abs__, __format__, __repr__/__str__, __slots__.
import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec.endswith("p"):
            fmt = spec[:-1]
            return f"<{abs(self):{fmt}}, {math.degrees(math.atan2(self.y, self.x)):{fmt}}°>"
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, a / 2, abs(a), bool(Vector()), bool(b))
print(repr(a), f"{a:.2f}", f"{Vector(1, 1):.3p}", len(a), list(a), a[1], tuple(b))
print(a == Vector(3, 4), a != b, a > b, a >= b, b <= a, sorted([a, b, Vector(0, 1)]))
print(len({a, Vector(3, 4), b}), {a: "a"}[Vector(3, 4)])
c = a
c += b
print(c, a, c is a)
x, y = a
print(x, y, max([a, b]), sum([a, b, Vector(1, 1)], Vector()))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
