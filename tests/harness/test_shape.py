"""The shape of E1 on this machine (robust thresholds): 2 processes on the
CPU-bound workload reach a speedup >= 1.6; 2 threads under gil=new stay
<= 1.15. Meaningless on one core or under sanitizers: skipped there."""
import os
import statistics
import time

import hlib
from hlib import expect

cores = hlib.ncores()
if cores < 2:
    hlib.skip(f"the shape of E1 needs >= 2 cores, this machine has {cores}")
if os.environ.get("GILBENCH_SANITIZE"):
    hlib.skip("timings under sanitizers say nothing about speedups")

W = os.path.join(hlib.ROOT, "workloads", "cpu_bound.py")
N = 2_500_000  # ~50 ms a task in gilpy: well above fork and start-up costs
def task_cpu(run):
    """The median CPU time of one task (one worker of one sample) in run."""
    return statistics.median(w["cpu_s"] for s in run["samples"] for w in s["workers"])


# A shared host can slow the cores for a second or two: the same task then
# takes more CPU time (not more waiting) beside its seq baseline or in the
# mode. Such an attempt says nothing about the harness; a mode gets five,
# spaced out, and the test skips only if every one was slowed. A harness
# that serialised the processes would fail: their tasks keep their CPU time.
for mode, ok in (("procs", lambda s: s >= 1.6), ("threads", lambda s: s <= 1.15)):
    slowed = 0
    for attempt in range(1, 6):
        if attempt > 1:
            time.sleep(attempt - 1)
        js = hlib.out(f"shape-{mode}-{attempt}.json")
        p = hlib.gilbench("run", W, "-a", N, "--mode", mode, "-n", 2, "--pin", "cores", "--gil",
                          "new", "--reps", 3, "--warmup", 1, "-q", "--json", js)
        expect(p.returncode == 0, f"{mode}: exit", p)
        seq, r = hlib.results(js)["runs"]
        # Processes each get a core; threads under the GIL share one between
        # them, so for them the busy test is the workers' summed CPU time.
        # The median sample decides: one slow sample is what the interval is for.
        if mode == "procs":
            shares = [w["cpu_s"] / w["wall_s"] for s in r["samples"] for w in s["workers"]]
        else:
            shares = [sum(w["cpu_s"] for w in s["workers"]) / s["wall_s"] for s in r["samples"]]
        got = statistics.median(shares)
        if got < 0.8:
            hlib.skip(f"the machine is busy: a worker got only {got:.0%} of a CPU while it ran")
        a, b = task_cpu(seq), task_cpu(r)
        sp, (lo, hi) = r["speedup"]["value"], r["speedup"]["ci95"]
        print(f"{mode} x2 (attempt {attempt}): speedup {sp:.2f} [{lo:.2f}, {hi:.2f}], "
              f"a task's CPU time {a * 1e3:.1f} ms in seq, {b * 1e3:.1f} ms in {mode}")
        if ok(sp):
            break
        slowed += max(a, b) > 1.25 * min(a, b)
    if not ok(sp) and slowed == attempt:
        hlib.skip(f"{mode}: the host slowed the cores in all {attempt} attempts")
    expect(ok(sp), f"{mode} x2: speedup {sp:.2f} out of the expected range")
print("ok")
