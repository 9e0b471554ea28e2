"""E14's priority check (harness/analysis/e14.c) on the committed reference
run, edited so the expected text is known: the rate alone is k=0 pooled
over every gilpy line of the same rounds; where gil=none, with no GIL at
all, does less than that at k, half of gil=none's rate is the bound; and a
line that keeps the convoy (gil=new's numbers put in priority's place)
still fails it. Ruby far off fifo gets the note on barging that fits its
version (fifo barges as Ruby <= 3.2 does; 3.3 hands over directly)."""
import copy
import json
import os
import re
import statistics

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    base = json.load(f)
# the quick suite measures gil=none; without its line there is no ceiling,
# the first case below; the second adds a gil=none line of known rates
base["runs"] = [r for r in base["runs"] if not (r["experiment"] == "E14" and r["gil"] == "none")]


def report(doc, name):
    md = hlib.report_md(doc, name)
    return md[md.index("## E14"):]


def e14(doc, gil, k, si=0.005, interp="gilpy"):
    for r in doc["runs"]:
        if (r["experiment"] == "E14" and r["gil"] == gil and float(r["args"][1]) == k
                and r["interpreter"] == interp and abs(r["switch_interval"] - si) < 1e-9):
            return r
    raise AssertionError(f"no E14 run {gil} {si} k={k}")


def rates(r):
    return [float(re.match(r"io=([\d.]+)", w["result"]).group(1))
            for s in r["samples"] for w in s["workers"]]


def set_rate(r, io):
    for s in r["samples"]:
        for w in s["workers"]:
            w["result"] = f"io={io:.3f} cpu=100000.000 share="


def check(md, k):
    m = re.search(rf"^- (\*\*fail:\*\*|pass:|unsure:) priority, 5 ms, k={k}: (\d+) I/O ops/s "
                  rf"≥ half (the rate alone|gil=none's rate at k={k}) \((\d+)\)$", md, re.M)
    expect(m is not None, f"priority's k={k} check in:\n{md}")
    return m.group(1).strip("*: "), int(m.group(2)), m.group(3), int(m.group(4))


# no gil=none line, so the bound is half the pooled rate alone
alone = [v for r in base["runs"] if r["experiment"] == "E14" and r["interpreter"] == "gilpy"
         and float(r["args"][1]) == 0 for v in rates(r)]
md = report(base, "e14_ref")
m = re.search(r"are pooled: (\d+) \[\d+, \d+\] ops/s over (\d+) samples", md)
expect(m is not None, "the pooled rate alone is printed")
expect(int(m.group(2)) == len(alone), f"{m.group(2)} samples pooled, {len(alone)} measured")
expect(abs(int(m.group(1)) - statistics.median(alone)) <= 1,
       f"pooled {m.group(1)}, the median of every gilpy k=0 sample {statistics.median(alone)}")
verdict, io, what, bound = check(md, 4)
expect(what == "the rate alone" and abs(bound - statistics.median(alone) / 2) <= 1,
       f"bound {bound} is half the pooled rate alone")
expect("No gil=none line was measured" in md, "says there is no ceiling measured")

# gil=none measured in the same rounds, below the rate alone at k=4: the
# bound, set so that the reference's priority rate clears it (1.5x)
prio = round(statistics.median(rates(e14(base, "priority", 4))))
none4 = 2 * round(prio * 0.75)
expect(none4 < statistics.median(alone), f"gil=none's {none4} below the rate alone")
doc = copy.deepcopy(base)
for k, io in ((0, statistics.median(alone)), (4, float(none4))):
    r = copy.deepcopy(e14(doc, "priority", k))
    r["gil"] = "none"
    set_rate(r, io)
    doc["runs"].append(r)
md = report(doc, "e14_none")
verdict, io, what, bound = check(md, 4)
expect(what == "gil=none's rate at k=4" and bound == none4 // 2, f"bound {what} {bound}")
expect(verdict == "pass" and io == prio, f"priority's {io} against {none4 // 2}: {verdict}")
expect(f"k=4: {none4} (gil=none's)" in md, "the allowed rate at k=4 is printed as gil=none's")

# a design that keeps the convoy fails the same bound
set_rate(e14(doc, "priority", 4), statistics.median(rates(e14(base, "new", 4))))
verdict, io, what, bound = check(report(doc, "e14_convoy"), 4)
expect(verdict == "fail" and bound == none4 // 2,
       f"gil=new's {io} ops/s in priority's place: {verdict}")
# Ruby far off fifo at 100 ms: a Ruby <= 3.2 barges as fifo does, so the
# note names the scheduler; a Ruby 3.3 far slower than fifo does not barge
both = "both convoys break up by amounts the scheduler decides"
direct = "Ruby ≥ 3.3 hands the GVL over directly"
ruby = e14(base, "fifo", 4, si=0.1, interp="ruby-3.1.2")
doc = copy.deepcopy(base)
fifo = statistics.median(rates(e14(base, "fifo", 4, si=0.1)))
set_rate(e14(doc, "fifo", 4, si=0.1, interp="ruby-3.1.2"), fifo)
md = report(doc, "e14_ruby_match")
expect("fifo models Ruby's convoy" in md and both not in md and direct not in md,
       f"no note where fifo models Ruby (both at {fifo} ops/s):\n{md}")
doc = copy.deepcopy(base)
set_rate(e14(doc, "fifo", 4, si=0.1, interp="ruby-3.1.2"), 150.0)
md = report(doc, "e14_ruby_barged")
expect("fifo does not model Ruby's convoy" in md and both in md and direct not in md,
       f"Ruby 3.1 at 150 ops/s against fifo's 2.5 is explained:\n{md}")
for r in doc["runs"]:
    if r["interpreter"] == ruby["interpreter"]:
        r["interpreter"] = "ruby-3.3.0"
md = report(doc, "e14_ruby33")
expect("fifo does not model Ruby's convoy" in md and both not in md and direct not in md,
       "Ruby 3.3 far faster than fifo: neither barging note fits")
set_rate(e14(doc, "fifo", 4, si=0.1, interp="ruby-3.3.0"), 0.5)
md = report(doc, "e14_ruby33_slow")
expect("fifo does not model Ruby's convoy" in md and direct in md and both not in md,
       f"Ruby 3.3 far slower than fifo: its direct hand-off is named:\n{md}")
print("e14_verdict: ok")
