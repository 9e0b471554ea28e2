# concurrent.futures.ProcessPoolExecutor for CPU-bound work: map, submit
# with as_completed, an exception carried back from a worker, and the same
# function run on a ThreadPoolExecutor for comparison of results.
import concurrent.futures as cf
import math


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True


def count_primes(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input {x}")
    return math.sqrt(x)


if __name__ == "__main__":
    ranges = [(i * 2500, (i + 1) * 2500) for i in range(4)]
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        counts = list(ex.map(count_primes, *zip(*ranges)))
        print(counts, sum(counts))
        futs = {ex.submit(is_prime, n): n for n in (97, 100, 7919, 7920)}
        print(sorted((futs[f], f.result()) for f in cf.as_completed(futs)))
        bad = ex.submit(checked_sqrt, -4)
        try:
            bad.result()
        except ValueError as e:
            print("ValueError from worker:", e)
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(count_primes, *zip(*ranges))) == counts)
