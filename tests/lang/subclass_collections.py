# Classes deriving from collections.defaultdict, Counter, OrderedDict and
# deque: overridden methods, super(), __missing__, isinstance, reprs.
from collections import Counter, OrderedDict, defaultdict, deque


class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)

    def add(self, key, value):
        self[key].append(value)
        return self


g = Groups()
g.add("a", 1).add("b", 2).add("a", 3)
print(g, g.reads, len(g), sorted(g), g.default_factory, g["zz"], "zz" in g)
print(isinstance(g, Groups), isinstance(g, defaultdict), isinstance(g, dict))
print(issubclass(Groups, defaultdict), Groups.__mro__)
print(g == {"a": [1, 3], "b": [2], "zz": []}, dict(g), {**g}, sorted(g.items()))


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["x"]["y"]["z"] = 1
t["x"]["w"] = 2
print(t, type(t["x"]).__name__, t.default_factory is Tree)


class Logged(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


lg = Logged(int, a=1)
lg["b"] += 5
lg["a"] += 1
print(lg, lg.__missing__("c"), sorted(lg))
try:
    Logged()["q"]
except KeyError as e:
    print("KeyError", e)


class Plain(defaultdict):
    pass


p = Plain(str)
print(p["k"], p, Plain(), Plain(None, {1: 2}))


class Votes(Counter):
    def winner(self):
        return self.most_common(1)[0][0]

    def __missing__(self, key):
        return -1


v = Votes("abracadabra")
v.update(["r", "r", "r"])
v.subtract("a")
print(v, v.winner(), v["zz"], "zz" in v, sorted(v.elements())[:6])
print(Counter(v) == v, Votes(v) == v, v.total(), isinstance(v, Counter))


class Count2(Counter):
    pass


c2 = Count2(x=2)
c2["y"] += 1
print(c2, c2["nope"], Count2(), repr(Count2("aa")), str(Count2("b")))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            del self[next(iter(self))]


cache = LRU(2)
cache["a"] = 1
cache["b"] = 2
cache["a"]
cache["c"] = 3
print(cache, list(cache), cache.cap, "b" in cache, isinstance(cache, OrderedDict))
print(cache == OrderedDict([("a", 1), ("c", 3)]), cache == {"c": 3, "a": 1})
print(cache.popitem(last=False), cache, LRU(1), str(LRU(3)))


class Ring(deque):
    def __init__(self, items, size):
        super().__init__(items, maxlen=size)

    def push(self, x):
        self.append(x)
        return self

    def append(self, x):
        super().append(x * 10)


r = Ring([1, 2], 3)
r.push(3).push(4)
r.appendleft(0)
print(r, r.maxlen, len(r), list(r), r[0], r[-1], 30 in r, isinstance(r, deque))
r.rotate(1)
print(r, r.popleft(), r.pop(), r, r == deque([0], 3))


class Stack(deque):
    pass


s = Stack("abc")
s.extendleft("xy")
print(s, Stack(), s.index("a"), s.count("c"), s.pop(), str(s))
del s[0]
s[0] = "X"
print(s, len(s), bool(Stack()))


# copy() makes an instance of the subclass (calling it), as in CPython.
class Pairs(defaultdict):
    pass


pc = Pairs(list, a=[1]).copy()
qc = Ring([1, 2], 4).copy()
print(pc, type(pc).__name__, qc, Stack("ab").copy(), Count2("aab").copy())
try:
    g.copy()
except TypeError as e:
    print("TypeError", e)


# Cycles through an instance and its payload are collected.
import gc


class Node(defaultdict):
    def __init__(self, name):
        super().__init__(self.make)
        self.name = name

    def make(self):
        return [self]

    def __del__(self):
        print("del", self.name)


n = Node("root")
n["a"]
n["me"] = n
del n
gc.collect()


class Hist(deque):
    def __del__(self):
        print("del hist", len(self))


h = Hist()
h.append(h)
o2 = LRU(5)
o2["o"] = o2
c3 = Count2()
c3.me = c3
del h, o2, c3
gc.collect()
print("end")
