# threading.Condition: wait/notify/notify_all, wait_for with a timeout, with,
# a Lock or an RLock underneath, misuse errors; a bounded buffer on it.
import threading

cond = threading.Condition()
items = []
done = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        done.append((name, items.pop()))


threads = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
for t in threads:
    t.join()
print(sorted(v for n, v in done), sorted(n for n, v in done))

# notify_all wakes every waiter
go = False
ready = 0
woken = []


def waiter(i):
    global ready
    with cond:
        ready += 1
        while not go:
            cond.wait()
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
while not go:
    with cond:  # a waiter holding no lock is inside wait()
        if ready == 4:
            go = True
            cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# timeouts: nobody notifies
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: False, 0.01))
    print(cond.wait_for(lambda: 42, 0.01))
    with cond:  # an RLock: re-entered, and wait releases every level
        print(cond.wait(timeout=0.001))

# over a plain Lock
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print(lk.locked(), c2.wait(0.001), lk.locked())
print(lk.locked())
print(c2.acquire(), c2.acquire(False))
c2.release()

for bad in (c2.wait, c2.notify, c2.notify_all, cond.wait):
    try:
        bad()
    except RuntimeError as e:
        print(type(e).__name__, e)

# a bounded buffer: two conditions over one lock
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
buf = []
out = []


def produce(base):
    for i in range(200):
        with not_full:
            while len(buf) >= 5:
                not_full.wait()
            buf.append(base + i)
            not_empty.notify()


def consume(n):
    for _ in range(n):
        with not_empty:
            while not buf:
                not_empty.wait()
            out.append(buf.pop(0))
            not_full.notify()


ps = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=consume, args=(300,)) for k in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print(len(out), sum(out), sorted(out) == sorted(k * 1000 + i for k in range(3) for i in range(200)))
