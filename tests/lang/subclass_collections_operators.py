# Operators on subclasses of defaultdict, OrderedDict and deque give the
# subclass where CPython's C operators call type(self)(...).
from collections import OrderedDict, defaultdict, deque


class D(defaultdict):
    def __init__(self, *args):
        print("D.__init__", len(args))
        super().__init__(*args)


class O(OrderedDict):
    pass


class Q(deque):
    pass


d = D(int, {"a": 1})
e = D(list, {"b": 2})
for r in (d | e, d | {"x": 1}, {"x": 1} | d, defaultdict(str) | d, d | O(z=0)):
    print(type(r).__name__, r)
d |= {"c": 3}
print(type(d).__name__, d, d["missing"])
o, p = O(a=1), O(b=2)
for r in (o | p, o | {"x": 1}, {"x": 1} | o, OrderedDict(y=1) | o, o | d):
    print(type(r).__name__, r)
o |= p
print(type(o).__name__, o)
q, r = Q([1, 2], maxlen=5), Q([3])
for x in (q + r, q * 2, 2 * q, q * 0, r * 3, deque([0]) + q, q + deque([9])):
    print(type(x).__name__, x)
q *= 3
print(type(q).__name__, q)
q += [7]
print(type(q).__name__, q, list(reversed(q)))
try:
    q + [1]
except TypeError as exc:
    print(exc)
try:
    q * 1.5
except TypeError as exc:
    print(exc)
