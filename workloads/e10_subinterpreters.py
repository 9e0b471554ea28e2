# E10 subinterpreters. Claim (PEP 684, Python 3.12): with one GIL per
# interpreter, threads that each run their own interpreter run in parallel.
# Expected: --mode subinterp ~ min(N, P) x faster than sequential (drawn on
# E1's figure as its own line). Entry: squares(n); processes of the same
# work in the same rounds are the control for what the cores deliver.
from cpu_bound import calibrate_squares, squares

if __name__ == '__main__':
    from demo import compare
    compare(squares, (1_000_000,), 2)
