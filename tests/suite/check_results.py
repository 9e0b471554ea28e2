#!/usr/bin/env python3
"""Checks a gilbench results file against the parts of results/SCHEMA.md the
suite relies on; prints what is wrong and exits 1, or exits 0.
usage: check_results.py RESULTS.json [EXPERIMENT ...]   (each must have ok runs)"""
import json
import math
import sys


def fail(msg):
    print(f"check_results: {msg}", file=sys.stderr)
    sys.exit(1)


def check_blocks(runs):
    """Every speedup is paired: each run was measured in rounds with its baseline."""
    for r in runs:
        sp = r.get("speedup")
        if sp is not None and sp.get("method") != "paired":
            fail(f"{r['experiment']} {r['mode']} n={r['workers']}: speedup {sp.get('method')}")


def check_calibrated(runs):
    """Runs with a {calibrated} argument carry the one value of their experiment
    and interpreter: every mode's tasks did the same work."""
    seen = {}
    for r in runs:
        if "{calibrated}" not in r["args"]:
            continue
        v = r.get("calibrated")
        if not (isinstance(v, float) and v > 0):
            fail(f"{r['experiment']} {r['mode']}: calibrated is {v!r}")
        if seen.setdefault((r["experiment"], r["interpreter"]), v) != v:
            fail(f"{r['experiment']}: two calibrations in one interpreter")


def main():
    if len(sys.argv) < 2:
        fail("usage: check_results.py RESULTS.json [EXPERIMENT ...]")
    with open(sys.argv[1]) as f:
        doc = json.load(f)
    if doc.get("schema") != "gilbench-result/1":
        fail(f"schema is {doc.get('schema')!r}")
    for key in ("tool", "machine", "started", "finished", "runs"):
        if key not in doc:
            fail(f"no {key!r}")
    topo = doc["machine"].get("topology", {})
    if not isinstance(topo.get("cores"), int) or topo["cores"] < 1:
        fail("machine.topology.cores is not a positive integer")
    runs = doc["runs"]
    if not runs:
        fail("no runs")
    for i, r in enumerate(runs):
        where = f"run {i} ({r.get('experiment')} {r.get('mode')} n={r.get('workers')})"
        for key in ("experiment", "workload", "entry", "args", "mode", "workers", "gil",
                    "switch_interval", "check_interval", "pin", "interpreter", "samples",
                    "stats", "status"):
            if key not in r:
                fail(f"{where}: no {key!r}")
        if r["status"] != "ok":
            fail(f"{where}: status {r['status']}: {r.get('error')}")
        if r["mode"] not in ("seq", "threads", "subinterp", "procs"):
            fail(f"{where}: mode {r['mode']!r}")
        if len(r["samples"]) != r.get("reps", len(r["samples"])):
            fail(f"{where}: {len(r['samples'])} samples for {r.get('reps')} reps")
        for s in r["samples"]:
            if not (isinstance(s.get("wall_s"), float) and s["wall_s"] > 0):
                fail(f"{where}: a sample's wall_s is {s.get('wall_s')!r}")
        st = r["stats"]
        lo, hi = st["ci95"]
        if not (lo <= st["median"] <= hi and math.isfinite(st["median"])):
            fail(f"{where}: median {st['median']} outside its interval [{lo}, {hi}]")
        if r["mode"] != "seq" and r.get("speedup") is not None:
            sp = r["speedup"]
            if not (sp["ci95"][0] <= sp["value"] <= sp["ci95"][1]):
                fail(f"{where}: speedup outside its interval")
    check_blocks(runs)
    check_calibrated(runs)
    for exp in sys.argv[2:]:
        if not any(r["experiment"] == exp for r in runs):
            fail(f"no runs of {exp}")
    print(f"check_results: {sys.argv[1]}: {len(runs)} runs ok")


if __name__ == "__main__":
    main()
