# pickle of class instances through object.__reduce_ex__: plain instances
# (copyreg._reconstructor below protocol 2, NEWOBJ from 2), __reduce__,
# __getstate__/__setstate__, __slots__, __getnewargs__(_ex), list and dict
# subclasses, nested classes; object's own reductions as values.
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.x = 1
        self.name = "p"


class R:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (R, (self.a, self.b))


class G:
    def __init__(self):
        self.x = 1
        self.cache = "big"

    def __getstate__(self):
        d = self.__dict__.copy()
        del d["cache"]
        return d

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class SG(S):
    __slots__ = ("__c",)

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, st):
        self.a = st["a"] * 10


class L(list):
    pass


class D(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


class NA:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o

    def __getnewargs__(self):
        return (self.n,)


class NX:
    def __new__(cls, *, k):
        o = super().__new__(cls)
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})


class Outer:
    class Inner:
        pass


class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)


def show(name, obj, protos=range(6)):
    for p in protos:
        try:
            d = pickle.dumps(obj, p)
        except Exception as e:
            print(name, p, type(e).__name__, e)
            continue
        r = pickle.loads(d)
        attrs = {k: getattr(r, k, None) for k in ("x", "name", "a", "b", "n", "k", "tag", "cache")
                 if hasattr(r, k)}
        items = list(r) if isinstance(r, (list, dict)) else None
        print(name, p, d, type(r).__name__, attrs, items)


show("Plain", Plain())
show("R", R(1, "x"))
show("G", G())
show("S", S())
show("SG", SG())
lst = L([1, 2])
lst.q = 5
show("L", lst)
show("D", D({"a": 1}))
show("NA", NA(7))
show("NX", NX(k=3), range(4, 6))
show("Inner", Outer.Inner)
show("Inner()", Outer.Inner())
root = Tree()
Tree(root)
Tree(root)
for p in range(6):
    r = pickle.loads(pickle.dumps(root, p))
    print("tree", p, len(r.children), all(c.parent is r for c in r.children))

print(object().__reduce_ex__(2)[1:], object().__getstate__(), object().__reduce__()[1:])
print(Plain().__reduce_ex__(2)[1:], Plain().__reduce_ex__(0)[1:])
print(Plain().__getstate__(), S().__getstate__(), SG().__reduce_ex__(2)[1:3])
print(copyreg.__newobj__(Plain, ).__class__.__name__, copyreg._reconstructor(L, list, [3]))
print(copyreg.dispatch_table[complex](1 + 2j), copyreg.__newobj_ex__(NX, (), {"k": 4}).k)


def reduce_r(r):
    return (R, (r.b, r.a))


copyreg.pickle(R, reduce_r)
print(pickle.loads(pickle.dumps(R(1, 2))).a)
del copyreg.dispatch_table[R]
print(pickle.loads(pickle.dumps(R(1, 2))).a)
