# Instance dicts start with room for as many attributes as the class's last
# freed instance had: instances that grow past it, shrink, are cleared
# through __dict__, or share a class with bigger ones keep every attribute.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)


def show(o):
    return sorted(vars(o).items())[:3], len(vars(o))


for n in (3, 3, 0, 12, 2, 40, 5, 5, 1):
    p = P(n)
    print(n, show(p))
    del p

q = P(3)
for i in range(3, 30):
    setattr(q, "b%d" % i, i)
print(show(q), q.a2, q.b29)
for i in range(3, 30):
    delattr(q, "b%d" % i)
print(show(q))
q.z = "z"
print(show(q), list(vars(q)))

r = P(4)
d = vars(r)
d.clear()
print(show(r))
r.x = 1
d["y"] = 2
print(r.x, r.y, show(r))
del r
print(sorted(d.items()))


# Cycles through instance dicts are still collected with their contents.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


for _ in range(3):
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    del a, b
    gc.collect()
n = Node("kept")
print(n.name, n.peer, sorted(vars(n)))


# Many instances of one shape, then of another, from the same class.
class Shape:
    pass


def make(k, m):
    out = []
    for i in range(m):
        s = Shape()
        for j in range(k):
            setattr(s, "f%d" % j, j + i)
        out.append(s)
    return out


total = 0
for k in (2, 7, 1, 11, 4):
    objs = make(k, 50)
    total += sum(sum(vars(o).values()) for o in objs)
    del objs
print(total)
