"""gilbench export: per experiment a runs file with the documented columns, a
samples file and the GIL timeline of a traced run, then summary and machine
files, as TSV (the default) and CSV; `gilbench report` writes the same data."""
import csv
import filecmp
import math
import os

import hlib
from hlib import expect

js = hlib.out("exp.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 3, "--trace", "--experiment", "E1 cpu,scaling", "-q", "--json", js)
expect(p.returncode == 0, "run", p)
key = ("experiment impl interpreter workload entry mode workers gil switch_interval "
       "check_interval pin latency_ms arg0 arg1 arg2 arg3").split()
cols = key + ("median ci_lo ci_hi speedup speedup_lo speedup_hi cv status result result_lo "
              "result_hi switches_per_s startup_s total efficiency releases_per_s").split()
scols = key + "rep wall_s cpu_s ctx_voluntary ctx_involuntary status".split()
cores = hlib.ncores()
want = str(hlib.sum_squares(20000))


def read(path, delim):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=delim))
    return [dict(zip(rows[0], r)) for r in rows[1:]], rows[0]


for fmt, delim, opts in (("tsv", "\t", ()), ("csv", ",", ("--format", "csv-data"))):
    d = hlib.out(f"export-{fmt}")
    p = hlib.gilbench("export", js, *opts, "--out", d)
    expect(p.returncode == 0, f"{fmt}: exit", p)
    name = "E1_cpu_scaling"  # the experiment's label made safe as a file name
    files = [f"{name}.{fmt}", f"{name}.samples.{fmt}", f"{name}_timeline.{fmt}",
             f"summary.{fmt}", f"runs.{fmt}", "machine.txt"]  # runs: a run file's tasks
    expect(p.stdout.split() == [os.path.join(d, f) for f in files], "prints the files", p)
    expect(sorted(os.listdir(d)) == sorted(files), f"{fmt}: files {os.listdir(d)}")

    rows, head = read(os.path.join(d, files[0]), delim)
    expect(head == cols, f"{fmt}: columns {head}")
    expect(len(rows) == 2, f"{fmt}: one row per run, got {len(rows)}")
    seq, thr = rows
    expect(seq["experiment"] == "E1 cpu,scaling" and seq["mode"] == "seq" and
           thr["mode"] == "threads", f"{fmt}: rows {rows}")
    expect(thr["impl"] == "gilpy" and thr["interpreter"] == "gilpy" and thr["gil"] == "new" and
           thr["workload"] == "small.py" and thr["entry"] == "work" and thr["arg0"] == "20000"
           and thr["arg1"] == "NaN" and thr["workers"] == "2", f"{fmt}: key columns {thr}")
    expect(seq["speedup"] == "NaN" and float(thr["speedup"]) > 0, f"{fmt}: speedup column")
    expect(float(thr["ci_lo"]) <= float(thr["median"]) <= float(thr["ci_hi"]),
           f"{fmt}: time interval {thr}")
    expect(all(r["result"] == r["result_lo"] == r["result_hi"] == want for r in rows),
           f"{fmt}: the workers' result {want}: {rows}")
    eff = float(thr["speedup"]) / min(2, cores)
    expect(math.isclose(float(thr["efficiency"]), eff, rel_tol=1e-6), f"{fmt}: efficiency")
    expect(math.isclose(float(thr["total"]), float(thr["median"]) + float(thr["startup_s"]),
                        rel_tol=1e-6), f"{fmt}: total = median + startup_s")
    expect(float(thr["switches_per_s"]) >= 0 and thr["status"] == "ok", f"{fmt}: {thr}")
    # every hand-off is a take: two threads take the GIL at least once each
    expect(float(thr["releases_per_s"]) >= max(float(thr["switches_per_s"]), 1),
           f"{fmt}: releases_per_s {thr['releases_per_s']} vs switches {thr['switches_per_s']}")

    srows, head = read(os.path.join(d, files[1]), delim)
    expect(head == scols and len(srows) == 6, f"{fmt}: samples {head} ({len(srows)})")
    expect([r["rep"] for r in srows] == ["0", "1", "2"] * 2 and
           [r["mode"] for r in srows] == ["seq"] * 3 + ["threads"] * 3, f"{fmt}: sample rows")
    walls = sorted(float(r["wall_s"]) for r in srows[3:])
    expect(math.isclose(walls[1], float(thr["median"]), rel_tol=1e-6),
           f"{fmt}: the median of the samples is the run's median")

    trows, head = read(os.path.join(d, files[2]), delim)
    expect(head == ["thread", "start_ms", "end_ms", "kind"], f"{fmt}: timeline columns {head}")
    holds = [r for r in trows if r["kind"] == "hold"]
    expect({r["thread"] for r in holds} >= {"1", "2"}, f"{fmt}: both threads hold the GIL")
    expect(all(r["kind"] in ("hold", "wait") and float(r["start_ms"]) <= float(r["end_ms"])
               for r in trows), f"{fmt}: timeline rows {trows[:3]}")

    _, head = read(os.path.join(d, files[3]), delim)
    expect(head == ["experiment", "key", "value", "lo", "hi"], f"{fmt}: summary {head}")
    with open(os.path.join(d, "machine.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    expect(len(lines) == 2 and "cores" in lines[0] and lines[1] == str(cores),
           f"machine.txt {lines}")

# the report's figures read what the export writes
d = hlib.out("report")
p = hlib.gilbench("report", js, "--out", d)
expect(p.returncode == 0 and os.path.exists(os.path.join(d, "report.md")), "report", p)
same = filecmp.dircmp(hlib.out("export-tsv"), os.path.join(d, "data"))
expect(not same.left_only and not same.right_only and not same.diff_files,
       f"report's data differ from the export's: {same.left_only} {same.right_only} "
       f"{same.diff_files}")
print("ok")
