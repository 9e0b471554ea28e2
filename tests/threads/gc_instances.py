# Threads share cyclic instances, sets and generators while the collector
# runs automatically and by gc.collect() (under gil=none it stops the
# world, and restarts it while finalizers close suspended generators).
# The totals printed do not depend on the interleaving.
import gc
import threading

NT = 4
N = 2000
lock = threading.Lock()
closing = threading.RLock()  # a finalizer may run on any thread, inside it too
shared = []
closed = [0] * NT


class Node:
    def __init__(self, owner, i):
        self.owner = owner
        self.i = i
        self.me = self
        self.peers = {self}


def counting(k):
    try:
        yield 1
        yield 2
    finally:
        with closing:
            closed[k] += 1


def work(k):
    for i in range(N):
        n = Node(k, i)
        n.gen = counting(k)
        next(n.gen)  # suspended: closed when the cycle is collected
        if i % 400 == 0:
            with lock:
                shared.append(n)  # survivors other threads read
                other = shared[len(shared) // 2]
            n.peers.add(other)
            gc.collect()


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted((n.owner, n.i) for n in shared)[:3])
shared.clear()
gc.collect()
print(closed == [N] * NT, gc.isenabled())
