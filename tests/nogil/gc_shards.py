# Races on the collector's lists under gil=none: each thread links the
# containers it makes into its own shard (interp/src/runtime/gc.c), and
# here other threads free them (unlinking from a shard they do not own)
# while the owners keep linking and unlinking theirs, cycles among them
# wait for collections that threads request concurrently, and __del__
# runs wherever the last reference goes. The output is the same whatever
# the interleaving; tests/nogil.cmake compares it with python3's.
import gc
import queue
import threading

N = 3000
freed = [0]
freed_lock = threading.Lock()


class Node:
    def __init__(self, k):
        self.k = k
        self.peer = None

    def __del__(self):
        with freed_lock:
            freed[0] += 1


def produce(q, k):
    for i in range(N):
        a = Node(i)
        b = [a, {"i": i}, (a, [i])]
        if i % 3 == 0:
            a.peer = b  # a cycle: only a collection frees it
        q.put(b)
        local = [[i], {i: [i]}]  # made and freed here
        del local
        if i % 500 == 0:
            gc.collect()
    q.put(None)


def consume(q, out, k):
    got = 0
    total = 0
    while True:
        b = q.get()
        if b is None:
            break
        got += 1
        total += b[1]["i"]
        del b
    out[k] = (got, total)


queues = [queue.Queue(maxsize=64) for k in range(2)]
out = {}
threads = [threading.Thread(target=produce, args=(queues[k], k)) for k in range(2)]
threads += [threading.Thread(target=consume, args=(queues[k], out, k)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(sorted(out.items()))
print("freed", freed[0], "of", 2 * N)
