# namedtuple: __new__ arguments, defaults, _make, _replace, _asdict, _fields.
from collections import namedtuple

Row = namedtuple("Row", ["id", "name", "score"], defaults=[0])
r = Row(1, "ann")
print(r, Row(2, name="bob", score=9), Row._field_defaults, Row._fields)
print(r._replace(score=5), r._asdict(), Row._make((3, "cy", 7)), r.count(1), r.index("ann"))
for bad in [lambda: Row(), lambda: Row(1, 2, 3, 4), lambda: Row(1, "x", nope=1),
            lambda: Row._make([1]), lambda: r._replace(bogus=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Row.__new__(Row, 9, "z"), getattr(r, "name"), r + (1,), r[1:], type(r[1:]).__name__)

class Scored(Row):
    def passed(self):
        return self.score >= 5

print(Scored(1, "a", 6).passed(), Scored(1, "b").passed(), Scored._make([1, "c", 9]))
