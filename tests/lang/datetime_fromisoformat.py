# env: TZ=UTC
# datetime.fromisoformat: 3.11's ISO 8601 forms and separators
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.datetime.fromisoformat("2020-01-01")',
    'dt.datetime.fromisoformat("2020-01-01T12")',
    'dt.datetime.fromisoformat("2020-01-01 12:30:45.123456+01:00")',
    'dt.datetime.fromisoformat("20200101T123045Z")',
    'dt.datetime.fromisoformat("2020-01-01T12:30:45.5-03:30:15")',
    'dt.datetime.fromisoformat("2020-W01-1T00:00")',
    'dt.datetime.fromisoformat("2020-01-01x12:30")',
    'dt.datetime.fromisoformat("2020-01-01T")',
    'dt.datetime.fromisoformat("2020-01-01T25:00")',
    'dt.datetime.fromisoformat("2020-01-01T12:30:45,25")',
    'dt.datetime.fromisoformat("2020-01-0112:30")',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
