"""A runaway threads run (its workers spin in native code with the GIL
released and ignore the timeout) is recorded as timed out, its whole
process group is killed, and the suite's later runs are measured alone:
no process of the runaway and no extra running thread is left beside
them, and gilbench itself never runs a worker thread."""
import json
import os
import subprocess
import time

import hlib
from hlib import expect

WORKLOAD = hlib.out("runaway.py")
with open(WORKLOAD, "w", encoding="utf-8") as f:
    f.write("import bench\n\n\ndef runaway():\n    bench.spin_native(10**13)\n\n\n"
            "def work(n):\n    total = 0\n    for i in range(n):\n        total += i * i\n"
            "    return total\n")
suite = hlib.out("runaway-suite.json")
with open(suite, "w", encoding="utf-8") as f:
    json.dump({"schema": "gilbench-suite/1", "name": "runaway",
               "defaults": {"reps": 3, "warmup": 0, "pin": "none", "timeout_s": 60},
               "experiments": [
                   {"id": "R", "workload": WORKLOAD, "entry": "runaway", "mode": "threads",
                    "workers": 2, "reps": 1, "timeout_s": 1, "sweeps": [{}]},
                   # long enough (~0.2 s a run) for the 10 ms looks below to see
                   # each run's process: at 300000 gilpy's runs came and went
                   # between two looks
                   {"id": "A", "workload": WORKLOAD, "entry": "work", "args": [2000000],
                    "workers": 2, "sweeps": [{"mode": ["seq", "threads"]}]}]}, f)


def stat(pid, tid=None):
    """(state, pgid, utime+stime ticks) of a process or one of its threads."""
    path = f"/proc/{pid}/stat" if tid is None else f"/proc/{pid}/task/{tid}/stat"
    try:
        with open(path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return fields[0], int(fields[2]), int(fields[11]) + int(fields[12])
    except (OSError, IndexError):
        return None


def running_threads(pid, skip=None):
    """Threads of pid running or runnable (but thread `skip`)."""
    try:
        tids = [int(t) for t in os.listdir(f"/proc/{pid}/task")]
    except OSError:
        return 0
    return sum(1 for t in tids if t != skip and (stat(pid, t) or ("",))[0] == "R")


out = hlib.out("runaway")
t0 = time.monotonic()
p = subprocess.Popen([hlib.GILBENCH, "suite", suite, "--no-cpython", "--out", out],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
seen = {}      # run process (its own group) -> [first seen, last seen alive]
extra = []     # per look: running threads beside the current run's
parent_ticks = 0
while p.poll() is None:
    now = time.monotonic()
    procs = [p.pid] + hlib.descendants(p.pid)
    runs = hlib.run_processes(p.pid)
    for c in runs:
        if (stat(c) or ("Z",))[0] != "Z":
            seen.setdefault(c, [now, now])[1] = now
    parent_ticks = (stat(p.pid) or ("", 0, parent_ticks))[2]
    # running threads that are not the newest run's: gilbench's own beyond
    # its main thread, and any in an older run's process
    order = sorted(seen, key=lambda c: seen[c][0])
    older = [c for c in procs if c != p.pid and order and c != order[-1]]
    extra.append(running_threads(p.pid, skip=p.pid) + sum(running_threads(c) for c in older))
    time.sleep(0.01)
took = time.monotonic() - t0
so, se = p.communicate()
hlib.sanitizer_clean(se)
expect(p.returncode == 1, f"exit 1 (a timed-out run), got {p.returncode}\n{so}\n{se}")
expect(took < 60, f"returned after {took:.1f} s")

runs = hlib.results(os.path.join(out, "results.json"))["runs"]
runaway = [r for r in runs if r["entry"] == "runaway"]
later = [r for r in runs if r["entry"] == "work"]
expect(len(runaway) == 1 and runaway[0]["status"] == "timeout",
       f"runaway: {[(r['status'], r['error']) for r in runaway]}")
expect(runaway[0]["error"].startswith("timeout after 1 s") and "killed" in runaway[0]["error"],
       f"runaway error: {runaway[0]['error']}")
expect(len(later) == 2 and all(r["status"] == "ok" and len(r["samples"]) == 3 for r in later),
       f"later runs: {[(r['mode'], r['status'], r['error']) for r in later]}")

# every run was its own process group, and none survives gilbench
order = sorted(seen, key=lambda c: seen[c][0])
expect(len(order) >= 3, f"a process per run, saw {order}")
for c in order:
    expect(stat(c) is None, f"run process {c} survived")
    try:
        os.killpg(c, 0)
        expect(False, f"process group {c} survived")
    except ProcessLookupError:
        pass
# the runaway was gone before the next run started
expect(seen[order[0]][1] < seen[order[1]][0],
       f"the runaway's process lived on beside the next run: {seen}")
# beside the later runs, nothing else ran: not the runaway's threads (in
# gilbench itself before the change) nor any other process of the tree
busy = sum(1 for n in extra if n > 0)
expect(extra and busy <= len(extra) // 4,
       f"extra running threads in {busy} of {len(extra)} looks")
# gilbench's own process only planned and read: far less CPU than one spinner
hz = os.sysconf("SC_CLK_TCK")
expect(parent_ticks / hz < 0.5 * took, f"gilbench used {parent_ticks / hz:.1f} s of CPU "
       f"in {took:.1f} s")
print(f"ok: runaway killed, {len(later)} later runs alone ({busy}/{len(extra)} looks busy), "
      f"{took:.1f} s")
