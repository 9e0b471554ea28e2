# env: TZ=UTC
# Subclasses of date, datetime and timedelta keep their type where CPython
# keeps it (arithmetic with timedelta, replace, the class methods) and lose
# it where CPython does (timedelta arithmetic, differences); copy, hash.
import copy
from datetime import date, datetime, timedelta, time, timezone


class D(date):
    def double(self):
        return self.day * 2


class DT(datetime):
    def label(self):
        return 'DT:' + self.isoformat()


class TD(timedelta):
    pass


d = D(2020, 1, 31)
print(repr(d), type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, d.double())
print(type(d.replace(day=2)).__name__, type(timedelta(3) + d).__name__)
print(type(D.fromordinal(5)).__name__, type(D.fromisoformat('2020-01-01')).__name__,
      D.fromisocalendar(2020, 1, 1), type(D.fromtimestamp(0)).__name__, type(D.today()).__name__)
x = DT(2020, 1, 1, 5)
print(repr(x), x.label(), type(x + timedelta(1)).__name__, type(x.replace(hour=1)).__name__)
print(type(DT.now()).__name__, type(DT.fromtimestamp(0)).__name__, type(DT.utcfromtimestamp(0)).__name__)
print(type(DT.strptime('2020', '%Y')).__name__, type(DT.combine(date(2020, 1, 1), time(1))).__name__,
      type(DT.fromisoformat('2020-01-01')).__name__, type(x.astimezone(timezone.utc)).__name__)
print(DT(2020, 1, 2) - DT(2020, 1, 1), type(DT(2020, 1, 2) - DT(2020, 1, 1)).__name__, d - D(2020, 1, 1))
print(type(x.date()).__name__, type(x.time()).__name__, repr(x.date()))
print(repr(TD(1)), type(TD(1) + TD(1)).__name__, type(-TD(1)).__name__, type(TD(1) * 2).__name__, TD(hours=25))
print(d == date(2020, 1, 31), hash(d) == hash(date(2020, 1, 31)), d < date(2021, 1, 1), isinstance(d, date))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)], {timedelta(1): 2}[timedelta(hours=24)])
print(len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0), datetime(2020, 1, 1, 0, 0, 0, 1)}))
print(max(date(2020, 1, 1), date(2019, 5, 5)), sorted([timedelta(3), timedelta(-1), timedelta(0)]))
print(sum([timedelta(hours=5)] * 10, timedelta()))
print(copy.copy(date(2020, 1, 1)), copy.deepcopy(datetime(2020, 1, 1, tzinfo=timezone.utc)),
      copy.copy(timedelta(5)), repr(copy.copy(d)), copy.deepcopy(time(1, 2)))
print(date.__name__, datetime.__module__, datetime.__mro__, D.__mro__[1:])
print(date(2020, 1, 1).isocalendar()[0], tuple(date(2020, 1, 1).isocalendar()),
      date(2020, 1, 1).isocalendar() == (2020, 1, 3))
y, w, wd = date(2021, 1, 3).isocalendar()
print(y, w, wd, date(2021, 1, 3).isocalendar().weekday)
