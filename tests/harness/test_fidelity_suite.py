"""The fidelity rule's runs (docs/experiments.md): gilpy's and CPython's
seq, threads and procs runs of one task share a block, so they are measured
in the same rounds; workloads/suite.json and quick.json plan them for E1, E2
(N <= 5) and E5; and a suite's report judges them."""
import json
import os
import shutil

import hlib
from hlib import expect

# --- the suites plan every mode on both interpreters, E2's procs up to 5 ---
for name in ("suite.json", "quick.json"):
    with open(os.path.join(hlib.ROOT, "workloads", name), encoding="utf-8") as f:
        exps = {e["id"]: e for e in json.load(f)["experiments"]}
    for eid in ("E1", "E2", "E5"):
        e = exps[eid]
        expect(set(e["cpython"]) >= {"seq", "threads", "procs"}, f"{name} {eid}: CPython modes")
        modes = set()
        for sw in e["sweeps"]:
            m = sw.get("mode", e.get("mode"))
            modes |= set(m if isinstance(m, list) else [m])
        expect(modes >= {"seq", "threads", "procs"}, f"{name} {eid}: modes {modes}")
    procs = [sw for sw in exps["E2"]["sweeps"] if sw["mode"] == "procs"]
    entries = {sw["entry"] for sw in exps["E2"]["sweeps"]}
    expect({sw["entry"] for sw in procs} == entries, f"{name} E2: procs for every entry")
    expect(all({1, 5} <= set(sw["workers"]) and max(sw["workers"]) <= 5 for sw in procs),
           f"{name} E2: procs at N = 1 … 5 only: {procs}")

if not shutil.which("python3"):
    hlib.skip("no python3: there are no CPython reference runs")

# --- one block for both interpreters and every mode; the report judges them ---
d = hlib.out("fidsuite")
os.makedirs(d)
with open(os.path.join(d, "w.py"), "w", encoding="utf-8") as f:
    f.write("def ok(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n")
suite = {
    "schema": "gilbench-suite/1", "name": "fidsuite", "description": "fidelity's blocks",
    "defaults": {"reps": 3, "warmup": 0, "gil": "new", "switch_interval": 0.005,
                 "check_interval": 100, "pin": "cores", "timeout_s": 60},
    "experiments": [
        {"id": "E5", "workload": "w.py", "entry": "ok", "args": [20000],
         "cpython": ["seq", "threads", "procs"],
         "sweeps": [{"mode": ["seq", "threads", "procs"], "workers": [1, 2]}]},
    ],
}
sj = os.path.join(d, "s.json")
with open(sj, "w", encoding="utf-8") as f:
    json.dump(suite, f)
out = os.path.join(d, "out")
p = hlib.gilbench("suite", sj, "--out", out, "--no-preflight", timeout=300)
expect(p.returncode == 0, "the suite runs", p)
runs = hlib.results(os.path.join(out, "results.json"))["runs"]
expect(len(runs) == 12, f"2 interpreters × 3 modes × 2 worker counts: {len(runs)} runs")
blocks = {r["block"] for r in runs}
expect(len(blocks) == 1 and None not in blocks, f"one block: {blocks}")
with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
    md = f.read()
rows = [l for l in md.split("## Fidelity")[1].split("## Machine")[0].splitlines()
        if l.startswith("| E5 |")]
expect(len(rows) == 2, f"a row per worker count: {rows}")
for r in rows:
    cells = [c.strip() for c in r.strip("|").split("|")]
    expect(cells[2] != "–" and cells[3] != "–" and "(unpaired)" not in cells[4] and
           cells[5].split(":")[0] in ("within ±10%", "outside ±10%", "inconclusive") and
           "no CPython run" not in cells[5] and "no procs run" not in cells[5],
           f"both ratios, paired, judged: {cells}")
print("ok")
