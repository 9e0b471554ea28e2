# __eq__ and __hash__ overrides on built-in subclasses used as set members and keys.
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())

a, b = Caseless("Key"), Caseless("KEY")
print(a == b, a != b, len({a, b}), {a: 1}[b], a == "key")

class Point(tuple):
    def __eq__(self, other):
        return isinstance(other, Point) and tuple(self) == tuple(other)

    __hash__ = tuple.__hash__

p = Point((1, 2))
print(p == Point((1, 2)), p == (1, 2), p != (1, 2), len({p, Point((1, 2))}))

class Unhashable(list): pass
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)

class NoHash(int):
    def __eq__(self, other):
        return True
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError", e)
print(NoHash(1) == 5, sorted([NoHash(3), NoHash(1)]))
