#!/usr/bin/env python3
"""designs_table.py RESULTS.json — README's GIL-design table from a run of
bench/gil_designs.json: per design, E3's lost updates (no lock), E8's I/O
ops/s alone and beside two CPU threads, and E9's time of two CPU-bound
threads spread over the cores against pinned to one core (all medians of one
run, so the ratios compare runs measured side by side)."""
import json
import statistics
import sys

DESIGNS = ["new", "legacy", "none", "fifo", "priority", "fair"]


def results(run):
    return [w["result"] for s in run["samples"] for w in s["workers"]]


def main(path):
    runs = [r for r in json.load(open(path))["runs"] if r["status"] == "ok"]

    def find(exp, gil, **kw):
        for r in runs:
            if r["experiment"] != exp or r["gil"] != gil:
                continue
            if all(str(r.get(k)) == str(v) if k != "k" else str(r["args"][1]) == str(v)
                   for k, v in kw.items()):
                return r
        return None

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
        a, b = find("E8", g, k=0), find("E8", g, k=2)
        if a and b:
            ra, rb = statistics.median(results(a)), statistics.median(results(b))
            row += ["%.0f" % ra, "%.0f" % rb, "%.3g×" % (rb / ra)]
        else:
            row += ["–", "–", "–"]
        c1, c2 = find("E9", g, mode="threads", pin="core:0"), find("E9", g, mode="threads",
                                                                    pin="cores")
        if c1 and c2:
            row.append("%.2f×" % (c2["stats"]["median"] / c1["stats"]["median"]))
        else:
            row.append("–")
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
