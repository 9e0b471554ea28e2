# Instance blocks under gil=none (interp/src/objects/instfree.c): each
# thread keeps the blocks of the instances it frees and makes its next ones
# from them. Here producers make plain instances (no __del__, so they take
# the one-step free) that consumers free, so a consumer reuses blocks that
# another thread allocated and tracked in its own collector shard, while it
# checks its own instances' attributes, some of them weakly referenced, and
# collections run concurrently. The output is the same whatever the
# interleaving; tests/nogil.cmake compares it with python3's.
import gc
import queue
import threading
import weakref

N = 4000


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def produce(q):
    for i in range(N):
        q.put(P(i, [i]))
        if i % 700 == 0:
            gc.collect()
    q.put(None)


def consume(q, out, k):
    total = 0
    bad = 0
    dead = 0
    while True:
        p = q.get()
        if p is None:
            break
        total += p.a + p.b[0]
        del p  # its block goes to this thread's list
        mine = P(k, "x" * (total % 5))  # made from that block
        r = weakref.ref(mine) if total % 4 == 0 else None
        if mine.a != k or len(mine.b) != total % 5 or vars(mine) != {"a": k, "b": mine.b}:
            bad += 1
        del mine
        if r is not None and r() is not None:
            dead += 1
    out[k] = (total, bad, dead)


queues = [queue.Queue(maxsize=32) for k in range(2)]
out = {}
threads = [threading.Thread(target=produce, args=(queues[k],)) for k in range(2)]
threads += [threading.Thread(target=consume, args=(queues[k], out, k)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(sorted(out.items()))
