# Counter.update/subtract and OrderedDict.__init__/update/|/|= on subclass
# instances go through the class's get, __getitem__, __setitem__ and
# update overrides, as CPython's Python-written Counter and C OrderedDict do.
from collections import Counter, OrderedDict
class C(Counter):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, d=None):
        print("get", k, d)
        return super().get(k, d)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print("missing", k)
        return 0
c = C()
c.update("aba")
print(c)
c.update({"a": 2, "c": 1})
print(c)
c.update(C(x=1))
c.update(a=5)
c.subtract("ab")
c.subtract({"c": 1})
c.subtract(z=1)
print(c)
d = C("xy")
print(d)
class O(OrderedDict):
    def __setitem__(self, k, v):
        print("O.setitem", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("O.getitem", k)
        return super().__getitem__(k)
o = O(a=1)
print(o | {"b": 2}, type(o | {"b": 2}).__name__)
o |= {"c": 3}
print(o)
print({"z": 0} | o)


class U(Counter):
    def update(self, *args, **kw):
        print("U.update", args, kw)
        super().update(*args, **kw)


u = U("ab", c=2)
u.update(d=1)
u.subtract(a=1)
print(u, u.total())
o2 = O([("p", 1)])
o2.update([("q", 2)], r=3)
o2 |= [("s", 4)]
print(o2, type(o2.copy()).__name__)
u2 = U()
u3 = U(k=1)
print(u2, u3)
