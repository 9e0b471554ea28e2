# sys.setrecursionlimit's checks: the knob's rule (>= 1) and CPython's
# conversion to a C int first; a refused value leaves the limit as it was.
import sys

for v in (0, -1, -2**40, 2**31, 2**63, 2**70, -2**70, 1.5, "x"):
    try:
        sys.setrecursionlimit(v)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
    print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
