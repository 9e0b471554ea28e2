# E1 cpu-scaling: pure-Python CPU-bound work gets no speedup from threads
# under a GIL (threads/seq ~ 1.0), while processes scale ~N x up to the
# number of cores. The loop is the seeds' sum of squares (total += i*i).
# The default n keeps the total inside int64 (sum ~ n**3/3 < 2**63 needs n < 3e6),
# the interpreter's fast path: ~0.06 s in gilpy (Release), ~0.15 s in CPython 3.11.
import time


def main(n=2_000_000):
    total = 0
    for i in range(n):
        total += i * i
    return total


# --- The suite's further CPU kernels (E1's variant, E9, E11, E12). ---

# The name the experiment files use for the seeds' loop.
squares = main


def squares_mod(n):
    # S1's exercise variant: the square reduced mod 1000 keeps every int small.
    total = 0
    for i in range(n):
        total += i * i % 1000
    return total


def countdown(n):
    # Beazley's 2009 benchmark (E9): the shortest possible Python loop.
    while n > 0:
        n -= 1
    return n


# Iterations of squares_mod() per microsecond on this interpreter, measured by
# calibrate() when no other thread competes, so that burn_us() means CPU time.
# (squares_mod, not main: main's sum outgrows 64 bits after ~3 million
# iterations and then slows down, which would skew long tasks.)
rate = 0.0


def calibrate():
    # The median of 5 timings: the minimum would catch a moment when this
    # core ran nothing else and make every later task too long.
    global rate
    n = 100000
    times = []
    for k in range(5):
        t0 = time.perf_counter()
        squares_mod(n)
        times.append(time.perf_counter() - t0)
    times.sort()
    rate = n / (times[2] * 1.0e6)
    return rate


def burn_us(us, per_us=0.0):
    # About `us` microseconds of pure-Python CPU work (holds the GIL throughout),
    # at `per_us` iterations per microsecond: the suite calibrates once and
    # passes it, so every mode's tasks do the same work; 0 calibrates here.
    if per_us <= 0.0:
        per_us = rate if rate > 0.0 else calibrate()
    return squares_mod(int(us * per_us))


if __name__ == '__main__':
    print(main())
