# functools: reduce, partial (flattening, keywords, repr), lru_cache, cmp_to_key.
import functools
from functools import reduce, partial


def add(a, b):
    return a + b


def power(base, exp=2, mod=None):
    r = base ** exp
    return r % mod if mod else r


print(reduce(add, [1, 2, 3, 4]), reduce(add, [], 10), reduce(add, ["a", "b"], "x"))
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), cube(3, mod=5), square(4, exp=3))
p = partial(power, 2)
pp = partial(p, 10)
print(p(3), pp(), pp.args, pp.keywords, pp.func is power)
print(repr(partial(add, 1))[:27], partial(max, key=abs)([-5, 3]))
calls = []


def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = functools.lru_cache(maxsize=None)(fib)
print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


def sq(x):
    return x * x


small = functools.lru_cache(maxsize=2)(sq)
for x in [1, 2, 1, 3, 2, 1]:
    small(x)
print(small.cache_info(), functools.lru_cache(sq)(4), functools.cache(sq)(5))


def kw(a, b=0):
    return a - b


ckw = functools.lru_cache()(kw)
print(ckw(5, b=1), ckw(5, b=1), ckw(5, 1), ckw.cache_info())


def compare_len(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb", "dddd", "ee"], key=functools.cmp_to_key(compare_len)))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError:", e)
