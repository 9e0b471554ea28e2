# env: TZ=UTC
# datetime: repr/str/isoformat, ctime, strftime, arithmetic, aware subtraction, astimezone
import datetime as dt
T = dt.timedelta

CASES = [
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)<dt.datetime(2020,1,1)',
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)-dt.datetime(2020,1,1)',
    'dt.datetime(2020,1,1)',
    'dt.datetime(2020,1,1,1,2,3)',
    'dt.datetime(2020,1,1,1,2,3,4)',
    'dt.datetime(2020,1,1,1,2,0,4)',
    'dt.datetime(2020,1,1, tzinfo=dt.timezone(T(hours=5, minutes=30), "IST"))',
    'str(dt.datetime(2020,1,1,1,2,3,4))',
    'dt.datetime(2020,1,1,1,2,3,4).isoformat("_", "minutes")',
    'dt.datetime(2020,1,1).isoformat(sep="xy")',
    'dt.datetime(2020,1,1, tzinfo=dt.UTC).isoformat()',
    'dt.datetime(2020,5,17,13,45,6,123456).ctime()',
    'dt.datetime(2020,5,17,13,45,6,123456).strftime("%c|%x|%X|%I%p|%f|%%")',
    'dt.datetime(2020,5,17,13,45,6,123456, tzinfo=dt.timezone(T(hours=-3, seconds=-7))).strftime("%z|%Z")',
    'dt.datetime(2020,1,1)-dt.datetime(2019,1,1,12)',
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)-dt.datetime(2020,1,1,tzinfo=dt.timezone(T(hours=2)))',
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)==dt.datetime(2020,1,1,2,tzinfo=dt.timezone(T(hours=2)))',
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)<dt.datetime(2020,1,1,2,tzinfo=dt.timezone(T(hours=2)))',
    'dt.datetime(2020,1,1)==dt.datetime(2020,1,1,tzinfo=dt.timezone.utc)',
    'dt.datetime(2020,1,1,tzinfo=dt.timezone.utc).timestamp()',
    'dt.datetime(2020,1,1,23,59,59,999999)+T(microseconds=1)',
    'dt.datetime(2020,1,1)-T(days=1,microseconds=1)',
    'dt.datetime.combine(dt.date(2020,1,1), dt.time(1,2,tzinfo=dt.UTC))',
    'dt.datetime.combine(dt.date(2020,1,1), dt.time(1,2), dt.UTC)',
    'dt.datetime(2020,1,1,5).date()',
    'dt.datetime(2020,1,1,5,tzinfo=dt.UTC).time()',
    'dt.datetime(2020,1,1,5,tzinfo=dt.UTC).timetz()',
    'dt.datetime(2020,1,1,5,tzinfo=dt.UTC).timetuple()',
    'dt.datetime(2020,1,1,5,tzinfo=dt.timezone(T(hours=6))).utctimetuple()',
    'dt.datetime(2020,1,1,5,tzinfo=dt.timezone(T(hours=6))).astimezone(dt.UTC)',
    'dt.datetime(2020,1,1,5,tzinfo=dt.timezone(T(hours=6))).astimezone(dt.timezone(T(hours=-2)))',
    'dt.datetime.min',
    'dt.datetime.max',
    'dt.date.min',
    'dt.date.resolution',
]
for e in CASES:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
