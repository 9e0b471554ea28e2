# float, set and frozenset subclasses.
class Money(float):
    def __repr__(self):
        return "$%.2f" % self

m = Money(3.5)
print(m, [m], m + 1, type(m + 1).__name__, m * 2, round(m), int(m), m > 3, float(m), -m)

class Bag(set):
    def add(self, x):
        super().add(x.lower())

b = Bag()
b.add("A")
b.add("b")
b.add("a")
print(sorted(b), len(b), "a" in b, b | {"z"} == {"a", "b", "z"}, type(b | {"z"}).__name__)
b.discard("b")
print(sorted(b), b == {"a"}, isinstance(b, set), Bag([1, 2]) == {1, 2})

class Frozen(frozenset):
    def describe(self):
        return ",".join(sorted(self))

f = Frozen("cab")
print(f.describe(), len(f), hash(f) == hash(frozenset("abc")), {f: 1}[frozenset("abc")])
print(type(f).__name__, type(f & {"a"}).__name__, sorted(f - {"a"}), f == frozenset("abc"))
