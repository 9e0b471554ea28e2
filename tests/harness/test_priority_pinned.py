"""Every GIL design on one core (--pin core:0): a task that polls with
time.sleep (under gil=priority each wake is a priority take) while the
CPU-bound threads it started are still waiting for their first hold. A
first version of priority's CPU-bound turns passed the GIL between the
poller and one CPU-bound thread for ever: the others never started and the
run timed out. Each run must end ok with every thread started."""
import os

import hlib
from hlib import expect

prog = os.path.join(hlib.HERE, "priority_pinned.py")
for gil in ("priority", "new", "fifo", "fair", "legacy"):
    js = hlib.out(f"pinned-{gil}.json")
    p = hlib.gilbench("run", prog, "-e", "main", "--mode", "seq", "-n", 1, "--pin", "core:0",
                      "--gil", gil, "--reps", 2, "--warmup", 0, "--timeout", 30, "-q",
                      "--json", js)
    runs = hlib.results(js)["runs"]
    expect(p.returncode == 0 and runs[0]["status"] == "ok",
           f"gil={gil} on one core: {runs[0]['status']} {runs[0].get('error')}", p)
    got = {w["result"] for s in runs[0]["samples"] for w in s["workers"]}
    expect(got == {"started [0, 1, 2, 3] polled True"}, f"gil={gil}: results {got}")
print("ok")
