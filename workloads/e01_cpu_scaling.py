# E1 cpu-scaling. Claim (S0-S4): CPU-bound threads give no speedup, processes
# give about N x (S1: 4.50 s sequential, 4.48 s threaded, 2.30 s with 2
# processes). Expected: threads/seq ~ 1.0 (never above 1.1);
# procs/seq >= 0.9 * min(N, P).
# Entries: squares(n) (`total += i * i`) and squares_mod(n) (S1's `i*i % 1000`).
from cpu_bound import calibrate_squares, squares, squares_mod

if __name__ == '__main__':
    from demo import compare
    compare(squares, (1_000_000,), 2)
    compare(squares_mod, (1_000_000,), 2)
