# bench/gil/loops.py — single-thread loops timed by bench/gil.sh under each
# GIL model: prints "NAME SECONDS NS_PER_ITERATION" per loop, the best of
# REPS in-process timings of 30-60 ms each (perf_counter around the loop:
# start-up excluded; short, so that the best of many finds a quiet moment).
#   gilpy [--gil=MODEL] loops.py [REPS [NAME]]   (NAME: that loop only)
#   gilpy [--gil=MODEL] loops.py count NAME N     (runs NAME(N) once, silently)
import sys
import time


def squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def countdown(n):
    while n > 0:
        n -= 1
    return n


def listdict(n):
    # list append/index, dict get/set, a fresh list every 256 iterations
    d = {}
    lst = []
    for i in range(n):
        k = i & 255
        d[k] = d.get(k, 0) + 1
        lst.append(d[k])
        if lst[-1] > 0 and k == 255:
            lst = []
    return len(d)


# name, function, n, calls per timing (squares stays below 2**63: no bignums)
LOOPS = [
    ("squares", squares, 2000000, 2),
    ("countdown", countdown, 4000000, 1),
    ("listdict", listdict, 300000, 1),
]

if len(sys.argv) == 4 and sys.argv[1] == "count":
    # one call, for bench/gil.sh's instruction counts under valgrind
    for name, fn, n, calls in LOOPS:
        if name == sys.argv[2]:
            fn(int(sys.argv[3]))
    sys.exit(0)
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
for name, fn, n, calls in LOOPS:
    if len(sys.argv) > 2 and name != sys.argv[2]:
        continue
    best = 1e9
    for r in range(reps):
        t0 = time.perf_counter()
        for c in range(calls):
            fn(n)
        best = min(best, time.perf_counter() - t0)
    print(name, best, best * 1e9 / (n * calls))
