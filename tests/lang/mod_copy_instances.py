# copy.copy and copy.deepcopy of class instances: CPython's reduction
# (cls.__new__, the instance dict and slots), __copy__, __deepcopy__ with
# its memo, __getstate__/__setstate__, list and dict subclasses' items.
import copy


class P:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"P({self.x}, {self.tags})"


class S:
    __slots__ = ("a", "b")


class Both(P):
    __slots__ = ("z",)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


class State:
    def __init__(self):
        self.keep, self.drop = [1], "cache"

    def __getstate__(self):
        return {"keep": self.keep}

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.drop = None


class NoInit:
    def __init__(self):
        raise RuntimeError("__init__ must not run")


class L(list):
    def append(self, x):
        super().append(("appended", x))


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


p = P(1, ["a"])
q, r = copy.copy(p), copy.deepcopy(p)
p.tags.append("b")
print(q, r, q is not p, q.tags is p.tags, r.tags is not p.tags)
s = S()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is not s.a, hasattr(s2, "b"), copy.copy(s).a is s.a)
b = Both(2, [])
b.z = {"k": 1}
b2 = copy.deepcopy(b)
print(b2, b2.z, b2.z is not b.z)
h = Hooked([1])
print(copy.copy(h).v, copy.deepcopy([h, h])[0].v)
st = copy.deepcopy(State())
print(st.keep, st.drop)
n = NoInit.__new__(NoInit)
n.v = 5
print(copy.copy(n).v, copy.deepcopy(n).v)
lst = L()
lst.extend([1, 2])
lst.tag = "t"
l2, l3 = copy.copy(lst), copy.deepcopy(lst)
print(type(l2).__name__, l2, l2.tag, l3)
d = D()
dict.__setitem__(d, "k", 1)
d.note = "n"
print(type(copy.copy(d)).__name__, copy.copy(d), copy.deepcopy(d), copy.deepcopy(d).note)
cyc = P(0, None)
cyc.tags = [cyc]
c2 = copy.deepcopy(cyc)
print(c2.tags[0] is c2, c2 is not cyc)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, len(memo) > 0, copy.deepcopy(x, memo) is y)
