# Monte Carlo estimates with a seeded generator (exact floats as CPython).
import random
import math
rng = random.Random(2023)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
samples = [rng.gauss(0, 1) for _ in range(1000)]
mean = math.fsum(samples) / len(samples)
var = math.fsum([(s - mean) ** 2 for s in samples]) / len(samples)
print(round(mean, 10), round(var, 10))
