# env: TZ=UTC
# now(), today(), utcnow() and date.today(): types, relations and formats
# only (the values change), under TZ=UTC.
import datetime as dt
import time

a = dt.datetime.now()
b = dt.datetime.utcnow()
c = dt.datetime.now(dt.timezone.utc)
d = dt.date.today()
e = dt.datetime.today()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, type(e).__name__)
print(a.tzinfo, b.tzinfo, c.tzinfo, c.utcoffset(), e.tzinfo)
print(abs(b - a) < dt.timedelta(seconds=5), abs(c.replace(tzinfo=None) - a) < dt.timedelta(seconds=5))
print(abs(c.timestamp() - time.time()) < 5, a.year >= 2023, 1 <= d.month <= 12)
print(len(a.isoformat()) in (19, 26), len(str(c)) in (25, 32), str(c)[-6:])
print(c.strftime('%Z %z'), len(a.strftime('%Y-%m-%d %H:%M:%S')), a.astimezone().tzname())
print(time.strftime('%Z', time.localtime()), time.tzname, time.timezone, time.daylight, time.altzone)
print(dt.datetime.fromtimestamp(0), dt.datetime.fromtimestamp(0).astimezone())
print(dt.datetime(2023, 6, 15, 12).timestamp(), dt.datetime(2023, 6, 15, 12).astimezone())
