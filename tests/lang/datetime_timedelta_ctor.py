# env: TZ=UTC
# timedelta's constructor: normalisation and CPython's float rounding (half to even)
import datetime as dt
T = dt.timedelta

CASES = [
    'T(1, 2, 3, 4, 5, 6, 7)',
    'T(1.5, 0.25, 0.75)',
    'T(seconds=0.5e-6)',
    'T(seconds=1.5e-6)',
    'T(seconds=2.5e-6)',
    'T(microseconds=-0.5)',
    'T(microseconds=1.5)',
    'T(days=-1.3, hours=0.7)',
    'T(weeks=0.1, minutes=-3.3333)',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
