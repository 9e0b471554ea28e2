# The classic float benchmark: many small points in a class with __slots__,
# trigonometry, normalisation and a running maximum.
from math import cos, sin, sqrt


class Point:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f'<Point: x={self.x}, y={self.y}, z={self.z}>'

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


for n in (10, 1000, 20000):
    print(n, benchmark(n))
p = Point(3)
try:
    p.w = 1
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, '__dict__'), Point.__slots__, f'{p.x:.3e} {p.y:+.2f} {p.z:08.4f}')
