# Freeing instances by every path: plain inline values, a dict made by
# vars(), a __del__ added after instances exist, resurrection, a long
# chain (freed without deep C recursion), and reuse of freed blocks.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


ps = [P(i, str(i)) for i in range(1000)]
for p in ps[::3]:
    vars(p)["c"] = p.a * 2
print(sum(p.a for p in ps), sum(getattr(p, "c", 0) for p in ps))
del ps

head = None
for i in range(300000):
    head = Node(head)
del head
print("chain freed")

late = [P(1, 2), P(3, 4)]
P.__del__ = lambda self: print("del", self.a)
late.pop()
del late
del P.__del__
saved = []


class R:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        saved.append(self)


r = R(7)
del r
print([x.v for x in saved])
saved.clear()
del R.__del__
made = [P(i, [i]) for i in range(50)]
del made
again = [P(i, (i, i)) for i in range(50)]
print(sum(x.a + x.b[1] for x in again))
