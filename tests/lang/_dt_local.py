# Shared by datetime_local_*.py, each run under another TZ: local time through
# the C library (fromtimestamp, timestamp, astimezone, PEP 495 folds and gaps,
# time.strptime's %Z and the zone names).
import datetime as dt, time
T = dt.timedelta
for ts in [0, 1e9, 1234567890.5, -86400*365.25*50, 1699999999.999999, 1667700000, 1667703600, 1667707200, 1679205600, 1711846800, 1711850400]:
    d = dt.datetime.fromtimestamp(ts)
    print(repr(d), d.timestamp(), d.astimezone(), d.astimezone().tzname(), dt.date.fromtimestamp(ts))
    print(d.timetuple(), d.replace(fold=1).timestamp())
# gap and fold times in America/New_York and Europe/Paris
for args in [(2022, 11, 6, 1, 30), (2022, 3, 13, 2, 30), (2023, 3, 26, 2, 30), (2023, 10, 29, 2, 30), (2024, 4, 7, 2, 30)]:
    for fold in (0, 1):
        d = dt.datetime(*args, fold=fold)
        print(d, fold, d.timestamp(), d.astimezone(), repr(d.astimezone(dt.UTC)))
u = dt.datetime(2022, 11, 6, 5, 30, tzinfo=dt.UTC)
print(u.astimezone(), repr(u.astimezone()), (u + T(hours=1)).astimezone())
print(time.strptime("2023-06-15 13:45", "%Y-%m-%d %H:%M"))
print(time.strptime("Thu Jun 15 13:45:00 2023"))
st = time.strptime("2023-06-15 13:45 +0130", "%Y-%m-%d %H:%M %z")
print(st, st.tm_gmtoff, st.tm_zone)
st = time.strptime("UTC 2023", "%Z %Y")
print(st, st.tm_zone, st.tm_isdst)
print(time.mktime(time.strptime("2023-06-15", "%Y-%m-%d")))
print(time.tzname, time.timezone, time.daylight)
for n in time.tzname:
    try:
        print(time.strptime(n + " 2023", "%Z %Y").tm_isdst)
    except ValueError as e:
        print(e)
