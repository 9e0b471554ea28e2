# Memoized recursion with functools.lru_cache and cache statistics.
import functools


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = functools.lru_cache(maxsize=None)(fib)
print([fib(i) for i in range(20)], fib(90))
print(fib.cache_info())


def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


binom = functools.lru_cache(maxsize=64)(binom)
print(binom(30, 15), binom.cache_info().misses > 0)
