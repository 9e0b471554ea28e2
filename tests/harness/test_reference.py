"""The committed reference run's report and data are what `gilbench report`
and `gilbench export` make of its results.json, byte for byte: a change to
the analysis or the formatting that moves a number or a word shows here.
A change meant to do that regenerates them:
    gilbench report results/reference/results.json"""
import filecmp
import os

import hlib
from hlib import expect

ref = os.path.join(hlib.ROOT, "results", "reference")
results = os.path.join(ref, "results.json")
how = "regenerate with `gilbench report results/reference/results.json` if meant"

d = hlib.out("report")
p = hlib.gilbench("report", results, "--out", d)
expect(p.returncode == 0, "report", p)
expect(filecmp.cmp(os.path.join(d, "report.md"), os.path.join(ref, "report.md"), shallow=False),
       f"report.md differs from results/reference/report.md ({how})")
e = hlib.out("export")
p = hlib.gilbench("export", results, "--out", e)
expect(p.returncode == 0, "export", p)
names = sorted(os.listdir(os.path.join(ref, "data")))
for what, got in (("report's data/", os.path.join(d, "data")), ("export", e)):
    expect(sorted(os.listdir(got)) == names, f"{what}: files {sorted(os.listdir(got))}")
    _, diff, errors = filecmp.cmpfiles(got, os.path.join(ref, "data"), names, shallow=False)
    expect(not diff and not errors,
           f"{what}: {diff + errors} differ from results/reference/data ({how})")
print("ok")
