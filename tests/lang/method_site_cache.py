# One call site meeting built-in types in turn (list, set, deque, dict,
# str, a subclass, an instance with the name in its dict): each finds its
# own method, as the site's cache from type to method must not confuse them.
from collections import deque


class MyList(list):
    def append(self, x):
        super().append(('mine', x))


class Plain:
    def __init__(self):
        self.log = []

    def add(self, x):
        self.log.append(x)


def add_all(target, items):
    for x in items:
        target.add(x)
    return target


def push_all(target, items):
    for x in items:
        target.append(x)
    return target


print(add_all(set(), [3, 1, 3, 2]), add_all(Plain(), [1, 2]).log)
print(push_all([], 'ab'), push_all(deque(), [1, 2]), push_all(MyList(), [7]))
p = Plain()
p.add = lambda x: print('instance attribute', x)
add_all(p, [5])
for obj, x in (([4, 2], 4), ('4-4', '4'), ((4, 5, 4), 4), ({1: 'a'}, 1), ({1}, 1)):
    try:
        print(type(obj).__name__, obj.count(x))
    except AttributeError as e:
        print('AttributeError', e)
for obj in ([1], {2}, 'x', 5):
    try:
        obj.add(1)
        print('added', obj)
    except AttributeError as e:
        print('AttributeError', e)
s = {1, 2}
for i in range(4):
    (s.discard if i % 2 else s.add)(i)
print(sorted(s))
