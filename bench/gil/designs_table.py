#!/usr/bin/env python3
"""designs_table.py RESULTS.json [MORE.json ...] — README's GIL-design table
from a run of bench/gil_designs.json: per design, E3's lost updates (no
lock), E8's I/O ops/s alone and beside two CPU threads, and E9's time of two
CPU-bound threads spread over the cores against pinned to one core (all
medians of the first run, so the ratios compare runs measured side by side).
Further runs add the range of each ratio over all the runs given."""
import json
import statistics
import sys

DESIGNS = ["new", "legacy", "none", "fifo", "priority", "fair"]


def results(run):
    return [w["result"] for s in run["samples"] for w in s["workers"]]


def load(path):
    return [r for r in json.load(open(path))["runs"] if r["status"] == "ok"]


def finder(runs):
    def find(exp, gil, **kw):
        for r in runs:
            if r["experiment"] != exp or r["gil"] != gil:
                continue
            if all(str(r.get(k)) == str(v) if k != "k" else str(r["args"][1]) == str(v)
                   for k, v in kw.items()):
                return r
        return None
    return find


def ratios(find, g):
    """E8's k=2 / k=0 rate and E9's 2 cores / 1 core time, or None."""
    a, b = find("E8", g, k=0), find("E8", g, k=2)
    c1, c2 = find("E9", g, mode="threads", pin="core:0"), find("E9", g, mode="threads",
                                                                pin="cores")
    e8 = statistics.median(results(b)) / statistics.median(results(a)) if a and b else None
    e9 = c2["stats"]["median"] / c1["stats"]["median"] if c1 and c2 else None
    return e8, e9


def span(xs, fmt):
    xs = [x for x in xs if x is not None]
    return " (%s–%s)" % (fmt % min(xs), fmt % max(xs)) if len(xs) > 1 else ""


def main(paths):
    find = finder(load(paths[0]))
    others = [finder(load(p)) for p in paths[1:]]
    print("| design | E3 lost updates of 2 000 000 (median [min, max]) "
          "| E8 I/O ops/s alone | beside 2 CPU threads | ratio "
          "| E9 2 threads, 2 cores / 1 core |")
    print("|---|---:|---:|---:|---:|---:|")
    for g in DESIGNS:
        row = ["`%s`" % g]
        r = find("E3", g)
        if r:
            xs = results(r)
            row.append("%.0f [%.0f, %.0f]" % (statistics.median(xs), min(xs), max(xs)))
        else:
            row.append("–")
        all_r = [ratios(f, g) for f in [find] + others]
        a, b = find("E8", g, k=0), find("E8", g, k=2)
        if a and b:
            ra, rb = statistics.median(results(a)), statistics.median(results(b))
            row += ["%.0f" % ra, "%.0f" % rb,
                    "%.2g×%s" % (rb / ra, span([r[0] for r in all_r], "%.2g"))]
        else:
            row += ["–", "–", "–"]
        e9 = all_r[0][1]
        row.append("%.2f×%s" % (e9, span([r[1] for r in all_r], "%.2f")) if e9 else "–")
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
