# functools.cached_property computes once per instance and stores the
# value in the instance dict, where later reads find it.
from functools import cached_property
class Data:
    def __init__(self, values):
        self.values = values
        self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.calls)
print(sorted(vars(d)))
d.total = 100
print(d.total, d.calls)
del d.total
print(d.total, d.calls)
e = Data([5])
print(e.total, d.total)
print(type(Data.__dict__["total"]).__name__, Data.total is Data.__dict__["total"])
print(Data.total.attrname)
cp = cached_property(lambda self: 1)
class Two:
    a = cp
try:
    class Three:
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e)
