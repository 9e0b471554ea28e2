# A chaos-game fractal: points jump toward randomly chosen affine-free
# targets that lie on B-spline curves; hits are binned into a small
# character raster. Seeded, so the picture is the same every run.
import math
import random


class GVector:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __repr__(self):
        return f'<{self.x:.4f}, {self.y:.4f}, {self.z:.4f}>'


class Spline:
    """A uniform cubic B-spline: one cubic segment per four control points."""

    def __init__(self, points):
        if len(points) < 4:
            raise ValueError('a cubic B-spline needs four points')
        self.points = points

    def domain(self):
        return 0, len(self.points) - 3

    def __call__(self, u):
        lo, hi = self.domain()
        if not lo <= u <= hi:
            raise ValueError(f'{u} outside {lo}..{hi}')
        k = min(int(u), hi - 1)
        t = u - k
        t2, t3 = t * t, t * t * t
        weights = ((1 - t) ** 3 / 6, (3 * t3 - 6 * t2 + 4) / 6,
                   (-3 * t3 + 3 * t2 + 3 * t + 1) / 6, t3 / 6)
        out = GVector()
        for w, p in zip(weights, self.points[k:k + 4]):
            out = out + p * w
        return out


class Chaosgame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx, self.maxx = min(xs), max(xs)
        self.miny, self.maxy = min(ys), max(ys)
        lengths = []
        for s in splines:
            lo, hi = s.domain()
            total = 0.0
            prev = s(lo)
            for i in range(1, 41):
                cur = s(lo + (hi - lo) * i / 40)
                total += cur.dist(prev)
                prev = cur
            lengths.append(total)
        whole = sum(lengths)
        self.weights = [x / whole for x in lengths]

    def transform(self, point, rng):
        x = min(1.0, max(0.0, (point.x - self.minx) / (self.maxx - self.minx)))
        y = min(1.0, max(0.0, (point.y - self.miny) / (self.maxy - self.miny)))
        r = rng.random()
        acc = 0.0
        for i, w in enumerate(self.weights):
            acc += w
            if r <= acc:
                break
        spline = self.splines[i]
        lo, hi = spline.domain()
        base = spline(lo + x * (hi - lo))
        eps = 1e-6
        ahead = spline(min(hi, lo + x * (hi - lo) + eps))
        dx, dy = ahead.x - base.x, ahead.y - base.y
        norm = math.hypot(dx, dy) or 1.0
        off = (y - 0.5) * self.thickness
        return GVector(base.x - dy / norm * off, base.y + dx / norm * off, 0.0)

    def run(self, width, height, iterations, seed):
        rng = random.Random(seed)
        grid = [[0] * width for _ in range(height)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0.0)
        for _ in range(iterations):
            point = self.transform(point, rng)
            col = int((point.x - self.minx) / (self.maxx - self.minx) * (width - 1))
            row = int((point.y - self.miny) / (self.maxy - self.miny) * (height - 1))
            if 0 <= col < width and 0 <= row < height:
                grid[height - 1 - row][col] += 1
        return grid


splines = [
    Spline([GVector(1.597, 3.304, 0.0), GVector(1.576, 4.123, 0.0), GVector(1.313, 5.288, 0.0),
            GVector(1.619, 5.330, 0.0), GVector(2.890, 5.503, 0.0), GVector(2.373, 4.382, 0.0),
            GVector(1.662, 4.360, 0.0)]),
    Spline([GVector(2.805, 4.017, 0.0), GVector(2.551, 3.525, 0.0), GVector(1.979, 2.620, 0.0),
            GVector(1.979, 2.620, 0.0)]),
    Spline([GVector(2.002, 4.011, 0.0), GVector(2.335, 3.313, 0.0), GVector(2.367, 3.233, 0.0),
            GVector(2.367, 3.233, 0.0)]),
]
game = Chaosgame(splines, 0.25)
print('weights', [round(w, 6) for w in game.weights])
print('spline samples', splines[0](0.0), splines[0](2.5), splines[1](1.0))
grid = game.run(48, 24, 6000, 1234)
shades = ' .:-=+*#%@'
top = max(max(r) for r in grid)
for row in grid:
    print(''.join(shades[min(9, (9 * c + top - 1) // top)] for c in row).rstrip())
print('hits', sum(map(sum, grid)), 'max', top)
try:
    splines[1](7)
except ValueError as e:
    print('ValueError:', e)
