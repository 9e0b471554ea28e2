# The tutorials' producer/consumer: producers put, consumers get until a
# sentinel, results gathered and sorted before printing.
import queue
import threading
import time

tasks = queue.Queue(maxsize=8)
results = queue.Queue()
SENTINEL = None


def producer(pid, n):
    for i in range(n):
        tasks.put((pid, i))
        if i % 10 == 0:
            time.sleep(0.001)


def consumer(cid):
    count = 0
    while True:
        item = tasks.get()
        if item is SENTINEL:
            tasks.task_done()
            break
        pid, i = item
        results.put((pid, i, pid * 1000 + i * i))
        count += 1
        tasks.task_done()
    results.put(("done", cid, count))


producers = [threading.Thread(target=producer, args=(p, 50)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
tasks.join()
for _ in consumers:
    tasks.put(SENTINEL)
for t in consumers:
    t.join()

values, counts = [], []
while not results.empty():
    r = results.get_nowait()
    (counts if r[0] == "done" else values).append(r)
print(len(values), sum(v[2] for v in values))
print(sorted(values)[:3])
print(sum(c[2] for c in counts), sorted(c[1] for c in counts))

# LIFO as a stack of work, SimpleQueue as a channel
stack = queue.LifoQueue()
chan = queue.SimpleQueue()
for i in range(5):
    stack.put(i)


def drain():
    while True:
        try:
            chan.put(stack.get_nowait())
        except queue.Empty:
            chan.put("end")
            return


t = threading.Thread(target=drain)
t.start()
t.join()
print([chan.get() for _ in range(6)])
