# E7 switch-interval. Claim (S3): the interpreter releases the GIL after a
# number of instructions or a time interval. Expected: GIL switches per second
# ~ 1/interval (gil=new, 0.1-100 ms) or ~ 1/check interval (gil=legacy,
# 10-10 000 instructions); throughput falls at tiny intervals.
# Entries: squares_mod(n) for gil=new, long enough that a run holds at least
# four of the longest interval (a 35 ms run hands over once at 20 ms and
# never at 50 ms, which flattened the slope); squares(n) for gil=legacy,
# whose check interval counts instructions. 2 threads. Demo: the same sweep
# through sys.setswitchinterval.
import sys
from cpu_bound import squares, squares_mod

if __name__ == '__main__':
    from demo import run_threads
    for ms in [0.1, 1.0, 5.0, 50.0]:
        sys.setswitchinterval(ms / 1000)
        t = run_threads(squares, (500_000,), 2)
        print(f"interval {ms:>5} ms: {t:.3f}s")
    sys.setswitchinterval(0.005)
