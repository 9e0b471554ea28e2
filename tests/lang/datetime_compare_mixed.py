# env: TZ=UTC
# date vs datetime comparisons, naive vs aware, bad arguments
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.datetime(2020,1,1)<dt.date(2020,1,1)',
    'dt.tzinfo().utcoffset(None)',
    'dt.datetime(2020,1,1).astimezone(1)',
    'dt.datetime.combine(1,2)',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)

# ordering and equality across types, with the operands swapped
from datetime import date, datetime, time, timedelta, timezone
aware = datetime(2020, 1, 1, tzinfo=timezone.utc)
naive = datetime(2020, 1, 1)
for a, b in [(date(2020, 1, 1), naive), (naive, date(2020, 1, 1)), (aware, naive), (naive, aware),
             (time(1), time(1, tzinfo=timezone.utc)), (timedelta(1), 1), (date(2020, 1, 1), None)]:
    print(type(a).__name__, type(b).__name__, a == b, a != b, b == a)
    for op in ('<', '<=', '>', '>='):
        try:
            print(' ', op, eval('a %s b' % op))
        except TypeError as e:
            print(' ', op, 'TypeError', str(e).replace("'datetime.", "'").replace("'timedelta'", "'timedelta'"))
print(aware == datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))), aware in [naive])
print(date(2020, 1, 1) in {naive: 1}, naive in {date(2020, 1, 1): 1})
