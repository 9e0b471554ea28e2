# pickle of library values: enum members by value, dataclasses (frozen
# too), namedtuples through __getnewargs__, collections' Counter,
# OrderedDict, defaultdict and deque with CPython's reductions, byte for
# byte; datetime values round-trip (gilpy's reduce to fields, not bytes).
import collections
import dataclasses
import datetime
import enum
import pickle


class Color(enum.Enum):
    RED = 1
    BLUE = "b"


@dataclasses.dataclass
class DC:
    a: int
    b: list


@dataclasses.dataclass(frozen=True)
class FZ:
    a: int


Pt = collections.namedtuple("Pt", "x y")
exact = [Color.RED, Color.BLUE, DC(1, [2]), FZ(3), collections.OrderedDict(a=1, b=[2]),
         collections.Counter("aab"), collections.deque([1, 2]), collections.deque([3], 4),
         collections.defaultdict(list, {1: [2]})]
for v in exact:
    for p in range(6):
        d = pickle.dumps(v, p)
        r = pickle.loads(d)
        print(type(v).__name__, p, d, r == v, type(r) is type(v))
for p in range(2, 6):
    d = pickle.dumps(Pt(1, "z"), p)
    print("Pt", p, d, pickle.loads(d))
when = [datetime.date(2020, 1, 2), datetime.timedelta(days=1, seconds=5),
        datetime.datetime(2021, 3, 4, 5, 6, 7, 8), datetime.time(1, 2, 3)]
for v in when:
    print(type(v).__name__, [pickle.loads(pickle.dumps(v, p)) == v for p in range(6)])
