# env: TZ=UTC
# datetime.strptime: directives, backtracking, %z, %U/%W/%G/%V, errors
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.datetime.strptime("2020","%Y %m")',
    'dt.datetime.strptime("2020x","%Y")',
    'dt.datetime.strptime("2020","%Q")',
    'dt.datetime.strptime("2020","%")',
    'dt.datetime.strptime("2023-06-15 13:45:30", "%Y-%m-%d %H:%M:%S")',
    'dt.datetime.strptime("15/Jun/2023:13:45:30 +0200", "%d/%b/%Y:%H:%M:%S %z")',
    'dt.datetime.strptime("Thursday, June 15, 2023 01:45PM", "%A, %B %d, %Y %I:%M%p")',
    'dt.datetime.strptime("23 166", "%y %j")',
    'dt.datetime.strptime("2023-06-15T13:45:30.123Z", "%Y-%m-%dT%H:%M:%S.%f%z")',
    'dt.datetime.strptime("12:00 am", "%I:%M %p")',
    'dt.datetime.strptime("  2023   6  5", " %Y %m %d")',
    'dt.datetime.strptime("20230615", "%Y%m%d")',
    'dt.datetime.strptime("2023615", "%Y%m%d")',
    'dt.datetime.strptime("1/2/3", "%m/%d/%y")',
    'dt.datetime.strptime("Feb 29", "%b %d")',
    'dt.datetime.strptime("2023 24 3", "%Y %W %w")',
    'dt.datetime.strptime("2023 24 3", "%Y %U %w")',
    'dt.datetime.strptime("2023 24 3", "%G %V %u")',
    'dt.datetime.strptime("2023 0 0", "%Y %U %w")',
    'dt.datetime.strptime("+05:30:15.5", "%z")',
    'dt.datetime.strptime("+05:3015", "%z")',
    'dt.datetime.strptime("UTC", "%Z")',
    'dt.datetime.strptime("2023", "%Y %%")',
    'dt.datetime.strptime("2023 %", "%Y %%")',
    'dt.datetime.strptime("x", "% ")',
    'dt.datetime.strptime("x", "%.")',
    'dt.datetime.strptime("2023-02-30", "%Y-%m-%d")',
    'dt.datetime.strptime(5, "%Y")',
    'dt.datetime.strptime("5", 5)',
    'dt.datetime.strptime("", "")',
    'dt.datetime.strptime("", "%B")',
    'dt.datetime.strptime("Mon Jun 12 01:02:03 2023", "%c")',
    'dt.datetime.strptime("2023 24", "%G %V")',
    'dt.datetime.strptime("2023 24 1", "%Y %V %u")',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
