# Instances keep their attributes inline until something needs their dict
# (CPython 3.11's layout; gilpy's instvals.c): every way out to a dict, and
# the dict's contents and order afterwards, must be what CPython shows.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


# the same keys in the same order, many times: a loop of cached stores
ps = [P(i, i * 2) for i in range(50)]
print(sum(p.total() for p in ps), ps[7].x, ps[7].y)

# __dict__ made late holds what was stored inline, in insertion order;
# writes through it are seen by loads, and stores after it land in it
p = P(1, 2)
p.z = 3
d = p.__dict__
print(d, vars(p) is d)
d["x"] = 10
d["w"] = 4
print(p.x, p.w, p.total())
p.y = 20
p.v = 5
print(d)
del d["z"]
print(hasattr(p, "z"), sorted(vars(p)))


# keys in another order than the class's first instance stored them
class Q:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


print(vars(Q(False)), vars(Q(True)), vars(Q(False)))


# attributes only some instances get (holes), added in and out of order
class R:
    def __init__(self, i):
        if i % 2:
            self.odd = True
        if i % 3:
            self.third = i
        self.last = i


rs = [R(i) for i in range(7)]
for r in rs:
    print(r.last, getattr(r, "odd", "-"), getattr(r, "third", "-"), list(vars(r)))
late = R(4)
late.odd = False  # before "third" in the class's order, stored after it
print(list(vars(late)), late.odd)
try:
    R(0).odd
except AttributeError as e:
    print("AttributeError:", e)


# more attributes than the first instances have room for, and than a
# class's shape holds (30)
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a" + str(i), i)


for n in (3, 10, 40):
    m = Many(n)
    print(n, len(vars(m)), getattr(m, "a" + str(n - 1)), list(vars(m))[:3])
m = Many(12)
m.a5 = "five"
print(m.a5, m.a11, vars(m)["a5"])

# deletion, then the name again: it comes last
p = P(1, 2)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 7
print(vars(p), p.total())


# an instance attribute shadowing a method; a class attribute below it
class S:
    kind = "class"

    def __init__(self):
        self.n = 1

    def m(self):
        return "method"


s = S()
print(s.m(), s.kind)
s.m = lambda: "own"
s.kind = "own"
print(s.m(), s.kind, S.kind, list(vars(s)))


# a property or __setattr__ added to the class after instances exist
class T:
    def __init__(self, v):
        self.v = v


t = T(1)
print(t.v)
T.v = property(lambda self: "prop", lambda self, value: print("setter", value))
print(t.v, T(2).v)
del T.v
print(t.v)


def logged(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


T.__setattr__ = logged
t2 = T(3)
t2.w = 4
print(vars(t2))


# a subclass with __slots__ of a class without: still a dict for the rest
class Base:
    def __init__(self):
        self.a = 1


class Slotted(Base):
    __slots__ = ("b",)

    def __init__(self):
        super().__init__()
        self.b = 2


sl = Slotted()
sl.c = 3
print(sl.a, sl.b, sl.c)

# cycles through inline values are collected, finalizers run once
freed = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        freed.append(self.name)


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a.me = a
del a, b
gc.collect()
print(sorted(freed))

# one object per instance, as CPython 3.11's: a self-cycle is 1
gc.collect()
c = Node("c")
c.me = c
del c
print(gc.collect())
