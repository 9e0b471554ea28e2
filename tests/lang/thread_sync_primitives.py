# threading's Semaphore, BoundedSemaphore, Barrier, Timer, local and
# get_native_id.
import threading
import time

# Semaphore: at most 2 holders at a time
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def hold():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with guard:
            inside -= 1


threads = [threading.Thread(target=hold) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(peak <= 2, inside)

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01), s.acquire(blocking=False))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
for args in ((-1,),):
    try:
        threading.Semaphore(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError", e)

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
print(isinstance(b, threading.Semaphore))

# Barrier: each party gets a distinct index; the action runs once per round
rounds = []
bar = threading.Barrier(3, action=lambda: rounds.append("round"))
indices = []


def party():
    for _ in range(2):
        i = bar.wait()
        with guard:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), rounds, bar.parties, bar.n_waiting, bar.broken)

# a timeout breaks the barrier for everyone
bar = threading.Barrier(2)
try:
    bar.wait(timeout=0.01)
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError:
    print("still broken")
bar.reset()
print(bar.broken, bar.n_waiting)

# abort wakes a waiter with BrokenBarrierError
bar = threading.Barrier(3)
seen = []


def aborted():
    try:
        bar.wait()
    except threading.BrokenBarrierError:
        seen.append("broken")


t = threading.Thread(target=aborted)
t.start()
while bar.n_waiting < 1:
    time.sleep(0.001)
bar.abort()
t.join()
print(seen, issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer: runs after the interval unless cancelled first
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
tm3 = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
tm3.start()
tm3.join()
print(fired, isinstance(tm, threading.Thread), tm.is_alive())

# local: every thread sees its own attributes
data = threading.local()
data.x = "main"


def visit(i):
    print_later = [hasattr(data, "x")]
    data.x = i
    time.sleep(0.001)
    print_later.append(data.x == i)
    with guard:
        results.append(print_later)


results = []
threads = [threading.Thread(target=visit, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, data.x)
del data.x
try:
    data.x
except AttributeError as e:
    print("AttributeError", e)


class Counter(threading.local):
    def __init__(self, start):
        self.n = start

    def bump(self):
        self.n += 1
        return self.n


ctr = Counter(10)
ctr.bump()
got = []
t = threading.Thread(target=lambda: got.append(ctr.bump()))
t.start()
t.join()
print(ctr.n, got)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

print(type(threading.get_native_id()).__name__, threading.get_native_id() > 0)
