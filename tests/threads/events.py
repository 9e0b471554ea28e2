# Event: ping-pong between threads gives a deterministic order.
import threading
import time

ping = threading.Event()
pong = threading.Event()
log = []


def player(n):
    for i in range(n):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player, args=(5,))
t.start()
for i in range(5):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
t0 = time.perf_counter()


def later():
    time.sleep(0.05)
    e.set()


t = threading.Thread(target=later)
t.start()
print(e.wait(10), e.is_set())
t.join()
print(time.perf_counter() - t0 >= 0.04)
e.clear()
print(e.is_set(), e.wait(0))

# many waiters released by one set()
go = threading.Event()
done = []
lock = threading.Lock()


def waiter(k):
    go.wait()
    with lock:
        done.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(8)]
for w in ws:
    w.start()
go.set()
for w in ws:
    w.join()
print(sorted(done))
