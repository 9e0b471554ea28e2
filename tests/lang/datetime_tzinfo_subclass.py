# env: TZ=UTC
# User tzinfo subclasses: a fixed offset and a DST zone with its own rules,
# utcoffset/dst/tzname checks, the default fromutc, comparisons across zones.
import datetime as dt
from datetime import datetime, timedelta, tzinfo, time


class Fixed(tzinfo):
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def utcoffset(self, d):
        return timedelta(hours=self.h)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return self.name

    def __repr__(self):
        return 'Fixed(%d)' % self.h


class Eastern(tzinfo):
    # US rules since 2007: second Sunday in March to first Sunday in November
    def utcoffset(self, d):
        return timedelta(hours=-5) + self.dst(d)

    def dst(self, d):
        if d is None:
            return timedelta(0)
        y = d.year
        start = datetime(y, 3, 8, 2) + timedelta(days=(6 - datetime(y, 3, 8).weekday()) % 7)
        end = datetime(y, 11, 1, 2) + timedelta(days=(6 - datetime(y, 11, 1).weekday()) % 7)
        if start <= d.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, d):
        return 'EDT' if self.dst(d) else 'EST'

    def __repr__(self):
        return 'Eastern()'


f = Fixed(3, 'X')
a = datetime(2020, 6, 1, 12, tzinfo=f)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.astimezone(dt.UTC))
print(a.timestamp(), a.strftime('%z %Z'), a.timetuple().tm_isdst, a.utctimetuple())
e = Eastern()
for m in (1, 3, 7, 11, 12):
    x = datetime(2023, m, 5, 12, tzinfo=dt.UTC).astimezone(e)
    print(x, x.tzname(), x.utcoffset(), x.dst(), x.timetuple().tm_isdst, x.isoformat())
print(datetime(2023, 7, 1, 12, tzinfo=e) == datetime(2023, 7, 1, 16, tzinfo=dt.UTC))
print(datetime(2023, 1, 1, 12, tzinfo=e) - datetime(2023, 1, 1, 12, tzinfo=f))
print(sorted([datetime(2023, 7, 1, 12, tzinfo=e), datetime(2023, 7, 1, 15, tzinfo=dt.UTC),
              datetime(2023, 7, 1, 17, tzinfo=f)]))
print(dt.timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=dt.UTC)))


class Bad(tzinfo):
    def utcoffset(self, d):
        return 5

    def tzname(self, d):
        return 7


class Huge(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=24)


for bad in [lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(),
            lambda: datetime(2020, 1, 1, tzinfo=Bad()).tzname(),
            lambda: datetime(2020, 1, 1, tzinfo=Huge()).utcoffset(),
            lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None),
            lambda: tzinfo().utcoffset(None),
            lambda: time(tzinfo=Bad()).isoformat(),
            lambda: f.fromutc(datetime(2020, 1, 1)),
            lambda: f.fromutc(5)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(time(12, tzinfo=f), time(12, tzinfo=f).utcoffset(), time(12, tzinfo=f) == time(9, tzinfo=dt.UTC))
print(hash(time(12, tzinfo=f)) == hash(time(9, tzinfo=dt.UTC)))
print(hash(datetime(2020, 1, 1, 12, tzinfo=f)) == hash(datetime(2020, 1, 1, 9, tzinfo=dt.UTC)))
print(isinstance(f, tzinfo), isinstance(dt.UTC, tzinfo), issubclass(dt.timezone, tzinfo))
