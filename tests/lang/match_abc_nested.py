# match: user Sequence and Mapping subclasses, dict subclasses (no
# __missing__), nested OR/AS patterns, class patterns without match args.
from collections.abc import Sequence, Mapping
class MySeq(Sequence):
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
class DD(dict):
    def __missing__(self, k):
        return "missing"
for v in [MySeq([1, 2]), MyMap({"a": 1, "b": 2}), DD(a=5), DD(b=1)]:
    match v:
        case [a, b]:
            print("seq", a, b)
        case {"a": a, **rest}:
            print("map", a, rest)
        case _:
            print("nothing")
def nested(v):
    match v:
        case [[a, b], {"x": [c, *d]}] | [[a, b, c], {"x": d}]:
            return a, b, c, d
        case ((int(p) as q) | [p, q]) as r if p:
            return p, q, r
        case _:
            return None
print(nested([[1, 2], {"x": [3, 4, 5]}]))
print(nested([[1, 2, 3], {"x": 9}]))
print(nested(7))
print(nested([8, 9]))
print(nested(0))
print(nested("s"))
class Three:
    __match_args__ = ("a",)
    a = 1
match Three():
    case Three(a=1, b=2):
        print("wrong")
    case Three(z):
        print("z", z)
match 5:
    case bool(b):
        print("bool")
    case int(i):
        print("int", i)
match [1, [2, 3]]:
    case list([x, [y, z]]):
        print(x, y, z)
match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": c}]}}:
        print("deep", c)
