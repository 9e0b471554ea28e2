"""E7's gil=new slope (harness/analysis/analysis.c) leaves out the switch
intervals a run held fewer than four of, and says so: the reference run's
35 ms runs leave out 20 ms; with every interval 20x longer (the same
rates) all but 0.1 ms are left out, no slope is left from 1 ms up, and an
unsure check keeps E7 from reading reproduced on legacy's checks alone."""
import json
import os
import re

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    doc = json.load(f)


def e7(md):
    return md[md.index("## E7"):md.index("## E8")]


md = e7(hlib.report_md(doc, "e7_ref"))
expect(re.search(r"^Left out of the slope: 20 ms — the run \(at most 34\.7 ms\) held fewer "
                 r"than 4", md, re.M), f"the reference's 20 ms is left out, said:\n{md}")
expect("## E7 switch-interval — reproduced" in md, "the rest still gives the slope")

for r in doc["runs"]:
    if r["experiment"] == "E7" and r["gil"] == "new":
        r["switch_interval"] *= 20
md = e7(hlib.report_md(doc, "e7_long"))
expect("Left out of the slope: 20 ms, 100 ms, 400 ms" in md, f"the long intervals are named:\n{md}")
expect("- unsure: gil=new hand-offs/s: no slope, too few intervals held by their runs" in md,
       f"no slope is an unsure check:\n{md}")
expect("## E7 switch-interval — inconclusive" in md, f"not reproduced on legacy alone:\n{md}")
print("e7_short: ok")
