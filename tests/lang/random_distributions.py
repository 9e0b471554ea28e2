# random's other distributions drawn from seeded generators: the same
# values as CPython's random.py computes from random().
import random

random.seed(12345)
print([random.expovariate(1.5) for _ in range(3)])
print([random.normalvariate() for _ in range(3)], random.normalvariate(10, 2), random.normalvariate(mu=1, sigma=0.5))
print([random.lognormvariate(0, 0.25) for _ in range(2)])
print([random.triangular() for _ in range(2)], random.triangular(1, 3), random.triangular(0, 10, 9),
      random.triangular(5, 1, 2), random.triangular(2, 2, 2), random.triangular(low=1, high=2, mode=None))
print(random.paretovariate(3), random.weibullvariate(2, 0.5))
r = random.Random(99)
print(r.expovariate(0.25), r.normalvariate(0, 3), r.triangular(-1, 1), r.weibullvariate(1, 1))
for call in (lambda: random.expovariate(0), lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0)):
    try:
        call()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
mean = sum(r.expovariate(2.0) for _ in range(2000)) / 2000
print(round(mean, 6), round(sum(r.normalvariate() for _ in range(2000)) / 2000, 6))
