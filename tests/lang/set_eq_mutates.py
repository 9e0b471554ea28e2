# An __eq__ that changes the set it is compared in (resizes it, removes the
# entry being compared): lookups and adds start over on the new table, as
# CPython's do, instead of reading the old one.


class Key:
    def __init__(self, v, action=None):
        self.v, self.action = v, action

    def __hash__(self):
        return 7

    def __eq__(self, other):
        act, self.action = self.action, None
        if act:
            act()
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "K%d" % self.v


s = {Key(1)}
s.add(Key(2, lambda: s.update(range(100))))  # the entry compares: grows s
print(len(s), sorted(x.v for x in s if isinstance(x, Key)))

first = Key(3)
t = {first, 4, 5}
first.action = lambda: t.discard(first)  # the entry drops itself
t.add(Key(6))
print(len(t), sorted(repr(x) for x in t))

u = {Key(7), Key(8)}
for k in list(u):
    k.action = lambda: u.update(range(200, 260))
print(Key(8) in u, len(u), Key(9) in u, len(u))
v = {Key(10)}
for k in v:
    k.action = lambda: v.clear()
v.discard(Key(10))
print(len(v), v)
