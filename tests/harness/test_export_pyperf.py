"""gilbench export --format pyperf: the real pyperf (the project's
third_party copy, beside the repository) reads the file: `stats`, `hist`
and `compare_to` run on it, and its API sees one benchmark per run with
exactly the run's samples (wall_s) as values and the configuration as
metadata."""
import json
import os
import subprocess
import sys

import hlib
from hlib import expect

THIRD = os.path.normpath(os.path.join(hlib.ROOT, "..", "shared", "third_party"))
if not os.path.isfile(os.path.join(THIRD, "pyperf", "__init__.py")):
    hlib.skip("no pyperf at %s (the project's third_party folder beside the repository)"
              % THIRD)
sys.path.insert(0, THIRD)
import pyperf  # noqa: E402

js = hlib.out("pyperf-src.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", "20000", "--mode", "threads", "-n",
                  "2", "--reps", "3", "--warmup", "0", "--experiment", "E1", "--json", js, "-q")
expect(p.returncode == 0, "a run with its seq baseline", p)
doc = hlib.results(js)
runs = [r for r in doc["runs"] if r["samples"]]
expect(len(runs) == 2, "seq and threads: %d runs" % len(runs))

pf = hlib.out("r.pyperf.json")
p = hlib.gilbench("export", js, "--format", "pyperf", "--out", pf)
expect(p.returncode == 0 and p.stdout.strip() == pf, "export --format pyperf", p)

suite = pyperf.BenchmarkSuite.load(pf)
benches = suite.get_benchmarks()
expect(len(benches) == len(runs), "one benchmark per run: %d" % len(benches))
for b, r in zip(benches, runs):
    want = [s["wall_s"] for s in r["samples"]]
    expect(list(b.get_values()) == want, "%s: values are the samples' wall_s" % b.get_name())
    m = b.get_metadata()
    expect(m["unit"] == "second" and m["gilbench_mode"] == r["mode"] and
           m["gilbench_workers"] == r["workers"] and m["gilbench_experiment"] == "E1",
           "configuration as metadata: %r" % m)
    expect(m["hostname"] == doc["machine"]["hostname"], "the machine as metadata")
    expect(b.get_name().startswith("E1 gilpy %s N=2 work(20000)" % r["mode"]), b.get_name())
names = [b.get_name() for b in benches]
expect(len(set(names)) == len(names), "unique names: %r" % names)

env = dict(os.environ, PYTHONPATH=THIRD)


def pyperf_cli(*args):
    return subprocess.run([sys.executable, "-m", "pyperf", *args], capture_output=True,
                          text=True, env=env, timeout=60)


p = pyperf_cli("stats", pf)
expect(p.returncode == 0 and "Number of benchmarks: 2" in p.stdout and
       "Total number of values: 3" in p.stdout, "pyperf stats", p)
p = pyperf_cli("hist", pf)
expect(p.returncode == 0 and names[0] in p.stdout, "pyperf hist", p)
# compare_to matches benchmarks by name across two exports
pf2 = hlib.out("r2.pyperf.json")
with open(pf, encoding="utf-8") as f:
    d2 = json.load(f)
for b in d2["benchmarks"]:
    for r in b["runs"]:
        r["values"] = [v * 2 for v in r["values"]]
with open(pf2, "w", encoding="utf-8") as f:
    json.dump(d2, f)
p = pyperf_cli("compare_to", pf, pf2)
expect(p.returncode == 0 and "2.00x slower" in p.stdout and names[1] in p.stdout,
       "pyperf compare_to", p)
print("ok: pyperf reads the export:", ", ".join(names))
