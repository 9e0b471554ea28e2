# The chaos game: random affine maps drawn with a seeded generator build the
# Sierpinski triangle and Barnsley's fern on a character canvas.
import random


class Canvas:
    def __init__(self, width, height, xmin, xmax, ymin, ymax):
        self.width, self.height = width, height
        self.box = (xmin, xmax, ymin, ymax)
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, x, y):
        xmin, xmax, ymin, ymax = self.box
        col = int((x - xmin) / (xmax - xmin) * (self.width - 1))
        row = int((ymax - y) / (ymax - ymin) * (self.height - 1))
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row][col] += 1

    def render(self, shades=' .:-=+*#%@'):
        top = max(max(r) for r in self.cells)
        lines = []
        for r in self.cells:
            lines.append(''.join(shades[min(len(shades) - 1, v * len(shades) // (top + 1) + (v > 0))]
                                 for v in r).rstrip())
        return '\n'.join(lines)


def sierpinski(rng, points):
    corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.8660254037844386)]
    x, y = rng.random(), rng.random()
    for _ in range(points):
        cx, cy = rng.choice(corners)
        x, y = (x + cx) / 2, (y + cy) / 2
        yield x, y


FERN = [  # (a, b, c, d, e, f, probability)
    (0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    (0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    (0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


def fern(rng, points):
    x = y = 0.0
    weights = [m[6] for m in FERN]
    for _ in range(points):
        a, b, c, d, e, f, _p = rng.choices(FERN, weights)[0]
        x, y = a * x + b * y + e, c * x + d * y + f
        yield x, y


def draw(name, points, canvas):
    n = 0
    sx = sy = 0.0
    lo = [float('inf')] * 2
    hi = [float('-inf')] * 2
    for x, y in points:
        canvas.plot(x, y)
        n += 1
        sx += x
        sy += y
        lo = [min(lo[0], x), min(lo[1], y)]
        hi = [max(hi[0], x), max(hi[1], y)]
    print(f'{name}: {n} points, mean=({sx / n:.6f}, {sy / n:.6f})'
          f' box=[{lo[0]:.4f}, {hi[0]:.4f}] x [{lo[1]:.4f}, {hi[1]:.4f}]')
    print(f'last point {x!r} {y!r} {round(x, 3)} {y:e}')
    print(canvas.render())


random.seed(1234)
draw('sierpinski', sierpinski(random, 4000), Canvas(48, 20, 0.0, 1.0, 0.0, 0.87))
rng = random.Random(42)
draw('fern', fern(rng, 6000), Canvas(40, 24, -2.2, 2.7, 0.0, 10.0))
print(rng.uniform(-1, 1), rng.randint(1, 6), rng.random() < 0.5)
