"""The report's machine note: when P processes on P cores cannot be shown to
reach E1's 0.9·P, report.md says so with the round-by-round range of the
speedup, the run-queue wait and the steal; when they can, it says nothing.
The walls and speedups are set here (a real run's record, edited), so the
note's numbers are known."""
import json
import os

import hlib
from hlib import expect

P = hlib.ncores()
if P < 2:
    hlib.skip("one core: there is no parallel capacity to describe")

js = hlib.out("cap.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 2000, "--mode", "procs", "-n", P,
                  "--reps", 4, "--experiment", "E1", "-q", "--json", js)
expect(p.returncode == 0, "run", p)
doc = hlib.results(js)
seq, procs = doc["runs"]
expect(seq["mode"] == "seq" and procs["mode"] == "procs" and seq["block"] == procs["block"],
       "a seq and a procs run measured in rounds together")


def report(seq_walls, proc_walls, speedup, lo, hi, steal):
    for r, walls in ((seq, seq_walls), (procs, proc_walls)):
        for s, w in zip(r["samples"], walls):
            s["wall_s"] = w
    procs["speedup"].update(value=speedup, ci95=[lo, hi])
    procs["steal_frac"] = steal
    d = hlib.out(f"cap-{speedup}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "results.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    p = hlib.gilbench("report", path, "--out", d)
    expect(p.returncode == 0, "report", p)
    with open(os.path.join(d, "report.md"), encoding="utf-8") as f:
        return [l for l in f if l.startswith("> **Note.**")]


# two rounds side by side, two one after another: not provably 0.9·P
notes = report([0.2, 0.2, 0.2, 0.2], [0.1, 0.1, 0.2, 0.2 * 4 / 3], 1.25, 1.0, 2.0, 0.031)
expect(len(notes) == 1, f"one note, got {notes}")
n = notes[0]
want = (f"{P} processes on {P} cores ran 1.25× [1.00, 2.00]",
        "Round by round the speedup went from 0.75× to 2.00×.",
        "the hypervisor took 3.1% (steal)")
for w in want:
    expect(w in n, f"the note says {w!r}: {n}")

# all rounds at P×: nothing to say
notes = report([0.2] * 4, [0.2 / P] * 4, float(P), 0.95 * P, float(P), 0.0)
expect(notes == [], f"no note when P processes reach P×: {notes}")
print("report_capacity: 1 passed, 0 failed")
