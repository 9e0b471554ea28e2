# env: TZ=UTC
# date range and argument errors, OverflowError "date value out of range"
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.date(2020,1,1)+T(days=1e7)',
    'dt.date.max+T(1)',
    'dt.date(1,1,1)-T(1)',
    'dt.datetime.max+T(1)',
    'dt.date.fromordinal(0)',
    'dt.date.fromordinal(3652060)',
    'dt.date(10000,1,1)',
    'dt.date(2020,2,30)',
    'dt.date(2020,13,1)',
    'dt.date(2020.0,1,1)',
    'dt.date(2020,1,1).strftime(1)',
    'format(dt.date(2020,1,1), 1)',
    'dt.date(2020,1,1).replace(month=13)',
    'dt.date.fromtimestamp("x")',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
for args in [(2020,), (2020, 1)]:
    for cls in (dt.date, dt.datetime):
        try:
            cls(*args)
        except TypeError as e:
            print(cls.__name__, args, e)
