# E4 free-threading. Claim (S1, S4): without a GIL threads run Python code in
# parallel, but single-threaded code gets slower (atomic reference counts,
# per-object locks). Expected: gil=none threads ~ min(N, P) x faster than
# sequential; the 1-thread overhead of none over new is reported as a %.
# Entries: squares(n), a loop over locals, which free threading barely
# touches; bodies(n), objects with attributes and methods (class_bound.py),
# where most programs spend their time and free threading costs most (CPython
# 3.13t: ~1.4x). Each runs with --gil none and --gil new, and as processes in
# the same rounds: the control for what the machine's cores deliver.
from class_bound import bodies
from cpu_bound import calibrate_squares, squares

if __name__ == '__main__':
    from demo import compare
    compare(squares, (1_000_000,), 2)
    compare(bodies, (2_000,), 2)
