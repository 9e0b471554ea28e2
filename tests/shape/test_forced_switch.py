#!/usr/bin/env python3
"""Forced switching, seen from Python: under --gil=new with a 5 ms interval,
two CPU-bound threads both hold the GIL, alternately, and a typical hold
(take -> drop of one thread, from gil.trace_start()/trace_stop()) lasts about
one interval: the median must be between 2 and 50 ms."""
import ast
import statistics

import shlib

gilpy = shlib.setup(need_cores=1)
code = shlib.WORK + """
import gil
n = calibrate(work, 0.3)
gil.trace_start()
t, res = threaded(work, n)
ev = gil.trace_stop()
print("threads", t)
print("trace", repr(ev))
"""


def holds(events):
    """{thread: [hold ns, ...]} from take -> next drop of the same thread."""
    start, out = {}, {}
    for tid, kind, ns in events:
        if kind == "take":
            start[tid] = ns
        elif kind == "drop" and tid in start:
            out.setdefault(tid, []).append(ns - start.pop(tid))
    return out


def attempt():
    r = shlib.run(gilpy, ["--gil=new", "--switch-interval=0.005"], code)
    per = holds(ast.literal_eval(r["trace"]))
    # the workers are the two threads that held longest (main only waits in join)
    workers = sorted(per, key=lambda tid: sum(per[tid]), reverse=True)[:2]
    counts = [len(per[tid]) for tid in workers]
    if len(workers) < 2 or min(counts) < 2:
        desc = "holds per thread %s: the two workers did not alternate" % counts
        if not shlib.timing_checked():  # not a timing: 0.3 s tasks outlast many 5 ms intervals
            shlib.fail(desc)
        return False, desc, r["_busy"]
    med = statistics.median(h for tid in workers for h in per[tid]) / 1e6
    desc = "holds per worker %s, median hold %.2f ms (want 2..50)" % (counts, med)
    return 2 <= med <= 50, desc, r["_busy"]


shlib.retry("gil=new forced switching", attempt)
