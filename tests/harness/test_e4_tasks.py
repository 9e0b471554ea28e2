"""E4 with two tasks (harness/analysis/analysis.c): the committed reference
run's squares() runs (its own bodies() runs dropped), copied as a bodies()
task whose gil=none one-thread
time is 4.6x gil=new's and whose threads do not scale (what class-heavy
code measured in December 2026), get their own table, overhead line,
scaling checks and derived number, and the verdict turns on them; the
squares() task keeps its numbers and its "overhead_pct" key."""
import copy
import json
import os
import re

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    doc = json.load(f)

doc["runs"] = [r for r in doc["runs"] if r.get("entry") != "bodies"]
with open(os.path.join(hlib.ROOT, "results", "reference", "data", "summary.tsv"),
          encoding="utf-8") as f:
    sq = next(float(ln.split("\t")[2]) for ln in f if ln.startswith("E4\toverhead_pct\t"))
bo = ((1 + sq / 100) * 4.6 - 1) * 100  # bodies(): 4.6x squares()' paired ratios

bodies = []
for r in doc["runs"]:
    if r["experiment"] != "E4":
        continue
    b = copy.deepcopy(r)
    b["entry"], b["args"], b["block"] = "bodies", ["2000"], r["block"] + "-bodies"
    if b["gil"] == "none" and b["mode"] == "seq":
        for s in b["samples"]:
            s["wall_s"] *= 4.6
        st = b["stats"]
        for k in ("min", "median", "mean", "stddev"):
            st[k] *= 4.6
        st["ci95"] = [x * 4.6 for x in st["ci95"]]
    if b["gil"] == "none" and b["mode"] == "threads" and b["workers"] > 1:
        b["speedup"] = dict(b["speedup"], value=0.45, ci95=[0.44, 0.46])
    bodies.append(b)
doc["runs"] += bodies

md = hlib.report_md(doc, "e4_tasks")
e4 = md[md.index("## E4"):md.index("## E5")]
expect("`squares()`:" in e4 and "`bodies()`:" in e4, f"a table per task:\n{e4}")
expect(f"overhead of gil=none over gil=new, `squares()` (reported, not checked): **{sq:+.1f}%**"
       in e4, f"squares()' overhead as before:\n{e4}")
m = re.search(r"overhead of gil=none over gil=new, `bodies\(\)` \(reported, not checked\): "
              r"\*\*\+([\d.]+)%\*\* .*paired by round", e4)
expect(m is not None and abs(float(m.group(1)) - bo) < 1.5,
       f"bodies()' overhead, 4.6x squares()' paired ratios:\n{e4}")
expect("- **fail:** bodies(), threads gil=none, N=2: speedup 0.45× [0.44, 0.46]" in e4,
       f"bodies()' threads are checked as squares()' are:\n{e4}")
expect("## E4 free-threading — not reproduced" in e4, "the verdict turns on bodies()")
row = next(ln for ln in md.splitlines() if ln.startswith("| E4 "))
expect(f"squares() {sq:+.0f}%, bodies() {bo:+.0f}%" in row and "bodies() threads 0.45×" in row,
       f"the verdict table shows bodies()' numbers: {row}")

d = hlib.out("e4_tasks")
with open(os.path.join(d, "data", "summary.tsv"), encoding="utf-8") as f:
    keys = {tuple(ln.split("\t")[:2]): float(ln.split("\t")[2]) for ln in f.read().splitlines()[1:]}
expect(abs(keys[("E4", "overhead_pct")] - sq) < 0.01, f"squares() keeps overhead_pct: {keys}")
expect(abs(keys[("E4", "overhead_pct_bodies")] - bo) < 1.5, f"bodies()' own key: {keys}")
print("e4_tasks: ok")
