# queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue; blocking and
# non-blocking put/get with timeouts, Empty/Full, qsize/empty/full,
# task_done/join.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 2):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())

sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
for get in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e))

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize(), q.maxsize)
for put in (lambda: q.put(3, block=False), lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.01)):
    try:
        put()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get(timeout=1), q.empty())
for get in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(block=False)):
    try:
        get()
    except queue.Empty:
        print("Empty")
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1) or q.put(2) or q.put(3, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

print(queue.Empty.__name__, issubclass(queue.Full, Exception), queue.Empty)

# PriorityQueue orders tuples
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])

# task_done/join: join returns once every item put has been marked done
work = queue.Queue()
handled = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        handled.append(item * 2)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(30):
    work.put(i)
work.join()
print(sorted(handled) == [i * 2 for i in range(30)], work.unfinished_tasks)
for t in threads:
    work.put(None)
for t in threads:
    t.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError", e)

# a blocked put resumes once a consumer makes room
small = queue.Queue(1)
small.put("first")
got = []
t = threading.Thread(target=lambda: got.append(small.get(timeout=5)))
small_put = threading.Thread(target=lambda: small.put("second", timeout=5))
small_put.start()
t.start()
t.join()
small_put.join()
print(got, small.get_nowait())

print(sorted(queue.__all__))
