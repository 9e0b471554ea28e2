# A tuple subclass with __new__ calling tuple.__new__ / super().__new__.
class Vector(tuple):
    def __new__(cls, *coords):
        return super().__new__(cls, coords)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def norm2(self):
        return sum(x * x for x in self)

v = Vector(1, 2, 3)
w = v + Vector(1, 1, 1)
print(v, w, type(w).__name__, v.norm2(), len(v), v[1], v[-1], v[:2], type(v[:2]).__name__)
x, y, z = v
print(x, y, z, v == (1, 2, 3), hash(v) == hash((1, 2, 3)), {v: "ok"}[(1, 2, 3)])
print(isinstance(v, tuple), v.count(2), v.index(3), 2 in v, tuple(v), list(v))

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

p = Pair("a", "b")
print(p, p.first, Pair.__new__(Pair, 1, 2), type(tuple.__new__(Pair, [5, 6])).__name__)
print(tuple.__new__(tuple, [1]), sorted([Pair(2, 1), Pair(1, 2)]))
