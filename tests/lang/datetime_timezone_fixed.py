# env: TZ=UTC
# timezone: repr, tzname, utc singleton, min/max, equality; MINYEAR/MAXYEAR/UTC
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.timezone(1)',
    'dt.timezone(T(1))',
    'dt.timezone(T(0),1)',
    'dt.timezone.utc.utcoffset(1)',
    'dt.timezone.utc.fromutc(1)',
    'repr(dt.timezone.utc)',
    'dt.timezone(T(hours=1))',
    'dt.timezone(T(hours=1), "X")',
    'dt.timezone(T(0)) is dt.timezone.utc',
    'dt.timezone(T(0), "UTC") is dt.timezone.utc',
    'dt.timezone(T(seconds=5, microseconds=7)).tzname(None)',
    'dt.timezone.min',
    'dt.timezone.max',
    'dt.timezone(T(hours=1)) == dt.timezone(T(hours=1), "A")',
    'dt.MINYEAR',
    'dt.MAXYEAR',
    'dt.UTC is dt.timezone.utc',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
