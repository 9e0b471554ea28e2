# copy.copy and copy.deepcopy of instances whose class defines __reduce__
# or __reduce_ex__: rebuilt from the reduction (callable, arguments, state,
# list and dict items), as copy._reconstruct does; the memo keeps sharing.
import copy


class P:
    def __init__(self, v):
        self.v = v
        self.log = []

    def __reduce__(self):
        return (P, (self.v,), {"log": self.log, "extra": 1})


class Q:
    def __init__(self):
        self.items = [1, [2]]

    def __reduce_ex__(self, proto):
        return (Q, (), self.__dict__)


class Bag(list):
    def __reduce__(self):
        return (Bag, (), {"label": getattr(self, "label", None)}, iter(self), None)


class Reg(dict):
    def __reduce_ex__(self, proto):
        return (Reg, (), None, None, iter(self.items()))


p = P([1, 2])
p.log.append("x")
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.v is p.v, c.log is p.log, c.extra, d.v == p.v, d.v is p.v, d.log, d.log is p.log)
q = Q()
q2 = copy.deepcopy(q)
q3 = copy.copy(q)
print(q2.items, q2.items is q.items, q3.items is q.items)
shared = P(1)
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)
b = Bag([[1], 2])
b.label = "L"
b2 = copy.deepcopy(b)
print(type(b2).__name__, b2, b2.label, b2[0] is b[0])
r = Reg(a=[1])
r2 = copy.deepcopy(r)
print(type(r2).__name__, r2, r2["a"] is r["a"], copy.copy(r)["a"] is r["a"])
