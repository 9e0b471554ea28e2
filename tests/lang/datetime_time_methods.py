# env: TZ=UTC
# time: repr, isoformat(timespec), fromisoformat, strftime, comparisons
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.time(24)',
    'dt.time(1,60)',
    'dt.time(fold=2)',
    'dt.time(tzinfo=1)',
    'dt.time(1,tzinfo=dt.timezone.utc)<dt.time(1)',
    'dt.time(12, 30)',
    'dt.time(12, 30, 1)',
    'dt.time(12, 30, 1, 5)',
    'dt.time(1, tzinfo=dt.timezone.utc)',
    'dt.time(1, fold=1)',
    'dt.time(12,30,1,5).isoformat("milliseconds")',
    'dt.time(12,30).isoformat(timespec="hours")',
    'dt.time(12,30).isoformat(timespec="x")',
    'str(dt.time(1,2,3,4, tzinfo=dt.timezone(T(hours=-5))))',
    'dt.time.fromisoformat("12:30")',
    'dt.time.fromisoformat("T1230")',
    'dt.time.fromisoformat("12:30:01.123")',
    'dt.time.fromisoformat("12:30:01.1234567")',
    'dt.time.fromisoformat("12:30:01+05:30")',
    'dt.time.fromisoformat("12:30:01Z")',
    'dt.time.fromisoformat("12")',
    'dt.time.fromisoformat("12:3")',
    'dt.time.fromisoformat("25:00")',
    'dt.time(1,2,3).strftime("%H|%M|%S|%f|%p|%Y")',
    'dt.time(1) < dt.time(2)',
    'dt.time(1, tzinfo=dt.timezone.utc) == dt.time(2, tzinfo=dt.timezone(T(hours=1)))',
    'dt.time(1) == dt.time(1, tzinfo=dt.timezone.utc)',
    'dt.time(1).replace(hour=5, tzinfo=dt.timezone.utc)',
    'dt.time.min',
    'dt.time.max',
    'bool(dt.time(0))',
    'str(dt.timezone(T(hours=-1,minutes=-30)))',
    'str(dt.timezone(T(0)))',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
