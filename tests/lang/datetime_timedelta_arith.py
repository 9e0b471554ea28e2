# env: TZ=UTC
# timedelta arithmetic, division with rounding, str/repr, min/max, comparisons
import datetime as dt
T = dt.timedelta

CASES = [
    'T(microseconds=1)*0.5',
    'T(1)*0.1',
    'T(seconds=1)/3',
    'T(seconds=1)/3.0',
    'T(seconds=1)//3',
    'T(days=1)/T(hours=7)',
    'T(days=1)//T(hours=7)',
    'T(days=1)%T(hours=7)',
    'divmod(T(days=-1), T(hours=7))',
    '-T(1, 2, 3)',
    'abs(T(-1, 2))',
    'T(-1, 2).total_seconds()',
    'str(T(-1, 2, 3))',
    'str(T(2, 3, 3))',
    'str(T(microseconds=-1))',
    'T.min',
    'T.max',
    'T.resolution',
    'str(T.min)',
    'str(T.max)',
    'T(1) == T(hours=24)',
    'T(1) < T(2)',
    'bool(T(0))',
    'T(1) == 1',
    'T(seconds=1) * 2.5',
    'T(seconds=1) / 0.3',
    '2 * T(3)',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
