"""gilbench compare shows each run by the quantity that decides its
experiment: E14 and E8 by I/O ops/s (a rate: higher is better; E14's time
is only its window), E3 by lost updates, E6 by the median GIL hold, E7 by
GIL hand-offs per second, the rest by time. The reference run against a
copy whose E14 I/O rates are doubled (times unchanged): E14's rows show
both rates, B's marked as differing, and the figure's data puts B's E14
cost at half A's (A's rate over B's), every other experiment at 1."""
import csv
import json
import os
import re

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
doc = json.load(open(REF, encoding="utf-8"))
for r in doc["runs"]:
    if r["experiment"] != "E14":
        continue
    for s in r["samples"]:
        for w in s["workers"]:
            m = re.match(r"io=([\d.]+)(.*)", str(w.get("result", "")), re.S)
            if m:
                w["result"] = "io=%.3f%s" % (2 * float(m.group(1)), m.group(2))
_, doubled = hlib.write_results(doc, "doubled")
tsv = hlib.out("compare.tsv")
p = hlib.gilbench("compare", REF, doubled, "--tsv", tsv)
expect(p.returncode == 0, "compare runs", p)
rows = [l for l in p.stdout.splitlines() if re.match(r"E\d+ ", l)]


def row(prefix):
    hits = [l for l in rows if l.startswith(prefix)]
    expect(hits, f"a row '{prefix}…'", p)
    return hits[0]


num = r"[\d.e+]+"
ruby = row("E14 seq n=1 ruby designs(")
m = re.search(rf"({num}) I/O ops/s \[{num},{num}\]\s+-\s+({num}) I/O ops/s \[{num},{num}\] \*", ruby)
expect(m, f"E14's Ruby row: both files' I/O ops/s, B's marked as differing: {ruby!r}")
expect(abs(float(m.group(2)) / float(m.group(1)) - 2) < 0.02,
       f"B's rate is twice A's: {m.group(1)} and {m.group(2)}")
expect(re.search(r"I/O ops/s \[", row("E8 seq n=1 new convoy(")), "E8 by I/O ops/s")
expect(re.search(r"\d lost \[\d+,\d+\]", row("E3 seq n=1 legacy race(")), "E3 by lost updates")
expect(re.search(r"ms hold \[", row("E6 threads n=3 ")), "E6 by the median GIL hold")
expect(re.search(r"\d hand-offs/s", row("E7 threads n=2 new ")), "E7 by GIL hand-offs/s")
expect(re.search(r"\ds \[|\dms \[", row("E1 threads n=2 new ")), "E1 by its time")
expect("higher is better" in p.stdout, "the legend says rates are higher-is-better")

with open(tsv, encoding="utf-8") as f:
    data = {r[0]: r for r in csv.reader(f, delimiter="\t")}
for exp, r in data.items():
    if exp == "experiment":
        continue
    want = 0.5 if exp == "E14" else 1.0
    expect(abs(float(r[4]) - want) < 1e-3, f"{exp}: B's cost relative to A's {r[4]}, want {want}")
