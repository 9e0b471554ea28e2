"""gilbench export --format csv / markdown: hyperfine's --export-csv columns
(command,mean,stddev,median,user,system,min,max, parameter_*) and its
Markdown table, with the statistics of each run's samples (wall_s)."""
import csv
import io
import statistics

import hlib
from hlib import expect

js = hlib.out("hf-src.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", "20000", "--mode", "procs", "-n", "2",
                  "--reps", "3", "--warmup", "0", "--experiment", "E1", "--json", js, "-q")
expect(p.returncode == 0, "a run with its seq baseline", p)
runs = [r for r in hlib.results(js)["runs"] if r["samples"]]

p = hlib.gilbench("export", js, "--format", "csv")
expect(p.returncode == 0, "export --format csv (stdout)", p)
rows = list(csv.DictReader(io.StringIO(p.stdout)))
head = p.stdout.splitlines()[0].split(",")
expect(head[:8] == "command mean stddev median user system min max".split(),
       "hyperfine's columns first: %r" % head)
expect(all(h.startswith("parameter_") for h in head[8:]), "then parameter_*: %r" % head)
expect(len(rows) == len(runs), "a row per run")
for row, r in zip(rows, runs):
    w = [s["wall_s"] for s in r["samples"]]
    for col, want in (("mean", statistics.mean(w)), ("stddev", statistics.stdev(w)),
                      ("median", statistics.median(w)), ("min", min(w)), ("max", max(w))):
        expect(abs(float(row[col]) - want) <= 1e-8 * max(1, want), "%s %s" % (col, row))
    expect(row["system"] == "" and float(row["user"]) > 0, "CPU time in user: %r" % row)
    expect(row["parameter_mode"] == r["mode"] and row["parameter_workers"] == "2", str(row))

md = hlib.out("hf.md")
p = hlib.gilbench("export", js, "--format", "markdown", "--out", md)
expect(p.returncode == 0, "export --format markdown", p)
with open(md, encoding="utf-8") as f:
    lines = f.read().splitlines()
i = lines.index("### E1")
expect(lines[i + 2] == "| Command | Mean [ms] | Min [ms] | Max [ms] | Relative |" and
       lines[i + 3] == "|:---|---:|---:|---:|---:|", "hyperfine's header:\n" + "\n".join(lines))
body = lines[i + 4:i + 4 + len(runs)]
expect(sum(l.endswith("| 1.00 |") for l in body) == 1, "one fastest row:\n" + "\n".join(body))
expect(all(l.startswith("| `E1 gilpy ") and " ± " in l for l in body), "\n".join(body))
print("ok: hyperfine CSV and Markdown")
