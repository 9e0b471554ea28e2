"""The preflight (harness/engine/preflight.c): `run --preflight` and every
suite measure P processes side by side against one and record it in
machine.preflight (schema-checked, sane values) and the report; a capacity
below the threshold (forced here through GILBENCH_PREFLIGHT_MIN, not by
loading the machine) is measured again a bounded number of times, then
stops the session with status 3 and no results, unless --force, which goes
on and records forced. No timing decides a pass."""
import json
import os

import hlib
from hlib import expect

d = hlib.out("preflight")
os.makedirs(d)
os.environ.pop("GILBENCH_PREFLIGHT", None)  # ctest's default is "force"
os.environ.update(GILBENCH_PREFLIGHT_S="0.1", GILBENCH_PREFLIGHT_WAIT_S="0",
                  GILBENCH_PREFLIGHT_TRIES="2")
P = hlib.ncores()
RUN = ["run", hlib.SMALL, "-e", "work", "-a", "1000", "--mode", "seq", "-n", "1", "--reps",
       "1", "--warmup", "0", "-q"]


def block(path):
    pf = hlib.results(path)["machine"].get("preflight")
    expect(isinstance(pf, dict), "machine.preflight in " + path)
    expect(pf["processes"] == P, "P processes side by side: %r" % pf)
    expect(pf["seconds"] == 0.1, "the phase length asked: %r" % pf)
    expect(pf["single_rate"] > 0 and pf["capacity"] > 0, "rates measured: %r" % pf)
    expect(abs(pf["capacity_share"] - pf["capacity"] / P) < 1e-9, "share = capacity/P: %r" % pf)
    expect(0 <= pf["runq_wait_frac"] <= 1, "run-queue wait is a share: %r" % pf)
    expect(pf["steal_frac"] is None or 0 <= pf["steal_frac"] <= 1, "steal is a share: %r" % pf)
    return pf


# a threshold of 0 always passes: one measurement, recorded
os.environ["GILBENCH_PREFLIGHT_MIN"] = "0"
j = os.path.join(d, "ok.json")
p = hlib.gilbench(*RUN, "--preflight", "--json", j)
expect(p.returncode == 0, "run --preflight on a low threshold", p)
expect("preflight:" in p.stderr and "side by side got" in p.stderr, "said on stderr", p)
pf = block(j)
expect(pf["ok"] and not pf["forced"] and pf["attempts"] == 1 and pf["threshold"] == 0,
       "passed first time: %r" % pf)

# without --preflight, run measures nothing
j = os.path.join(d, "none.json")
p = hlib.gilbench(*RUN, "--json", j)
expect(p.returncode == 0 and "preflight" not in hlib.results(j)["machine"],
       "no preflight block without --preflight", p)

# an unreachable threshold: measured TRIES times, then status 3, no results
os.environ["GILBENCH_PREFLIGHT_MIN"] = "1000"
j = os.path.join(d, "stop.json")
p = hlib.gilbench(*RUN, "--preflight", "--json", j)
expect(p.returncode == 3, "a busy machine stops the run with status 3", p)
expect(p.stderr.count("side by side got") == 2 and "measuring again" in p.stderr,
       "measured again once (TRIES=2) before stopping", p)
expect("stopping" in p.stderr and "--force" in p.stderr, "says why and how to go on", p)
expect(not os.path.exists(j), "no results after a stop", p)

# --force: one measurement, a warning, the run, the block marked forced
j = os.path.join(d, "forced.json")
p = hlib.gilbench(*RUN, "--preflight", "--force", "--json", j)
expect(p.returncode == 0, "--force goes on", p)
pf = block(j)
expect(not pf["ok"] and pf["forced"] and pf["attempts"] == 1 and pf["threshold"] == 1000,
       "recorded as forced: %r" % pf)

# a suite: the same stop and override, and the report shows the figures
suite = {
    "schema": "gilbench-suite/1", "name": "pf", "description": "preflight",
    "defaults": {"reps": 1, "warmup": 0, "gil": "new", "switch_interval": 0.005,
                 "check_interval": 100, "pin": "none"},
    "experiments": [{"id": "E1", "workload": hlib.SMALL, "entry": "work", "args": [1000],
                     "workers": 1, "sweeps": [{"mode": "seq"}]}],
}
sj = os.path.join(d, "s.json")
with open(sj, "w", encoding="utf-8") as f:
    json.dump(suite, f)
p = hlib.gilbench("suite", sj, "--no-cpython", "--out", os.path.join(d, "s1"))
expect(p.returncode == 3, "a busy machine stops the suite with status 3", p)
expect(not os.path.exists(os.path.join(d, "s1", "results.json")), "no suite results", p)
out = os.path.join(d, "s2")
p = hlib.gilbench("suite", sj, "--no-cpython", "--force", "--out", out)
expect(p.returncode == 0, "suite --force goes on", p)
pf = block(os.path.join(out, "results.json"))
expect(pf["forced"], "suite block forced: %r" % pf)
with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
    md = f.read()
expect("Preflight: busy machine" in md and "--force" in md, "the report shows it:\n" + md[:1500])

# GILBENCH_PREFLIGHT=off and --no-preflight skip it: no block
for how, extra in (("off", []), (None, ["--no-preflight"])):
    if how:
        os.environ["GILBENCH_PREFLIGHT"] = how
    out = os.path.join(d, "s-%s" % (how or "no"))
    p = hlib.gilbench("suite", sj, "--no-cpython", "--out", out, *extra)
    expect(p.returncode == 0, "skipped preflight (%s)" % (how or extra), p)
    expect("preflight" not in hlib.results(os.path.join(out, "results.json"))["machine"],
           "no block when skipped", p)
    os.environ.pop("GILBENCH_PREFLIGHT", None)
print("ok: preflight recorded, stops at status 3, --force and skips work")
