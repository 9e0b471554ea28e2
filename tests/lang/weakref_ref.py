# weakref.ref: the referent while alive, None after; callbacks run once the
# referent is freed, newest first; hashing, equality, sharing of the plain
# reference, getweakrefcount, and the types that refuse weak references.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, A) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


a = A("a")
r = weakref.ref(a)
print(r() is a, r() .name, weakref.ref(a) is r, weakref.getweakrefcount(a))
print(type(r), weakref.ReferenceType is weakref.ref, callable(r))
log = []
r1 = weakref.ref(a, lambda w: log.append(("first", w() is None)))
r2 = weakref.ref(a, lambda w: log.append(("second", w is r2)))
print(r1 is r, r1 is r2, weakref.getweakrefcount(a), r1.__callback__ is not None)
print(r == r1, hash(r) == hash(a), r == weakref.ref(A("a")) if False else "skip")
b = A("a")
rb = weakref.ref(b)
print(r == rb, r != rb, hash(rb) == hash(r))
del a
print(log, r(), r1(), weakref.getweakrefcount(b))
print(r == rb, r == r, r1.__callback__)
print(hash(r) == hash("a"))
dead = weakref.ref(A("x"))
try:
    hash(dead)
except TypeError as e:
    print("TypeError", e)
print(dead(), dead == dead, dead != weakref.ref(b))


def f():
    pass


class C:
    def m(self):
        pass


for obj in [f, C, C().m, {1}, frozenset(), (x for x in []), weakref]:
    print(type(obj).__name__, weakref.ref(obj)() is not None or obj.__class__.__name__)
for obj in [1, "s", (1,), [1], {}, 1.5, None, b"b", len, True, range(3)]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError", e)


class S:
    __slots__ = ("x",)


class SW:
    __slots__ = ("x", "__weakref__")


class Sub(S):
    pass


for cls in [S, SW, Sub]:
    try:
        print(cls.__name__, weakref.ref(cls())() is None)
    except TypeError as e:
        print("TypeError", e)


class L(list):
    pass


class I(int):
    pass


class T(tuple):
    pass


class D(dict):
    pass


for cls in [L, I, T, D]:
    try:
        print(cls.__name__, weakref.ref(cls())() is None)
    except TypeError as e:
        print("TypeError", e)

# a cycle: the callback runs when the collector frees it
n = A("cyc")
n.self = n
rc = weakref.ref(n, lambda w: print("cycle callback", w() is None))
del n
gc.collect()
print("after collect", rc())


def bad(w):
    raise ValueError("in callback")


x = A("x")
weakref.ref(x, lambda w: print("callback sees", w()))
keep = weakref.ref(x, lambda w: print("kept callback runs"))
del x
print("end")
