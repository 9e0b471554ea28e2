# env: TZ=UTC
# timedelta misuse: division by zero, overflow, bad component types
import datetime as dt
T = dt.timedelta

CASES = [
    'T(1)/0',
    'T(1)//0',
    'T(1)/0.0',
    'T(1)*1e300',
    'T(1)%T(0)',
    'T(days=1e9)',
    'T("1")',
    'T(1)/T(0)',
    'T(1)//T(0)',
    'divmod(T(1), T(0))',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
