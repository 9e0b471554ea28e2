# E14 which design fixes the convoy. Claim (bpo-7946, 2010): the convoy of
# E8 comes from the GIL's hand-off rule, and a different rule fixes it.
# Expected: gil=priority (an I/O thread back from its call asks the holder to
# drop at once) keeps the I/O rate within 2x of the rate alone; fair (least
# GIL time first) comes close; fifo (Ruby <= 3.2's GVL) with Ruby's 100 ms
# quantum does within 2x of Ruby's own rate; each rule's price is CPU
# throughput lost by the k CPU-bound threads beside the I/O thread.
# Entry: designs(url, k, ops, dur, chunk) runs k CPU threads (squares(chunk)
# in a loop) while this thread does up to `ops` requests to url, for at most
# `dur` seconds (so a 100 ms quantum cannot make a run take minutes). Returns
# "io=R cpu=C share=S0,S1,...": R the I/O ops per second, C the CPU threads'
# squares(chunk) calls per second together, over the same window, and Si each
# thread's share of the GIL time in it (the I/O thread first; empty under
# CPython, whose GIL is not observed).
import sys
import threading
import time
from compat import fetch, gil
from cpu_bound import squares

phase = 0  # 0: starting, 1: measuring, 2: stopping
ready = []
counts = []
holds = []


def hold_ns():
    # {} under CPython
    return gil.thread_stats().get('hold_ns', 0)


def burn(i, chunk):
    n = 0
    n0 = 0
    h0 = 0
    seen = False
    ready.append(1)
    while phase < 2:
        if phase == 1 and not seen:
            seen = True
            n0 = n
            h0 = hold_ns()
        squares(chunk)
        n += 1
    if not seen:
        n0 = n
        h0 = hold_ns()
    counts[i] = n - n0
    holds[i + 1] = hold_ns() - h0


def designs(url, k, ops, dur, chunk):
    global phase, ready, counts, holds
    phase = 0
    ready = []
    counts = [0] * k
    holds = [0] * (k + 1)
    threads = []
    for i in range(k):
        threads.append(threading.Thread(target=burn, args=(i, chunk)))
    for t in threads:
        t.start()
    # time the I/O only once every CPU thread is running
    while len(ready) < k:
        time.sleep(0.0005)
    h0 = hold_ns()
    phase = 1
    t0 = time.perf_counter()
    n = 0
    while n < ops:
        fetch(url)
        n += 1
        if time.perf_counter() - t0 >= dur:
            break
    elapsed = time.perf_counter() - t0
    holds[0] = hold_ns() - h0
    phase = 2
    for t in threads:
        t.join()
    total = 0
    for h in holds:
        total += h
    shares = []
    if total > 0:
        for h in holds:
            shares.append(f"{h / total:.4f}")
    cpu = 0
    for c in counts:
        cpu += c
    return f"io={n / elapsed:.3f} cpu={cpu / elapsed:.3f} share={','.join(shares)}"


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print("usage: e14_convoy_designs.py URL  (e.g. gilbench serve --latency 0)")
    else:
        for k in range(5):
            print(f"k={k}: {designs(sys.argv[1], k, 200, 0.5, 1000)}")
