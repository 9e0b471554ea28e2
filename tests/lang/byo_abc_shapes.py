# Class hierarchies with ABCs: abstract methods and properties, a template
# method, classmethod factories, __repr__/__eq__, isinstance against ABCs
# and collections.abc, registering a virtual subclass.
import math
from abc import ABC, abstractmethod
from collections.abc import Sequence, Iterable, Sized


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area:.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area < other.area


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    def perimeter(self):
        return 2 * (self._w + self._h)

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value

    @classmethod
    def square(cls, side):
        return cls(side, side)

    def __repr__(self):
        return f"{type(self).__name__}({self._w}, {self._h})"

    def __eq__(self, other):
        return isinstance(other, Rectangle) and (self._w, self._h) == (other._w, other._h)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Incomplete(Shape):
    def perimeter(self):
        return 0


shapes = [Rectangle(3, 4), Circle(1.5), Rectangle.square(2)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, shapes[2], shapes[2] == Rectangle(2, 2))
try:
    Incomplete("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Shape("s")
except TypeError as e:
    print("TypeError:", e)
r = shapes[0]
r.width = 10
print(r.area)
try:
    r.width = -1
except ValueError as e:
    print("ValueError:", e)


class Polyline:
    def __init__(self, pts):
        self.pts = list(pts)

    def __len__(self):
        return len(self.pts)

    def __getitem__(self, i):
        return self.pts[i]


Sequence.register(Polyline)
p = Polyline([(0, 0), (3, 4)])
print(isinstance(p, Sequence), isinstance(p, Sized), isinstance(p, Iterable), issubclass(Circle, Shape))
print(len(p), list(p), p[-1])
print([c.__name__ for c in Rectangle.__mro__])
