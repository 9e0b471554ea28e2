# sys.setswitchinterval's checks where gilpy and CPython agree, and that a
# refused value leaves the interval as it was.
import sys

for v in (0, -1, 0.0, -0.5, "x", None):
    try:
        sys.setswitchinterval(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    print(sys.getswitchinterval())
for v in (1e-7, 0.5, 3, 1e9):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
