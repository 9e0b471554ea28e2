# match: a class registered as a Sequence or Mapping after a first match.
from collections.abc import Sequence, Mapping, MutableSequence
class L:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
def m(v):
    match v:
        case [a, b]:
            return ("seq", a, b)
        case {"a": a}:
            return ("map", a)
        case _:
            return "neither"
print(m(L([1, 2])))
MutableSequence.register(L)
print(m(L([1, 2])))
class M:
    def __len__(self): return 1
    def get(self, k, d=None): return 7 if k == "a" else d
print(m(M()))
Mapping.register(M)
print(m(M()))
class Sub(L): pass
print(m(Sub([3, 4])))
