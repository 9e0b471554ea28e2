# multiprocessing.Queue.put never blocks on a full pipe: a feeder thread
# writes, so many puts before any get work, and so does the classic
# "put a big result, then join before get" once the parent reads first
# (CPython's programming guidelines); close, join_thread,
# cancel_join_thread, empty, qsize, full and maxsize as CPython's.
import time
from multiprocessing import Process, Queue
from queue import Empty, Full

q = Queue()
for i in range(2000):
    q.put(("item", i, "x" * 100))
print("put 2000 items before any get")
got = [q.get()[1] for _ in range(2000)]
print("got them in order", got == list(range(2000)))
print("empty after", q.empty(), q.qsize())


def big_result(q):
    q.put("y" * 300000)


q = Queue()
p = Process(target=big_result, args=(q,))
p.start()
p.join(timeout=0.5)
print("child still alive before its result is read:", p.is_alive())
print("result length", len(q.get()))
p.join()
print("joined after get, exit code", p.exitcode)


def cancelled(q):
    q.put("z" * 300000)
    q.cancel_join_thread()


q = Queue()
p = Process(target=cancelled, args=(q,))
p.start()
p.join()
print("cancel_join_thread: child exits without its data being read", p.exitcode)

q = Queue(maxsize=2)
q.put(1)
q.put(2)
print("full", q.full(), "qsize", q.qsize())
try:
    q.put(3, timeout=0.05)
except Full:
    print("Full after a timeout")
try:
    q.put_nowait(3)
except Full:
    print("Full at once")
print(q.get(), q.get())
try:
    q.get(timeout=0.05)
except Empty:
    print("Empty after a timeout")
try:
    q.get_nowait()
except Empty:
    print("Empty at once")

q = Queue()
q.put("last")
time.sleep(0.1)
print("empty with an item", q.empty(), q.qsize())
print(q.get())
q.close()
q.join_thread()
print("closed and joined")
try:
    q.put(1)
except ValueError as e:
    print("put after close:", str(e).endswith("is closed"))
try:
    q.get()
except ValueError as e:
    print("get after close:", str(e).endswith("is closed"))


def producer(q, n):
    for i in range(n):
        q.put(i)


q = Queue()
ps = [Process(target=producer, args=(q, 500)) for _ in range(3)]
for p in ps:
    p.start()
total = sum(q.get() for _ in range(1500))
for p in ps:
    p.join()
print("three producers", total, [p.exitcode for p in ps])
