"""The report's fidelity section (gilpy's threads-to-processes ratio against
CPython's, analysis/fidelity.h) on the committed reference run's E1 and E2
runs with their times set here, so the expected verdicts are known:
- the two interpreters' ratios agree round by round: "within ±10%";
- CPython's processes gain nothing where gilpy's double: "outside ±10%",
  and the why names the processes' speedups with both sides' data, down to
  how much longer a process's first task runs than its later ones (from
  seq at its largest N);
- no CPython runs: "inconclusive: no CPython run";
- CPython's runs in other rounds: "inconclusive: not in the same rounds";
- a round that stayed disturbed in one of the four runs' own samples: left
  out while half the rounds remain, else "inconclusive: disturbed rounds";
- E2 rows only up to N = 5, and inconclusive without procs runs;
- export: fidelity.tsv, one row per task and worker count, each side's
  first-task figure as the why gives it."""
import copy
import csv
import json
import os

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    base = json.load(f)
base["runs"] = [r for r in base["runs"] if r["experiment"] in ("E1", "E2") and
                r["entry"] != "squares_mod"]


def cpython(r):
    return r.get("interpreter", "gilpy").startswith("cpython")


def set_walls(doc, walls):
    """E1 at N=2: {(cpython?, mode): [wall per round]}, speedups to match;
    the synthetic rounds are undisturbed, whatever the reference's were."""
    doc = copy.deepcopy(doc)
    runs = {}
    for r in doc["runs"]:
        key = (cpython(r), r["mode"])
        if r["experiment"] == "E1" and r["workers"] == 2 and key in walls:
            for s, w in zip(r["samples"], walls[key]):
                s["wall_s"] = w
                s.pop("disturbed", None)
            hlib.restat(r)
            r["stats"]["ci95"] = [min(walls[key]), max(walls[key])]
            runs[key] = r
    for (cpy, mode), r in runs.items():
        if mode == "seq":
            continue
        per_round = sorted(a / b for a, b in zip(walls[(cpy, "seq")], walls[(cpy, mode)]))
        v = per_round[len(per_round) // 2]
        r["speedup"].update(value=v, ci95=[per_round[0], per_round[-1]])
    return doc


def report(doc, name):
    md = hlib.report_md(doc, name)
    expect("## Fidelity: gilpy against CPython" in md, "the section is there")
    expect("gilpy's threads-to-processes ratio lies within ±10% of CPython's, with both sides "
           "measured in the same rounds" in md, "the rule is stated")
    rows = {}
    for line in md.split("## Fidelity")[1].split("## Machine")[0].splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if line.startswith("| E"):
            rows[(cells[0], int(cells[1]))] = cells
    return rows, hlib.out(name)


n = len(base["runs"][0]["samples"])
seq = [0.200 + 0.004 * k for k in range(n)]  # the machine drifts round by round
thr = [s * 1.01 for s in seq]
half = [s / 2 for s in seq]
triple = lambda xs: [3 * x for x in xs]  # CPython: slower, same shape

# --- the ratios agree: within ---
doc = set_walls(base, {(False, "seq"): seq, (False, "threads"): thr, (False, "procs"): half,
                       (True, "seq"): triple(seq), (True, "threads"): triple(thr),
                       (True, "procs"): triple(half)})
rows, d = report(doc, "fid-within")
e1 = rows[("E1", 2)]
expect(e1[2].startswith("0.50×") and e1[3].startswith("0.50×"), f"both ratios 0.50: {e1}")
expect(e1[4] == "+0.0% [+0.0, +0.0]" and e1[5] == "within ±10%" and e1[6] == "–",
       f"E1, N=2 within: {e1}")

# --- CPython's processes gain nothing: outside, with why ---
doc = set_walls(base, {(False, "seq"): seq, (False, "threads"): thr, (False, "procs"): half,
                       (True, "seq"): triple(seq), (True, "threads"): triple(thr),
                       (True, "procs"): triple(seq)})
for r in doc["runs"]:  # CPython's first task in seq runs 5% of a task's time longer
    if r["experiment"] == "E1" and cpython(r) and r["mode"] == "seq" and r["workers"] == 4:
        for smp in r["samples"]:
            w = smp["workers"]
            for x in w[1:]:
                x["cpu_s"], x["wall_s"] = 0.050, 0.052
            w[0]["cpu_s"] = 0.050 + 0.05 * 0.052
rows, d_outside = report(doc, "fid-outside")
e1 = rows[("E1", 2)]
expect(e1[3].startswith("0.99×") and e1[4] == "-50.0% [-50.0, -50.0]" and e1[5] == "outside ±10%",
       f"E1, N=2 outside: {e1}")
expect(e1[6].startswith("mostly the processes: gilpy 2.00×, cpython-3.11 1.00×; gilpy: seq "
                        "212.0 ms, threads 0.99×, procs 2.00×") and
       "cpython-3.11: seq 636.0 ms, threads 0.99×, procs 1.00×" in e1[6], f"the why gives the data: {e1[6]}")
expect(e1[6].endswith(", first task +5.0%") and e1[6].count("first task") == 2,
       f"each side's first-task cost: {e1[6]}")

# --- no CPython run: inconclusive ---
doc = copy.deepcopy(base)
doc["runs"] = [r for r in doc["runs"] if not cpython(r)]
rows, _ = report(doc, "fid-nocpython")
expect(rows[("E1", 2)][5] == "inconclusive: no CPython run" and rows[("E1", 2)][3] == "–",
       f"no CPython run: {rows[('E1', 2)]}")
expect(all(r[5] == "inconclusive: no CPython run" for r in rows.values()), f"every row: {rows}")

# --- CPython measured in other rounds: inconclusive, the interval unpaired ---
doc = copy.deepcopy(base)
for r in doc["runs"]:
    if r["experiment"] == "E1" and cpython(r):
        r["block"] = "elsewhere"
rows, _ = report(doc, "fid-unpaired")
e1 = rows[("E1", 2)]
expect(e1[4].endswith("(unpaired)") and e1[5] == "inconclusive: not in the same rounds",
       f"unpaired: {e1}")

# --- disturbed rounds: left out while half the rounds remain, else
# inconclusive; the count in the why either way ---
def disturb(rounds, own=True):
    doc = copy.deepcopy(base)
    for r in doc["runs"]:
        if r["experiment"] == "E1" and r["workers"] == 2:
            for smp in r["samples"]:  # the reference's own marks aside
                smp.pop("disturbed", None)
                smp.pop("disturbed_own", None)
            for k in rounds:
                r["samples"][k]["disturbed"] = True
                r["samples"][k]["disturbed_own"] = own
    return doc


rows, _ = report(disturb([1]), "fid-disturbed-one")
e1 = rows[("E1", 2)]
expect("(1 disturbed round left out)" in e1[4] and e1[5] != "inconclusive: disturbed rounds"
       and "2 disturbed samples" in e1[6], f"one disturbed round left out: {e1}")
rows, _ = report(disturb(range(6)), "fid-disturbed")
e1 = rows[("E1", 2)]
expect(e1[5] == "inconclusive: disturbed rounds" and "left out" not in e1[4]
       and "12 disturbed samples" in e1[6], f"disturbed: {e1}")
# the round's mark alone (another run of the block showed it) leaves nothing out
rows, _ = report(disturb([1], own=False), "fid-disturbed-other")
e1 = rows[("E1", 2)]
expect("left out" not in e1[4] and e1[5] != "inconclusive: disturbed rounds",
       f"another run's disturbance: {e1}")

# --- E2: N <= 5 only; measured against its procs runs, inconclusive without ---
e2 = sorted(k for k in rows if k[0].startswith("E2"))
expect(e2 == [("E2 fetch 20 ms", 1), ("E2 fetch 20 ms", 2), ("E2 fetch 20 ms", 5),
              ("E2 sleep 20 ms", 1), ("E2 sleep 20 ms", 5)], f"E2's rows: {e2}")
expect(all(rows[k][5] != "inconclusive: no procs run" for k in e2), "E2 with its procs runs")
doc = copy.deepcopy(base)
doc["runs"] = [r for r in doc["runs"] if not (r["experiment"] == "E2" and r["mode"] == "procs")]
rows, _ = report(doc, "fid-e2-noprocs")
expect(all(rows[k][5] == "inconclusive: no procs run" for k in e2), "E2 without procs")

# --- export: fidelity.tsv ---
with open(os.path.join(d, "data", "fidelity.tsv"), encoding="utf-8") as f:
    got = list(csv.DictReader(f, delimiter="\t"))
e1 = [r for r in got if r["experiment"] == "E1" and r["workers"] == "2"]
expect(len(got) == len(rows) and len(e1) == 1, f"one row per task and N: {got}")
expect(e1[0]["verdict"] == "within ±10%" and abs(float(e1[0]["diff"])) < 1e-9 and
       e1[0]["paired"] == "1" and abs(float(e1[0]["cpython_ratio"]) - 0.495) < 1e-3 and
       abs(float(e1[0]["gilpy_speedup_procs"]) - 2) < 1e-9, f"fidelity.tsv's E1 row: {e1}")
with open(os.path.join(d_outside, "data", "fidelity.tsv"), encoding="utf-8") as f:
    e1 = [r for r in csv.DictReader(f, delimiter="\t")
          if r["experiment"] == "E1" and r["workers"] == "2"]
expect(abs(float(e1[0]["cpython_first_task_extra"]) - 0.05) < 1e-9 and
       abs(float(e1[0]["gilpy_first_task_extra"])) < 0.02,
       f"fidelity.tsv's first-task figures: {e1}")
print("ok")
