# Threads free instances with __del__ by refcounting and in cycles (the
# collector runs automatically and by gc.collect(); under gil=none it
# restarts the world to run finalizers), some resurrecting themselves
# once. Every __del__ runs exactly once; the totals do not depend on the
# interleaving. A finalizer runs at any safe point, even inside another
# one's `x += 1`, so it records with single operations (append).
import gc
import threading

NT = 4
N = 1500
done = []
kept = []


class Tracked:
    def __init__(self, k, i):
        self.k = k
        self.i = i

    def __del__(self):
        done.append(self.k)
        if self.i % 100 == 0:
            kept.append(self)  # resurrected: never finalized again


class Cyclic(Tracked):
    def __init__(self, k, i):
        super().__init__(k, i)
        self.me = self
        self.box = [self]


def gen(k, i):
    try:
        yield Tracked(k, i)
    finally:
        pass


def work(k):
    for i in range(N):
        t = Tracked(k, i)
        t = Cyclic(k, i)
        g = gen(k, i)
        next(g)
        del t, g
        if i % 500 == 0:
            gc.collect()


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for th in threads:
    th.start()
for th in threads:
    th.join()
gc.collect()
print("dels", [done.count(k) for k in range(NT)], "kept", len(kept))
kept.clear()
gc.collect()
print("dels after clear", [done.count(k) for k in range(NT)])
