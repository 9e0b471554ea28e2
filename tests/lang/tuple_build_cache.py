# Tuples built from the stack and freed again, as `yield a, b` / `for a, b in`
# do: of inline values, of objects, mixed, reused after holding objects, kept
# alive past their loop, and in cycles the collector must still find.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print('del', self.name)


def pairs(n):
    for i in range(n):
        yield i, -i


def mixed(n):
    for i in range(n):
        yield i, [i], 'x' * i


kept = []
total = 0
for a, b in pairs(1000):
    total += a - b
    if a % 250 == 0:
        kept.append((a, b))
print(total, kept)
for a, b, c in mixed(3):
    print(a, b, c)
t3 = [(i, i * 0.5, None) for i in range(3)]
print(t3, [(True, False)] * 2)
n = Node('cyc')
n.peer = (n, 1, 2)
del n
print('collected', gc.collect() > 0)
m = Node('held')
for k in range(3):
    t = (k, m)
    u = (k, k + 1)
print(t[1].name, u, t[0])
del t, m
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2.0) < (1, 3))
x, y = (y, x) if False else (1, 2)
print(x, y)
