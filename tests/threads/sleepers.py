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
    time.sleep(0.1)
    with lock:
        out.append(k)


t0 = time.perf_counter()
ts = [threading.Thread(target=nap, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - t0
print(sorted(out), elapsed >= 0.1, elapsed < 0.6)


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
