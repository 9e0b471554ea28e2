# Threads adding, scaling and subtracting instances of shared classes: the
# operator methods (frames of the eval loop under a GIL, the generic path
# under gil=none), NotImplemented falling back to reflected methods, and
# instances of differing sizes made and freed at once (presized dicts).
import threading


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return V(self.x + o, self.y + o)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __isub__(self, o):
        self.x -= o.x
        self.y -= o.y
        return self


class Bag:
    pass


def work(seed, out):
    acc = V(0, 0)
    for i in range(3000):
        acc = acc + V(i, seed) * 2
        acc = 1 + acc
        d = V(1, 1)
        d -= V(seed, 0)
        acc = acc + d
        b = Bag()
        for j in range((i + seed) % 13):
            setattr(b, "f%d" % j, j)
        acc = acc + V(len(vars(b)), 0)
    out[seed] = (acc.x, acc.y)


out = {}
threads = [threading.Thread(target=work, args=(s, out)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()))
