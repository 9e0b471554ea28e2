"""CPython reference runs that go wrong (harness/engine/cpython.c): a task that
raises fails its run with the driver's message, one past its timeout is a
timeout that names the run's whole timeout, a missing driver drops the
CPython runs with one message, as does a python that hangs when asked its
version; the suite goes on to the runs that work, and
no driver process is left behind."""
import json
import os
import shutil
import subprocess

import hlib
from hlib import expect

if not shutil.which("python3"):
    hlib.skip("no python3: there are no CPython reference runs")

d = hlib.out("cpyfaults")
os.makedirs(d)
with open(os.path.join(d, "w.py"), "w", encoding="utf-8") as f:
    f.write("import time\n\n\ndef bad(n):\n    raise ValueError('boom %d' % n)\n\n\n"
            "def slow(s):\n    time.sleep(s)\n    return 1\n\n\n"
            "def ok(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n")
suite = {
    "schema": "gilbench-suite/1", "name": "cpyfaults", "description": "CPython runs that fail",
    "defaults": {"reps": 2, "warmup": 1, "gil": "new", "switch_interval": 0.005,
                 "check_interval": 100, "pin": "cores", "timeout_s": 1.5},
    "experiments": [
        {"id": "E1", "workload": "w.py", "entry": "bad", "args": [7], "workers": 2,
         "cpython": ["seq", "procs"], "sweeps": [{"mode": ["seq", "procs"]}]},
        {"id": "E5", "workload": "w.py", "entry": "slow", "args": [1.0], "workers": 1,
         "reps": 3, "timeout_s": 3.5, "cpython": ["seq"], "sweeps": [{"mode": "seq"}]},
        {"id": "E12", "workload": "w.py", "entry": "ok", "args": [1000], "workers": 2,
         "cpython": ["seq", "procs"], "sweeps": [{"mode": ["seq", "procs"]}]},
    ],
}
sj = os.path.join(d, "s.json")
with open(sj, "w", encoding="utf-8") as f:
    json.dump(suite, f)


def drivers():
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return [l for l in ps.splitlines() if "cpython_driver.py" in l and d in l]


os.environ["GILBENCH_DRIVER"] = os.path.join(hlib.ROOT, "harness", "engine", "cpython_driver.py")
out = os.path.join(d, "out")
p = hlib.gilbench("suite", sj, "--out", out, timeout=120)
expect(p.returncode == 1, "exit 1: some runs failed", p)
runs = {(r["experiment"], r["interpreter"].split("-")[0], r["mode"]): r
        for r in hlib.results(os.path.join(out, "results.json"))["runs"]}
for mode in ("seq", "procs"):
    r = runs[("E1", "cpython", mode)]
    expect(r["status"] == "failed" and "see its message above" in r["error"], f"E1 {mode}: {r}")
expect(p.stderr.count("ValueError: boom 7") >= 2, "the driver's own message reaches stderr", p)
r = runs[("E5", "cpython", "seq")]
# 1 s a repetition: round 1 (warm-up and one) fits in 3.5 s with 1.5 s to
# spare for a loaded machine, three rounds do not; a later round times out
# and says whose time it was
expect(r["status"] == "timeout" and "3.5 s cover all its rounds" in r["error"], f"E5: {r}")
for mode in ("seq", "procs"):
    r = runs[("E12", "cpython", mode)]
    expect(r["status"] == "ok" and len(r["samples"]) == 2 and
           all(w["result"] == 499500 for s in r["samples"] for w in s["workers"]),
           f"E12 {mode}: {r['status']} {r.get('error')}")
expect(drivers() == [], f"drivers left behind: {drivers()}")

# no driver where it is looked for: no CPython runs, one message
os.environ["GILBENCH_DRIVER"] = os.path.join(d, "nowhere.py")
out2 = os.path.join(d, "out2")
p = hlib.gilbench("suite", sj, "--out", out2, "--only", "E12", timeout=120)
expect(p.returncode == 0, "without a driver the gilpy runs still pass", p)
interps = {r["interpreter"] for r in hlib.results(os.path.join(out2, "results.json"))["runs"]}
expect(interps == {"gilpy"} and "no CPython reference runs" in p.stderr, f"{interps}", p)

# a "python" that hangs on the version probe (and a path a shell would
# split): the probe gives up after 10 s and the suite goes on without it
os.environ["GILBENCH_DRIVER"] = os.path.join(hlib.ROOT, "harness", "engine", "cpython_driver.py")
hang = os.path.join(d, "it's a hung python")
nap = f"600.{os.getpid()}"  # this test's own probe, told apart from any other sleep
with open(hang, "w", encoding="utf-8") as f:
    f.write(f"#!/bin/sh\nexec sleep {nap}\n")
os.chmod(hang, 0o755)
out3 = os.path.join(d, "out3")
p = hlib.gilbench("suite", sj, "--out", out3, "--only", "E12", "--python", hang, timeout=120)
interps = {r["interpreter"] for r in hlib.results(os.path.join(out3, "results.json"))["runs"]}
expect(p.returncode == 0 and interps == {"gilpy"} and "no CPython reference runs" in p.stderr,
       "a hung python probe is given up", p)
ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
expect(f"sleep {nap}" not in ps, "the hung probe was killed")
print("cpython_faults: 2 passed, 0 failed")
