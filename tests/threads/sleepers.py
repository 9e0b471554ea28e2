# Blocking waits release the GIL: sleeping threads overlap.
import threading
import time
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
sys.setswitchinterval(0.005)

out = []
lock = threading.Lock()


def nap(k):
    time.sleep(0.5)
    with lock:
        out.append(k)


t0 = time.perf_counter()
ts = [threading.Thread(target=nap, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - t0
# one after another they would take 5 s; the bound leaves 2.5 s for starting
# ten threads on a loaded machine (under TSan too)
print(sorted(out), elapsed >= 0.5, elapsed < 3.0)


def spin(n):
    x = 0
    for i in range(n):
        x += i % 7
    with lock:
        out.append(x)


# CPU-bound threads beside a sleeper all finish, whatever the model
out = []
ts = [threading.Thread(target=spin, args=(200000,)) for k in range(3)]
ts.append(threading.Thread(target=nap, args=(99,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
