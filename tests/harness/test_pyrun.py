"""gilbench run --python (harness/engine/pyrun.c): any workload measured on the
real CPython in seq, threads and procs, into the same results schema with
interpreter cpython-3.x, its seq baseline measured in the same rounds and the
speedups paired; subinterp is refused with the reason; and `gilbench report`
of such a file (and of a gilpy one) has the summary and the figure's data."""
import os
import shutil

import hlib
from hlib import expect

if not shutil.which("python3"):
    hlib.skip("no python3: gilbench run --python has no CPython to run")
os.environ["GILBENCH_DRIVER"] = os.path.join(hlib.ROOT, "harness", "engine", "cpython_driver.py")
want = hlib.sum_squares(20000)
for mode in ("threads", "procs"):
    d = hlib.out("pyrun-" + mode)
    os.makedirs(d)
    js = os.path.join(d, "r.json")
    p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", mode, "-n", 2,
                      "--reps", 3, "--python", "--json", js)
    expect(p.returncode == 0, f"run --python {mode}", p)
    runs = hlib.results(js)["runs"]
    expect([r["mode"] for r in runs] == ["seq", mode], f"seq baseline first: {runs}")
    for r in runs:
        expect(r["interpreter"].startswith("cpython-3.") and r["status"] == "ok",
               f"{r['mode']}: {r['interpreter']} {r['status']} {r['error']}")
        expect(len(r["samples"]) == 3 and all(w["result"] == want for s in r["samples"]
                                              for w in s["workers"]), f"{mode}: samples")
    seq, par = runs
    expect(seq["block"] and seq["block"] == par["block"], "the baseline in the same rounds")
    expect(par["speedup"] and par["speedup"]["method"] == "paired", f"speedup {par['speedup']}")
    expect(f"cpython-3." in p.stdout and f"{mode} x2: median" in p.stdout, "summary line", p)
    # the report of that file: the tutorial notes' form, and the figure's data
    p = hlib.gilbench("report", js)
    expect(p.returncode == 0, "report", p)
    with open(os.path.join(d, "report.md"), encoding="utf-8") as f:
        md = f.read()
    label = "Threading:" if mode == "threads" else "Multiprocessing:"
    expect("## Summary" in md and "Sequential:" in md and label in md and "cpython-3." in md,
           f"summary in report.md:\n{md[:1500]}")
    expect("figures/runs.png" in md, "the figure is linked")
    expect("| experiment |" not in md and "Runs of `gilbench run`" in md,
           f"no empty verdict table for a file with no experiment:\n{md[:600]}")
    with open(os.path.join(d, "data", "runs.tsv"), encoding="utf-8") as f:
        rows = f.read().splitlines()
    expect(rows[0].startswith("task\tmode\tmedian") and len(rows) == 3, f"runs.tsv: {rows}")

# subinterp: the driver has none; said, exit 2, nothing measured
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "--mode", "subinterp", "-n", 2, "--python")
expect(p.returncode == 2 and "subinterp" in p.stderr and "CPython" in p.stderr, "subinterp", p)
# a CPython that is not there
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "--mode", "seq", "-n", 1,
                  "--python=" + os.path.join(hlib.TMP, "no-python"))
expect(p.returncode == 2 and "no such CPython" in p.stderr, "missing python", p)

# a gilpy run file gets the same summary
d = hlib.out("pyrun-gilpy")
os.makedirs(d)
js = os.path.join(d, "r.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 3, "-q", "--json", js)
expect(p.returncode == 0, "gilpy run", p)
p = hlib.gilbench("report", js)
with open(os.path.join(d, "report.md"), encoding="utf-8") as f:
    md = f.read()
expect(p.returncode == 0 and "Threading:" in md and "x2, new" in md, f"gilpy summary:\n{md[:800]}")
print("pyrun: ok")
