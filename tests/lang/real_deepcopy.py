# Deep copies of nested structures: dicts of lists of tuples, objects
# with their own attributes, shared references and cycles kept shared in
# the copy, and classes that customise __deepcopy__ and __copy__.
import copy
from dataclasses import dataclass, field


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


class Counted:
    copies = 0

    def __init__(self, value):
        self.value = value

    def __deepcopy__(self, memo):
        Counted.copies += 1
        return Counted(copy.deepcopy(self.value, memo))

    def __copy__(self):
        return Counted(self.value)


@dataclass
class Record:
    key: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def build(depth, width):
    if depth == 0:
        return Node('leaf')
    return Node(f'n{depth}', [build(depth - 1, width) for _ in range(width)])


data = {
    'numbers': list(range(10)),
    'tuple': (1, [2, 3], 'x'),
    'frozen': (1, 2, 3),
    'nested': {'a': [{'b': (4, 5)}], 'c': {1, 2, 3}},
    'string': 'hello',
}
shared = [1, 2]
data['pair'] = [shared, shared]
data['self'] = data

for _ in range(300):
    c = copy.deepcopy(data)
print(c == c['self'], c['self'] is c, c is data)
print(c['pair'][0] is c['pair'][1], c['pair'][0] is shared)
print(c['tuple'] is data['tuple'], c['frozen'] is data['frozen'], c['string'] is data['string'])
c['numbers'].append(99)
c['nested']['a'][0]['b'] = None
print(data['numbers'][-1], data['nested']['a'][0]['b'])

tree = build(4, 3)
t2 = copy.deepcopy(tree)
print(sum(1 for _ in t2.walk()), t2.children[0].parent is t2, t2.children[0].parent is tree)
print(list(t2.walk())[:6])

items = [Counted([i, [i]]) for i in range(5)]
deep = copy.deepcopy(items)
shallow = copy.copy(items)
per_item = [copy.copy(x) for x in items]
print(Counted.copies, deep[0] is items[0], shallow[0] is items[0], per_item[2].value is items[2].value)
memo_test = [items[0], items[0]]
d = copy.deepcopy(memo_test)
print(d[0] is d[1], Counted.copies)

r = Record('k', ['a'], {'m': [1]})
r2 = copy.deepcopy(r)
r3 = copy.copy(r)
r2.tags.append('b')
r3.meta['m'].append(2)
print(r, r2, r3, r == r2)
print(copy.deepcopy(3.5), copy.deepcopy(None), copy.deepcopy(range(3)), copy.deepcopy(len) is len)
