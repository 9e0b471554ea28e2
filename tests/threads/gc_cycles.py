# Several threads make reference cycles at once while the collector runs
# automatically and by gc.collect() (under gil=none it stops the world:
# every other thread parks at its next eval-breaker check, or waits in
# join/sleep). The totals printed do not depend on the interleaving.
import gc
import threading
import time

NT = 4
N = 3000
shared = []
lock = threading.Lock()
done = [0] * NT


def work(k):
    for i in range(N):
        c = [k, i]
        c.append(c)  # garbage once c is rebound
        d = {"k": k}
        d["d"] = d
        d["l"] = c
        if i % 500 == 0:
            with lock:
                shared.append((k, i))  # survivors shared between threads
            gc.collect()
        if i % 1000 == 0:
            time.sleep(0.001)  # a thread that does not run bytecode for a while
    done[k] = N


threads = [threading.Thread(target=work, args=(k,)) for k in range(NT)]
for t in threads:
    t.start()
for i in range(200):  # the main thread makes cycles too, while the others run
    m = [i]
    m.append(m)
for t in threads:
    t.join()
print(sum(done), len(shared), sorted(shared)[:3])
print(gc.collect() >= 0, gc.isenabled())
