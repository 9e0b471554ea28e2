# Lock and RLock: mutual exclusion, with-blocks, timeouts, errors.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(20000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

l = threading.Lock()
print(repr(l).split(" at ")[0])
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(blocking=False))
print(repr(l).split(" at ")[0])
print(l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
print(l.__enter__(), l.locked(), l.__exit__(None, None, None), l.locked())

# a lock released by another thread than the one that took it
gate = threading.Lock()
gate.acquire()
order = []


def opener():
    order.append("opener")
    gate.release()


t = threading.Thread(target=opener)
t.start()
print(gate.acquire(timeout=10))
t.join()
order.append("main")
print(order)

r = threading.RLock()
with r:
    with r:
        print("nested", r.acquire(), r.acquire(blocking=False))
        r.release()
        r.release()
print(repr(r).split(" owner")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

held = []


def try_rlock():
    held.append(r.acquire(blocking=False))
    held.append(r.acquire(timeout=0.01))


r.acquire()
t = threading.Thread(target=try_rlock)
t.start()
t.join()
r.release()
t = threading.Thread(target=try_rlock)
t.start()
t.join()
print(held)
