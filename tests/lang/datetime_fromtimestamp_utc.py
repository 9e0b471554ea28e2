# env: TZ=UTC
# fromtimestamp with a tz and utcfromtimestamp: microsecond rounding (half to even)
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.datetime.fromtimestamp(1e20)',
    'dt.datetime.fromtimestamp(-1e12)',
    'dt.datetime.utcfromtimestamp(1234567890.5)',
    'dt.datetime.fromtimestamp(1234567890.123456789, dt.UTC)',
    'dt.datetime.fromtimestamp(0.0000005, dt.UTC)',
    'dt.datetime.fromtimestamp(0.0000015, dt.UTC)',
    'dt.datetime.fromtimestamp(-0.0000005, dt.UTC)',
    'dt.datetime.fromtimestamp(1.9999996, dt.UTC)',
    'dt.datetime.fromtimestamp(-1.5, dt.UTC)',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
