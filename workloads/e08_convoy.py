# E8 convoy. Claim (Beazley 2010, bpo-7946): an I/O thread beside CPU-bound
# threads waits for the GIL after every I/O operation. Expected: gil=new, one
# or more CPU threads: each I/O op costs ~ one switch interval (CPython 3.11
# on a 2-core VM: ~15 000 ops/s alone, ~500 beside one CPU thread, ~50 beside
# two); legacy and none suffer much less; shorter intervals soften it.
# Entry: convoy(url, k, ops, chunk) runs k CPU threads (squares(chunk) in a
# loop) while this thread does `ops` requests to url; returns I/O ops per second.
import sys
import threading
import time
from compat import fetch
from cpu_bound import squares

running = False
ready = []


def burn(chunk):
    ready.append(1)
    while running:
        squares(chunk)


def convoy(url, k, ops, chunk):
    global running, ready
    running = True
    ready = []
    threads = []
    for i in range(k):
        threads.append(threading.Thread(target=burn, args=(chunk,)))
    for t in threads:
        t.start()
    # time the I/O only once every CPU thread is running
    while len(ready) < k:
        time.sleep(0.0005)
    t0 = time.perf_counter()
    for i in range(ops):
        fetch(url)
    rate = ops / (time.perf_counter() - t0)
    running = False
    for t in threads:
        t.join()
    return rate


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print("usage: e08_convoy.py URL  (e.g. gilbench serve --latency 0)")
    else:
        for k in range(3):
            rate = convoy(sys.argv[1], k, 200, 1000)
            print(f"{k} CPU threads: {rate:,.0f} I/O ops/s")
