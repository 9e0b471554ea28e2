"""E7's gil=new slope (harness/analysis/analysis.c) leaves out the switch
intervals a run held fewer than four of, and says so. The reference run's
gil=new runs are long enough for every interval; with the intervals
stretched so that only the longest outlasts a quarter of its run, that one
is left out and named; stretched so that only the shortest fits, no slope
is left from 1 ms up, and an unsure check keeps E7 from reading
reproduced on legacy's checks alone."""
import copy
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


def stretched(factor):
    d = copy.deepcopy(doc)
    for r in d["runs"]:
        if r["experiment"] == "E7" and r["gil"] == "new":
            r["switch_interval"] *= factor
    return d


new = [r for r in doc["runs"] if r["experiment"] == "E7" and r["gil"] == "new"]
longest = max(s["wall_s"] for r in new for s in r["samples"])
shortest = min(s["wall_s"] for r in new for s in r["samples"])
expect(max(r["switch_interval"] for r in new) * 4 < shortest,
       "the reference's runs hold every interval at least 4 times")

md = e7(hlib.report_md(doc, "e7_ref"))
expect("Left out of the slope" not in md, f"the reference leaves nothing out:\n{md}")
expect("## E7 switch-interval — reproduced" in md, "the reference reproduces E7")

# 20 ms becomes half the longest run, 5 ms an eighth: only the former is left out
md = e7(hlib.report_md(stretched(longest / 2 / 0.020), "e7_one"))
m = re.search(r"^Left out of the slope: ([^—]+) — the run \(at most [\d.]+ ms\) held fewer "
              r"than 4", md, re.M)
expect(m is not None and m.group(1).count(" ms") == 1,
       f"the longest interval alone is left out, said:\n{md}")
expect("## E7 switch-interval — reproduced" in md, f"the rest still gives the slope:\n{md}")

# 1 ms becomes half the longest run: only 0.1 ms is held, below the slope's 1 ms
md = e7(hlib.report_md(stretched(longest / 2 / 0.001), "e7_long"))
m = re.search(r"^Left out of the slope: ([^—]+) —", md, re.M)
expect(m is not None and m.group(1).count(" ms") == 3, f"the long intervals are named:\n{md}")
expect("- unsure: gil=new hand-offs/s: no slope, too few intervals held by their runs" in md,
       f"no slope is an unsure check:\n{md}")
expect("## E7 switch-interval — inconclusive" in md, f"not reproduced on legacy alone:\n{md}")
print("e7_short: ok")
