# Function pipelines with functools.partial and reduce.
from functools import partial, reduce


def scale(x, factor):
    return x * factor


def shift(x, by=0):
    return x + by


double = partial(scale, factor=2)
plus3 = partial(shift, by=3)
print(double(5), plus3(5), [double(x) for x in range(5)])
pipeline = [double, plus3, partial(scale, factor=10)]
print([pipeline[2](pipeline[1](pipeline[0](v))) for v in range(4)])
power = partial(pow, 2)
print([power(i) for i in range(8)], partial(max, 0)(-5), partial(sorted, reverse=True)([3, 1, 2]))
