# functools.total_ordering fills in the missing comparisons from one of
# < <= > >= and __eq__, passing NotImplemented through.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)], key=lambda v: v)[0].parts)
print(Version.__ge__.__name__, "__lt__" in Version.__dict__)
for root in ("__le__", "__gt__", "__ge__"):
    body = {"__init__": lambda self, v: setattr(self, "v", v),
            "__eq__": lambda self, o: self.v == o.v,
            root: {"__le__": lambda s, o: s.v <= o.v, "__gt__": lambda s, o: s.v > o.v,
                   "__ge__": lambda s, o: s.v >= o.v}[root]}
    C = total_ordering(type("C", (), body))
    x, y = C(1), C(2)
    print(root, x < y, x <= y, x > y, x >= y, x <= C(1), x >= C(1), y < x)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError:", e)
