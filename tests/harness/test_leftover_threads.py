"""A task that returns while threads it started still run: the run is ok in
every mode. The VM is closed only once the non-daemon threads have ended
(freeing it under them crashed the run with SIGSEGV), and a daemon thread
that never ends does not hang the run either."""
import os

import hlib
from hlib import expect

LEFT = os.path.join(hlib.HERE, "leftover.py")

for entry in ("leave_running", "leave_daemon"):
    for mode in ("seq", "threads", "subinterp", "procs"):
        js = hlib.out(f"{entry}-{mode}.json")
        p = hlib.gilbench("run", LEFT, "-e", entry, "-a", 20000, "--mode", mode, "-n", 2,
                          "--reps", 2, "--warmup", 0, "--timeout", 60, "-q", "--json", js)
        expect(p.returncode == 0, f"{entry} {mode}: exit 0", p)
        runs = hlib.results(js)["runs"]
        expect([r["status"] for r in runs] == ["ok"] * len(runs),
               f"{entry} {mode}: statuses {[(r['status'], r.get('error')) for r in runs]}", p)
print("ok")
