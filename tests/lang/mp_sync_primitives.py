# multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore, Event,
# Condition and Barrier work across processes (shared semaphores), with
# CPython's reprs and errors.
import time
from multiprocessing import (Barrier, BoundedSemaphore, Condition, Event, Lock, Process,
                             Queue, RLock, Semaphore, Value)

lock = Lock()
print(repr(lock))
print(lock.acquire(), repr(lock))
print(lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(repr(lock))
with lock:
    print("in with", repr(lock))

r = RLock()
print(repr(r))
r.acquire()
r.acquire()
print(repr(r))
r.release()
r.release()
print(repr(r))

s = Semaphore(2)
print(repr(s), s.get_value())
s.acquire()
print(repr(s))
s.release()
s.release()
print(s.get_value())
b = BoundedSemaphore(1)
print(repr(b))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
try:
    Lock().release()
except ValueError as e:
    print("ValueError", e)


def held_elsewhere(lock, q):
    q.put(lock.acquire(timeout=0.05))


lock.acquire()
q = Queue()
p = Process(target=held_elsewhere, args=(lock, q))
p.start()
print("child could take a held lock:", q.get())
p.join()
lock.release()
p = Process(target=held_elsewhere, args=(lock, q))
p.start()
print("child takes a free lock:", q.get())
p.join()
print("child's exit left it held:", not lock.acquire(False))


def setter(ev, v):
    time.sleep(0.05)
    v.value = 42
    ev.set()


ev = Event()
v = Value("i", 0)
print("event set?", ev.is_set(), ev.wait(0.01))
p = Process(target=setter, args=(ev, v))
p.start()
print("waited", ev.wait(10), v.value, ev.is_set())
p.join()
ev.clear()
print("cleared", ev.is_set())


def consumer(cond, v, q):
    with cond:
        ok = cond.wait_for(lambda: v.value >= 3, timeout=10)
    q.put(("consumer saw", ok, v.value))


cond = Condition()
v = Value("i", 0)
q = Queue()
p = Process(target=consumer, args=(cond, v, q))
p.start()
for i in range(3):
    time.sleep(0.02)
    with cond:
        v.value += 1
        cond.notify_all()
print(q.get())
p.join()
with cond:
    print("wait times out", cond.wait(0.01))
try:
    cond.wait()
except AssertionError as e:
    print("AssertionError", e)


def party(barrier, q, i):
    n = barrier.wait(timeout=10)
    q.put(n)


barrier = Barrier(3)
print(barrier.parties, barrier.n_waiting, barrier.broken)
ps = [Process(target=party, args=(barrier, q, i)) for i in range(2)]
for p in ps:
    p.start()
me = barrier.wait(timeout=10)
indices = sorted([me, q.get(), q.get()])
print("barrier indices", indices)
for p in ps:
    p.join()
