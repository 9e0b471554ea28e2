# env: TZ=UTC
# Edges: year 1 and 9999, leap years (1900, 2000, 2024), min/max, the
# ordinal round trip, ISO weeks around new year, microsecond limits.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

for y in (1, 4, 100, 1900, 2000, 2023, 2024, 9999):
    try:
        date(y, 2, 29)
        leap = True
    except ValueError as e:
        leap = str(e)
    print(y, leap, date(y, 12, 31).toordinal(), date(y, 1, 1).weekday(), date(y, 12, 31).isocalendar())
for n in (1, 2, 365, 366, 146097, 146098, 693594, 693595, 730120, 3652059):
    d = date.fromordinal(n)
    assert d.toordinal() == n
    print(n, d, d.weekday(), d.isocalendar())
print(date.min, date.max, datetime.min, datetime.max, MINYEAR, MAXYEAR)
print(datetime.max - datetime.min, repr(datetime.max - datetime.min))
print(date.max - date.min, date(1, 1, 1).ctime(), date(9999, 12, 31).ctime())
print(datetime(9999, 12, 31, 23, 59, 59, 999999) - timedelta(microseconds=999999))
print(datetime(1, 1, 1) + timedelta(microseconds=1), repr(datetime(1, 1, 1, 0, 0, 0, 1)))
print(date(1, 1, 1).strftime('%Y|%y|%m|%d|%a'), datetime(9999, 12, 31, 23, 59).strftime('%Y %H:%M'))
print(date(1, 1, 1).isoformat(), datetime(1, 1, 1).isoformat(), date(1, 1, 1).isocalendar())
for y in range(2015, 2028):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 28).isocalendar().week)
for bad in (lambda: date.min - timedelta(1), lambda: date.max + timedelta(1),
            lambda: datetime.max + timedelta(microseconds=1),
            lambda: datetime.min - timedelta(microseconds=1), lambda: date(0, 1, 1),
            lambda: date(10000, 1, 1), lambda: date.fromordinal(3652060),
            lambda: timedelta.max + timedelta(microseconds=1), lambda: -timedelta.min):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
