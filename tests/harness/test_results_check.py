"""Issue 12 (8): compare, report and export print the stored statistics, so a
results file whose samples were removed, set to -1 or null must be refused
with a clear error naming the run, not compared like the original; a file
without runs says so rather than "not a gilbench-result/1 file"."""
import copy
import json

import hlib
from hlib import expect

js = hlib.out("orig.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 5000, "--mode", "threads", "-n", 2,
                  "--reps", 4, "-q", "--json", js)
expect(p.returncode == 0, "run", p)
doc = hlib.results(js)
p = hlib.gilbench("compare", js, js)
expect(p.returncode == 0, "the original compares with itself", p)


def tampered(name, change):
    d = copy.deepcopy(doc)
    change(d)
    path = hlib.out(name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f)
    return path


def last(d):
    return d["runs"][-1]


cases = {
    "removed": (lambda d: last(d)["samples"].pop(), "stats.n is 4, but there are 3 samples"),
    "all_removed": (lambda d: last(d).update(samples=[]), "no samples, but stats"),
    "minus_one": (lambda d: last(d)["samples"][1].update(wall_s=-1), "samples[1].wall_s is -1"),
    "null": (lambda d: last(d)["samples"][0].update(wall_s=None), "samples[0].wall_s is null"),
    "no_list": (lambda d: last(d).pop("samples"), "samples missing or not a list"),
    "edited": (lambda d: last(d)["stats"].update(median=last(d)["stats"]["median"] * 0.5),
               "do not match the samples"),
    "no_runs": (lambda d: d.pop("runs"), "runs missing or not a list"),
}
for name, (change, says) in cases.items():
    path = tampered(name, change)
    for cmd in (("compare", js, path), ("report", path, "--out", hlib.out("rep-" + name)),
                ("export", path, "--out", hlib.out("exp-" + name))):
        p = hlib.gilbench(*cmd)
        expect(p.returncode != 0, f"{name}: {cmd[0]} accepted a damaged file", p)
        expect(says in p.stderr and path in p.stderr, f"{name}: {cmd[0]}: unclear error", p)
        expect("not a gilbench-result/1" not in p.stderr, f"{name}: reads as a schema mismatch",
               p)
        if name != "no_runs":
            expect("runs[1] (" in p.stderr, f"{name}: {cmd[0]} does not name the run", p)
print("results check: 1 passed")
