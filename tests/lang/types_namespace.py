# types.SimpleNamespace: keyword construction, repr (also recursive and of
# subclasses), equality, attribute changes, vars(); MappingProxyType.
import types

ns = types.SimpleNamespace(a=1, b="two", c=[3])
print(ns, ns.a, ns.b)
ns.d = 4.5
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace())
print(ns == types.SimpleNamespace(b="two", c=[3], d=4.5), ns != types.SimpleNamespace())
print(ns == 1, types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)


class Point(types.SimpleNamespace):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(x=3, y=4)
print(p, p.norm2(), p == types.SimpleNamespace(x=3, y=4), isinstance(p, types.SimpleNamespace))
print(types.SimpleNamespace(**{"k": None, "z": (1,)}))

d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
print(list(mp.keys()), list(mp.values()), list(mp.items()), mp.copy())
d["c"] = 3
print(mp, mp == {"a": 1, "b": 2, "c": 3}, mp | {"d": 4}, list(reversed(mp)))
try:
    del mp["a"]
except TypeError as e:
    print("TypeError", e)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError", e)
print(str(mp), d)
