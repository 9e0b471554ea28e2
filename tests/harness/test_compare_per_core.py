"""gilbench compare --tsv FILE on machines of different core counts also
writes FILE_per_core.tsv, the per-core figure's data: per experiment, each
file's speedup / min(N, its cores), geometric mean over the runs every file
has, laid out as FILE; none when the core counts agree. gnuplot, where
present, draws compare.png and compare_per_core.png from them."""
import copy
import csv
import json
import math
import os
import shutil
import subprocess

import hlib
from hlib import expect

REF = os.path.join(hlib.ROOT, "results", "reference", "results.json")
with open(REF, encoding="utf-8") as f:
    base = json.load(f)


def write(doc, name):
    path = hlib.out(name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    return path


def table(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t"))


# B: the reference's E1 and E5 runs on a machine of one core
small = copy.deepcopy(base)
small["runs"] = [r for r in small["runs"] if r["experiment"] in ("E1", "E5")]
small["machine"]["hostname"] = "small"
small["machine"]["topology"].update(cores=1, pus=1)
pa, pb = write(base, "pc-a"), write(small, "pc-b")
tsv = hlib.out("pc.tsv")
p = hlib.gilbench("compare", pa, pb, "--tsv", tsv)
expect(p.returncode == 0 and "/core" in p.stdout, "compare shows per-core columns", p)
per_core = hlib.out("pc_per_core.tsv")
expect(os.path.exists(per_core), "FILE_per_core.tsv written beside FILE", p)
rows = table(per_core)
expect(rows[0] == ["experiment", "A: vm (2 cores)", "A lo", "A hi", "B: small (1 core)", "B lo",
                   "B hi"], f"the header: {rows[0]}")
expect(rows[0] == table(tsv)[0], "laid out as the time figure's data")
expect([r[0] for r in rows[1:]] == ["E1", "E5"], f"one row per experiment: {rows[1:]}")


def gmean(xs):
    xs = [x for x in xs if x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs))


for row in rows[1:]:
    runs = [r for r in small["runs"] if r["experiment"] == row[0] and r.get("speedup") and
            r["status"] == "ok"]
    for col, cores in ((1, 2), (4, 1)):
        want = [gmean([r["speedup"][k] / min(r["workers"], cores) for r in runs])
                for k in ("value",)] + \
               [gmean([r["speedup"]["ci95"][i] / min(r["workers"], cores) for r in runs])
                for i in (0, 1)]
        got = [float(x) for x in row[col:col + 3]]
        expect(all(abs(g - w) <= 1e-5 * w for g, w in zip(got, want)),
               f"{row[0]}, column {rows[0][col]}: {got} want {want}")
e1 = rows[1]
expect(float(e1[4]) > float(e1[1]), "one core: a higher speedup per core for the same runs")

# the same core counts: the table's speedups suffice, no per-core file
other = copy.deepcopy(base)
other["machine"]["hostname"] = "other"
tsv2 = hlib.out("same.tsv")
p = hlib.gilbench("compare", pa, write(other, "pc-other"), "--tsv", tsv2)
expect(p.returncode == 0 and os.path.exists(tsv2) and
       not os.path.exists(hlib.out("same_per_core.tsv")), "no per-core file", p)

# both figures render
if not shutil.which("gnuplot"):
    hlib.skip("no gnuplot: the figures are not drawn")
fig = hlib.out("fig")
os.makedirs(fig)
for gp, data in (("compare", tsv), ("compare_per_core", per_core)):
    g = subprocess.run(["gnuplot", "-e", f"plots='{hlib.ROOT}/plots'; out='{fig}'; fmt='png'; "
                        f"machine='test'; cores=2; file='{data}'",
                        os.path.join(hlib.ROOT, "plots", gp + ".gp")],
                       capture_output=True, text=True, timeout=60)
    png = os.path.join(fig, gp + ".png")
    expect(g.returncode == 0 and not g.stderr and os.path.exists(png),
           f"{gp}.gp: {g.returncode} {g.stderr}")
    with open(png, "rb") as f:
        expect(f.read(8) == b"\x89PNG\r\n\x1a\n" and os.path.getsize(png) > 5000, f"{png}: a PNG")
print("ok")
