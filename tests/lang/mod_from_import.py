# from M import a, b: names bound directly, modules usable afterwards.
from math import sqrt, pi, floor
from time import perf_counter, sleep
from math import isqrt
import math
import time
print(sqrt(81), floor(pi), isqrt(99), sqrt is math.sqrt, pi == math.pi)
start = perf_counter()
sleep(0)
print(perf_counter() >= start, isinstance(time.monotonic(), float))


def use_in_function(x):
    return floor(sqrt(x))


print(use_in_function(50))
import math
print(math.ceil(1.2))
