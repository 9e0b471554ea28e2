"""What the report and compare make of a results file whose numbers are set
here (the committed reference run, edited), so the expected text is known:
- the verdict table opens report.md: one row per experiment with the
  verdict its section gives and the number it turns on, CPython beside;
- the summary says when a speedup is not its printed times' ratio;
- E12's break-even is interpolated between the measured task lengths, or
  said to lie beyond (or below) them;
- E3 explains a loss of exactly one thread's increments;
- a run that did not finish keeps its experiment from "reproduced";
- compare: a legend names A, B, C; the columns carry the letters; E7's rows
  show the switch and check intervals, so no two rows read alike; runs only
  one file has are counted and listed per file; different suites are said to
  be; the TSV header carries the files' labels."""
import copy
import json
import os
import re

import hlib
from hlib import expect

REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "results",
                   "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    base = json.load(f)


write = hlib.write_results


def report(doc, name):
    d, path = write(doc, name)
    p = hlib.gilbench("report", path, "--out", d)
    expect(p.returncode == 0, "report", p)
    with open(os.path.join(d, "report.md"), encoding="utf-8") as f:
        return f.read()


# --- the verdict table ---
md = report(base, "verdicts")
lines = md.splitlines()
head = lines.index("| experiment | claim | verdict | deciding number | gilpy | CPython |")
expect(head < lines.index("## Summary"), "the verdict table comes before the summary")
rows = []
for l in lines[head + 2:]:
    if not l.startswith("|"):
        break
    rows.append([c.strip() for c in l.strip("|").split("|")])
sections = re.findall(r"^## (E\d+) (.+?) — (.+)$", md, re.M)
expect([r[0] for r in rows] == [f"{e} {t}" for e, t, _ in sections],
       f"one row per experiment, in order: {[r[0] for r in rows]}")
expect([r[2] for r in rows] == [v for _, _, v in sections], "each row's verdict is its section's")
byid = {r[0].split()[0]: r for r in rows}


def e1_threads2(cpython):
    """The reference's E1 threads speedup at N=2, as the table prints it."""
    for r in base["runs"]:
        if (r["experiment"] == "E1" and r["mode"] == "threads" and r["workers"] == 2 and
                r["entry"] == "squares" and
                r.get("interpreter", "gilpy").startswith("cpython") == cpython):
            return f"{r['speedup']['value']:.2f}×"
    return None


expect(byid["E1"][3] == "threads speedup, N=2" and
       byid["E1"][4].startswith(e1_threads2(False)) and
       byid["E1"][5].startswith(e1_threads2(True)), f"E1: gilpy beside CPython {byid['E1']}")
e8 = re.search(r"^\| new, 5 ms \| [^|]+ \| (\d+) \[", md.split("## E8 ")[1], re.M)
e8_top = re.match(r"([\d.]+) ops/s", byid["E8"][4])  # 2 decimals below 100
expect(e8 and e8_top and round(float(e8_top.group(1))) == int(e8.group(1)),
       f"E8's number is its table's gil=new, 5 ms, k=1 rate {byid['E8']}")
expect(byid["E3"][4] == "0" and byid["E3"][5] == "0", f"E3's count {byid['E3']}")

# --- the summary: a paired speedup that the printed medians do not give ---
doc = copy.deepcopy(base)
for r in doc["runs"]:
    if (r["experiment"] == "E1" and r["mode"] == "threads" and r["workers"] == 2 and
            r["entry"] == "squares" and r.get("interpreter", "gilpy") == "gilpy"):
        r["speedup"]["value"] = 1.5
summary = report(doc, "summary").split("## Machine")[0]
t2 = re.search(r"^Threading:       ([\d.]+s) \(1\.0x\)$", md, re.M)  # the reference's E1
expect(t2 is not None, "the reference's summary prints E1's threads at 1.0x")
expect(f"Threading:       {t2.group(1)} (1.5x)" in summary and
       "Threading: 1.5x is the median of the per-round speedups (the runs were measured in rounds "
       "together); the medians printed above divide to 1.0x." in summary,
       "the summary says how a speedup that differs from its times' ratio is computed")
base_notes = md.split("## Machine")[0].count("the medians printed above divide to")
expect(summary.count("the medians printed above divide to") == base_notes + 1,
       "a note only where they differ")

# --- E3: a whole thread's increments lost ---
doc = copy.deepcopy(base)
for r in doc["runs"]:
    if r["experiment"] == "E3" and r["gil"] == "legacy" and str(r["args"][2]) == "0":
        for smp in r["samples"]:
            smp["workers"][0]["result"] = 1000000
expect("legacy lost exactly 1000000 updates, one thread's whole work" in report(doc, "e3"),
       "E3 explains a loss of one thread's increments")

