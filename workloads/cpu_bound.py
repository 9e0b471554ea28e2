# E1 cpu-scaling: pure-Python CPU-bound work gets no speedup from threads
# under a GIL (threads/seq ~ 1.0), while processes scale ~N x up to the
# number of cores. The loop is the seeds' sum of squares (total += i*i).
# The loop runs in chunks of at most CHUNK iterations, each summed from 0, so
# that every partial sum stays inside int64 (sum ~ n**3/3 < 2**63 needs
# n < 3e6), the interpreter's fast path: any n costs the same per iteration.
# 2.5 million take ~0.025 s in gilpy (Release), ~0.14 s in CPython 3.11.
import time

CHUNK = 2_500_000


def main(n=2_000_000):
    total = 0
    while n > 0:
        k = CHUNK if n > CHUNK else n
        part = 0
        for i in range(k):
            part += i * i
        total += part
        n -= k
    return total


# How long one task of E1, E4 and E10 lasts alone, in seconds: long enough
# that a neighbour's slow phase on a shared host averages out over a task
# rather than deciding a round (22 ms tasks spread 1.5x-2.4x between rounds).
TASK_S = 0.1


def median_time(fn, n):
    # The median of 5 timings of fn(n), in seconds: the minimum would catch
    # a moment when this core ran nothing else and make every later task
    # too long.
    times = []
    for k in range(5):
        t0 = time.perf_counter()
        fn(n)
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[2]


def calibrate_squares():
    # The suite's "calibrate" entry for E1, E4 and E10: the n for which
    # main(n) alone takes TASK_S on this interpreter, so that every
    # interpreter's tasks last as long; rounded to 10,000 so that reports
    # print a plain count.
    n = 200_000
    return max(10_000.0, round(TASK_S * n / median_time(main, n), -4))


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
# (squares_mod: its sum never leaves small ints, with no chunking to add
# per-task steps to the shortest tasks.)
rate = 0.0


def calibrate():
    global rate
    n = 100000
    rate = n / (median_time(squares_mod, n) * 1.0e6)
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
