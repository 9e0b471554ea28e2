# Many threads hammer one bounded Queue and one SimpleQueue: every item put
# is got exactly once, and task_done/join account for all of them (the
# queues are synchronised, so the counts are exact under every GIL model).
import queue
import threading

PRODUCERS, CONSUMERS, N = 4, 4, 2000
q = queue.Queue(maxsize=16)
sq = queue.SimpleQueue()
sums = [0] * CONSUMERS
counts = [0] * CONSUMERS


def produce(p):
    for i in range(N):
        q.put(p * N + i)


def consume(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        sums[c] += item
        counts[c] += 1
        sq.put(item)
        q.task_done()


producers = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
total = PRODUCERS * N
print(sum(counts), sum(sums) == total * (total - 1) // 2, q.qsize(), q.unfinished_tasks)
seen = set()
while not sq.empty():
    seen.add(sq.get_nowait())
print(len(seen), seen == set(range(total)))

# LifoQueue and PriorityQueue under the same load
for cls in (queue.LifoQueue, queue.PriorityQueue):
    pq = cls()
    got = []
    lock = threading.Lock()

    def fill(base):
        for i in range(500):
            pq.put(base + i)

    def drain():
        mine = []
        for _ in range(500):
            mine.append(pq.get(timeout=30))
        with lock:
            got.extend(mine)

    ts = [threading.Thread(target=fill, args=(k * 500,)) for k in range(4)]
    ts += [threading.Thread(target=drain) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(cls.__name__, len(got), sorted(got) == list(range(2000)), pq.empty())
