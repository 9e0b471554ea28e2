# env: TZ=UTC
# date arithmetic, ordinals, weekdays, isocalendar, ctime, strftime, format
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.date(2020,1,1)<dt.datetime(2020,1,1)',
    'dt.date(2020,1,1)==dt.datetime(2020,1,1)',
    'dt.date(2020, 2, 29) + T(365)',
    'dt.date(2020,3,1)-dt.date(2019,3,1)',
    'dt.date(2024,12,31).isocalendar()',
    'dt.date(2021,1,1).isocalendar()',
    'dt.date(2026,1,1).isocalendar().week',
    'dt.date(2020,1,1).ctime()',
    'dt.date(1,1,1).toordinal()',
    'dt.date(9999,12,31).toordinal()',
    'dt.date.fromordinal(737425)',
    'dt.date(2023,6,15).weekday()',
    'dt.date(2023,6,18).isoweekday()',
    'dt.date(2023,6,15).timetuple()',
    'dt.date(2023,6,15).strftime("%A %d %B %Y %j %U %W %f %z %Z|")',
    'dt.date(1,1,1).strftime("%Y-%m-%d")',
    'format(dt.date(2023,6,15), "%y")',
    'f"{dt.date(2023,6,15)}"',
    'dt.date(2023,6,15).replace(day=1)',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
