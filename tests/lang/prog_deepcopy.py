# copy.deepcopy of nested structures: lists, dicts, tuples, sets, class
# instances (shared references and cycles kept as one copy), __deepcopy__
# and __copy__ hooks, and copy.copy for comparison.
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def walk(self):
        yield self.name
        for c in self.children:
            yield from c.walk()


class Cached:
    copies = 0

    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        Cached.copies += 1
        return Cached(copy.deepcopy(self.data, memo))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


def make_tree(depth, fan):
    if depth == 0:
        return Node("leaf")
    return Node(f"d{depth}", [make_tree(depth - 1, fan) for _ in range(fan)])


shared = [1, 2, 3]
data = {
    "ints": list(range(20)),
    "nested": [[i, (i, str(i)), {"k": i}] for i in range(30)],
    "shared": (shared, shared),
    "points": [Point(i, -i) for i in range(10)],
    "set": frozenset({1, 2, 3}),
    "cached": Cached([shared, {"x": shared}]),
    "slots": Slotted([1], {"b": 2}),
}
data["self"] = data
total = 0
for _ in range(40):
    c = copy.deepcopy(data)
    total += len(c["nested"])
print(total, Cached.copies)
print(c is not data, c["self"] is c, c["shared"][0] is c["shared"][1], c["shared"][0] is not shared)
print(c["points"][3], c["points"][3] is not data["points"][3], c["set"] == data["set"])
print(c["cached"].data[0] is c["cached"].data[1]["x"], c["slots"].a, c["slots"].b)
c["nested"][0][2]["k"] = "changed"
print(data["nested"][0][2]["k"], c["nested"][0][2]["k"])

tree = make_tree(4, 3)
t2 = copy.deepcopy(tree)
print(len(list(t2.walk())), t2.children[0].parent is t2, t2.children[0].parent is not tree)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow is not tree)
lst = [[1, 2], [3, 4]]
s, d = copy.copy(lst), copy.deepcopy(lst)
lst[0].append(9)
print(s, d)
