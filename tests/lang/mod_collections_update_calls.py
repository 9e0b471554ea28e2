# What an OrderedDict subclass's update and Counter.update call, as CPython:
# __setitem__ once per pair (not per distinct key), a mapping's items().
from collections import Counter, OrderedDict
from collections.abc import Mapping


class OD(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


o = OD()
o.update([('a', 1), ('a', 2), ('b', 3)])
o.update(['xy'], z=0)
print(o)


class Pairs:
    def __iter__(self):
        return iter([('p', 1), ('p', 2)])


o.update(Pairs())
print(o)
for bad in ([1], [(1,)], [(1, 2, 3)], 5, [()]):
    try:
        OD().update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Loud(dict):
    def items(self):
        print('items called')
        return [('q', 10)]


c = Counter()
c.update(Loud(a=2))
print(c)
c.update(Loud(a=2))
print(c)
c.subtract(Loud(b=1))
print(c)


class View(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


c2 = Counter(a=1)
c2.update(View({'a': 5, 'b': 2}))
c2.subtract(View({'a': 1}))
c3 = Counter()
c3.update(View({'x': 3}))
print(c2, c3, dict(View({'k': 1})), Counter(View({'m': 4})))
