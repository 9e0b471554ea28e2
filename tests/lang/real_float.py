# Float-heavy objects: many points built with sin/cos, normalised in
# place, then folded with max over each coordinate; plus formatting of
# the results in several styles.
from math import sin, cos, sqrt, pi, atan2, hypot, isclose


class Point:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f'<Point: x={self.x}, y={self.y}, z={self.z}>'

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


for n in (10, 1000, 20000):
    print(n, benchmark(n))
p = benchmark(500)
print(f'{p.x:.3f} {p.y:+.5e} {p.z:10.4f}|{p.x:<12.6g}|{p.y:^14.2%}|')
print(round(p.x, 4), round(p.y * 1e6), int(p.z * 1e9), float(f'{p.z:.3g}'))
angles = [atan2(sin(k * pi / 7), cos(k * pi / 7)) for k in range(8)]
print([round(a, 12) for a in angles])
print(hypot(3.0, 4.0), isclose(sum([0.1] * 10), 1.0), sum([0.1] * 10), 0.1 + 0.2, 1e16, 1e-7, 2.5e-5)
print(float('inf') > 1e308, float('-inf'), float('nan') != float('nan'), -0.0, 1 / 3, 2 / 3 * 1e22)
print(divmod(7.5, 2), 7.5 // -2, -7.5 % 2, (2.0).is_integer(), (0.5).as_integer_ratio(), 3.75.hex())