# --- a run that did not finish: its experiment is not reproduced without it ---
done = next(e for e, _, v in sections if v == "reproduced")
doc = copy.deepcopy(base)
run = next(r for r in doc["runs"] if r["experiment"] == done)
run["status"], run["error"] = "timeout", "timeout after 9 s (worker threads interrupted)"
md2 = report(doc, "unfinished")
expect(re.search(rf"^## {done} .+? — inconclusive$", md2, re.M),
       f"{done} with a run that timed out is inconclusive")
expect(f"1 run did not finish (the first, gil={run['gil']} timeout: timeout after 9 s" in md2,
       f"{done}: the unsure check names the run")


# --- E12: the break-even ---
def e12(doc, times):
    """Sets E12's gilpy median times: {task µs: (threads s, procs s)}; no start-up."""
    doc = copy.deepcopy(doc)
    for r in doc["runs"]:
        if r["experiment"] != "E12" or r.get("interpreter", "gilpy").startswith("cpython"):
            continue
        r.pop("startup_s", None)
        us = 0.0 if r["entry"] == "empty" else float(r["args"][0])
        if us in times:
            t = times[us][0 if r["mode"] == "threads" else 1]
            for smp in r["samples"]:
                smp["wall_s"] = t
            hlib.restat(r)
            r["stats"]["ci95"] = [t, t]
    return doc


def breakeven(md):
    return [l for l in md.splitlines() if l.startswith("Break-even, gilpy")]


# threads - procs: -1 ms at 10 µs, +3 ms at 1000 µs: zero a quarter of the way
doc = e12(base, {10.0: (0.001, 0.002), 1000.0: (0.005, 0.002), 100000.0: (0.2, 0.1)})
got = breakeven(report(doc, "e12-between"))
want = (f"Break-even, gilpy: processes start to win at tasks of about **{10 + 990 / 4:.0f} µs** "
        "(interpolated between the measured 10 µs, where threads won, and 1000 µs).")
expect(got == [want], f"interpolated break-even: {got}")
doc = e12(base, {10.0: (0.001, 0.002), 1000.0: (0.002, 0.003), 100000.0: (0.1, 0.2)})
got = breakeven(report(doc, "e12-beyond"))
expect(got == ["Break-even, gilpy: beyond the largest measured task (100000 µs): threads won at "
               "every size."], f"beyond: {got}")
doc = e12(base, {10.0: (0.003, 0.002), 1000.0: (0.005, 0.002), 100000.0: (0.2, 0.1)})
got = breakeven(report(doc, "e12-below"))
expect(got == ["Break-even, gilpy: below the smallest measured task (10 µs): processes won at "
               "every size."], f"below: {got}")

# --- compare ---
b = copy.deepcopy(base)
b["runs"] = [r for r in b["runs"] if r["experiment"] == "E7"]
b["machine"]["hostname"] = "other"
extra = copy.deepcopy(b["runs"][0])
extra["switch_interval"] = 0.05
b["runs"].append(extra)
_, pa = write(base, "cmp-a")
_, pb = write(b, "cmp-b")
tsv = hlib.out("cmp.tsv")
p = hlib.gilbench("compare", pa, pb, "--tsv", tsv)
expect(p.returncode == 0, "compare", p)
out = p.stdout
expect(f"[A] vm (2 cores)  ({pa})" in out and f"[B] other (2 cores)  ({pb})" in out,
       "the legend names A and B", p)
table = out[:out.index("runs matched")]
expect("A: measured" in table and "B: speedup" in table, "the columns carry the letters", p)
e7 = [l.split("  ")[0] for l in table.splitlines() if l.startswith("E7 ")]
expect(len(e7) == 8 and len(set(e7)) == 8, f"E7's rows read differently: {e7}", p)
expect(any("si=0.1ms" in l for l in e7) and any("ci=10000" in l for l in e7),
       f"E7's rows show both intervals: {e7}")
expect("The files hold different runs" in out and
       f"A: {len(base['runs'])} runs of E1, E2" in out and f"B: {len(b['runs'])} runs of E7" in out,
       "different suites are said to be", p)
m = re.search(r"^A \(.*\): (\d+) runs no other file has:$", out, re.M)
e7_runs = sum(1 for r in base["runs"] if r["experiment"] == "E7")  # B has each of them
expect(m and int(m.group(1)) == len(base["runs"]) - e7_runs, "A's unmatched runs counted", p)
m = re.search(r"^B \(.*\): 1 run no other file has:\n  (.*)$", out, re.M)
expect(m and "si=50ms" in m.group(1), "B's unmatched run listed with its interval", p)
with open(tsv, encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
expect(header[1] == "A: vm (2 cores)" and header[4] == "B: other (2 cores)",
       f"the TSV header carries the labels: {header}")
print("ok")
