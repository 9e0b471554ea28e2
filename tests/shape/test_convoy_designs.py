#!/usr/bin/env python3
"""The convoy under the designs that claim to fix it, coarsely: a thread that
sleeps 1 ms per step beside two CPU-bound threads gets through its steps
much faster under gil=priority (it asks for the GIL back at once) than under
gil=fifo with Ruby's 100 ms quantum (it queues behind both CPU threads after
every sleep). The bound is a factor of 5; the typical gap is 20-100x."""
import shlib

gilpy = shlib.setup(need_cores=1)
code = """
import threading
import time
running = True
def burn():
    x = 0
    while running:
        x += 1
ths = [threading.Thread(target=burn) for i in range(2)]
for t in ths:
    t.start()
time.sleep(0.05)
n = 0
t0 = time.perf_counter()
while time.perf_counter() - t0 < 0.6:
    time.sleep(0.001)
    n += 1
rate = n / (time.perf_counter() - t0)
running = False
for t in ths:
    t.join()
print("rate", rate)
"""


def attempt():
    pr = shlib.run(gilpy, ["--gil=priority", "--switch-interval=0.005"], code)
    ff = shlib.run(gilpy, ["--gil=fifo", "--switch-interval=0.1"], code)
    desc = "sleep steps/s: priority %.0f, fifo at 100 ms %.0f (want >= 5x)" % (
        pr["rate"], ff["rate"])
    return pr["rate"] >= 5 * ff["rate"], desc, max(pr["_busy"], ff["_busy"])


shlib.retry("convoy designs", attempt)
