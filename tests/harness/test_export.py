"""gilbench export: one data file per experiment and a samples file, with
the documented columns, as TSV and CSV."""
import csv
import os

import hlib
from hlib import expect

js = hlib.out("exp.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 3, "--experiment", "E1 cpu,scaling", "-q", "--json", js)
expect(p.returncode == 0, "run", p)
cols = ("experiment workload mode workers gil switch_interval check_interval pin median ci_lo "
        "ci_hi speedup speedup_lo speedup_hi cv status").split()
scols = cols[:8] + "rep wall_s cpu_s ctx_voluntary ctx_involuntary status".split()
for fmt, delim in (("tsv", "\t"), ("csv", ",")):
    d = hlib.out(f"export-{fmt}")
    p = hlib.gilbench("export", js, "--format", fmt, "--out", d)
    expect(p.returncode == 0, f"{fmt}: exit", p)
    name = "E1_cpu_scaling"
    with open(os.path.join(d, f"{name}.{fmt}"), newline="") as f:
        rows = list(csv.reader(f, delimiter=delim))
    expect(rows[0] == cols, f"{fmt}: columns {rows[0]}")
    expect(len(rows) == 3, f"{fmt}: one row per run, got {len(rows) - 1}")
    expect(rows[1][0] == "E1 cpu,scaling" and rows[1][2] == "seq" and rows[2][2] == "threads",
           f"{fmt}: rows {rows[1:]}")
    expect(rows[1][11] == "NaN" and float(rows[2][11]) > 0, f"{fmt}: speedup column")
    with open(os.path.join(d, f"{name}.samples.{fmt}"), newline="") as f:
        srows = list(csv.reader(f, delimiter=delim))
    expect(srows[0] == scols and len(srows) == 7, f"{fmt}: samples {srows[:2]} ({len(srows)})")
    expect(p.stdout.split() == [os.path.join(d, f"{name}.{fmt}"),
                                os.path.join(d, f"{name}.samples.{fmt}")], "prints the files", p)
print("ok")
