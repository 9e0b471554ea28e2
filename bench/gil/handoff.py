# bench/gil/handoff.py — GIL hand-off latency under gil=new: two CPU-bound
# threads for SECONDS; from gil.trace_start()/trace_stop(), for every drop
# REQUEST a waiting thread makes, the time until that thread's next TAKE.
# Prints "handoff COUNT MEDIAN_US P99_US MEAN_HOLD_US SWITCHES".
#   gilpy --gil=new --switch-interval=S handoff.py [SECONDS]
import sys
import threading
import time

import gil


def spin(secs):
    end = time.perf_counter() + secs
    x = 0
    while time.perf_counter() < end:
        for i in range(1000):
            x += i
    return x


def quantile(xs, q):
    # nearest rank on sorted xs
    return xs[max(0, -(-len(xs) * q // 100) - 1)]


secs = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
ths = [threading.Thread(target=spin, args=(secs,)) for i in range(2)]
gil.trace_start()
for th in ths:
    th.start()
for th in ths:
    th.join()
events = gil.trace_stop()

requests = {}  # thread -> its request times not yet followed by a take
took = {}
lat = []
holds = []
for tid, kind, ns in events:
    if kind == "request":
        requests.setdefault(tid, []).append(ns)
    elif kind == "take":
        for r in requests.pop(tid, []):
            lat.append(ns - r)
        took[tid] = ns
    elif kind == "drop" and tid in took:
        holds.append(ns - took.pop(tid))
lat = sorted(lat)
if not lat:
    print("handoff 0 nan nan nan", gil.stats()["switches"])
else:
    print("handoff", len(lat), quantile(lat, 50) / 1000, quantile(lat, 99) / 1000,
          sum(holds) / len(holds) / 1000, gil.stats()["forced_switches"])
