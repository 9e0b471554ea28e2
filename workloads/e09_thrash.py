# E9 thrash. Claim (Beazley 2009): under the old GIL, CPU-bound threads on
# several cores run slower than sequentially (24.6 s sequential, 45.5 s with
# 2 threads on 2 cores, 38.0 s on 1 core). Expected with gil=legacy: threads
# spread over 2 cores slower than threads pinned to 1 core; the ratio is reported.
# Entry: countdown(n) (`while n > 0: n -= 1`).
from cpu_bound import countdown

if __name__ == '__main__':
    from demo import compare
    compare(countdown, (2_000_000,), 2)
