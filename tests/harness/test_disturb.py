"""Disturbed rounds (harness/session/disturb.c), forced with
GILBENCH_DISTURB_TEST so that no timing decides the outcome: a round
disturbed once is measured again in place (sample k stays round k, in every
run of the block) and nothing stays marked; one disturbed every time is
measured again up to the budget (as many as the repetitions, in passes) and
stays marked in
the results, and the report notes it. The same hook works in the suite,
which says each disturbed round on its progress output as it is found."""
import json
import os

import hlib
from hlib import expect


def run(name, forced, reps=4):
    js = hlib.out(name + ".json")
    env = dict(os.environ, GILBENCH_DISTURB_TEST=forced)
    p = hlib.subprocess.run([hlib.GILBENCH, "run", hlib.SMALL, "-e", "work", "-a", "20000",
                             "--mode", "threads", "-n", "2", "--reps", str(reps), "-q",
                             "--json", js], capture_output=True, text=True, env=env, timeout=120)
    hlib.sanitizer_clean(p.stderr)
    expect(p.returncode == 0, f"run {name}", p)
    return js, hlib.results(js)["runs"]


# round 2 disturbed once: measured again, after round 4, and then clean
js, runs = run("once", "2")
for r in runs:
    t = [s["t_end_us"] for s in r["samples"]]
    expect(r["remeasured"] == 1 and len(t) == 4, f"{r['mode']}: remeasured {r['remeasured']}")
    expect(t[1] > t[3], f"{r['mode']}: round 2's sample is the later measurement: {t}")
    expect(not any(s["disturbed"] for s in r["samples"]), f"{r['mode']}: nothing stays marked")
seq, thr = runs
expect(thr["speedup"]["method"] == "paired", "still paired by round")
expect(thr["speedup"]["rounds"] == 4 and thr["speedup"]["left_out"] == 0,
       f"every round counts: {thr['speedup']}")
expect(seq["samples"][1]["t_end_us"] < thr["samples"][1]["t_end_us"], "the round re-run whole")

# round 2 disturbed every time: 4 reps give 4 extra rounds, then it stays marked
js, runs = run("always", "2:always")
for r in runs:
    marks = [s["disturbed"] for s in r["samples"]]
    expect(r["remeasured"] == 4 and marks == [False, True, False, False],
           f"{r['mode']}: remeasured {r['remeasured']}, marks {marks}")
# the speedup leaves the disturbed round out (3 of 4 remain: at least half, and 3)
thr = runs[1]
expect(all(s["disturbed_own"] == (k == 1) for k, s in enumerate(thr["samples"]))
       and thr["speedup"]["rounds"] == 3 and thr["speedup"]["left_out"] == 1,
       f"left out: {thr['speedup']}")
walls = [s["wall_s"] for s in runs[0]["samples"]]
per_round = sorted(walls[k] / thr["samples"][k]["wall_s"] for k in (0, 2, 3))
expect(abs(thr["speedup"]["value"] - per_round[1]) < 1e-9 * per_round[1],
       f"the median of the 3 undisturbed rounds: {thr['speedup']} vs {per_round}")
p = hlib.gilbench("report", js)
with open(os.path.join(os.path.dirname(js), "report.md"), encoding="utf-8") as f:
    md = f.read()
expect(p.returncode == 0 and "**Disturbed.**" in md and "2 sample(s) of 2 run(s)" in md
       and "1 speedup(s) did" in md,
       f"report notes it:\n{md[:1200]}", p)

# no forcing: no extra round needed on a quiet machine is not asserted (timing);
# the fields are there all the same
js, runs = run("none", "")
expect(all(isinstance(r["remeasured"], int) for r in runs), "remeasured recorded")

# the suite's blocks go through the same review
d = hlib.out("disturb-suite")
os.makedirs(d)
with open(os.path.join(d, "w.py"), "w", encoding="utf-8") as f:
    f.write("def ok(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n")
suite = {"schema": "gilbench-suite/1", "name": "disturb", "description": "forced disturbance",
         "defaults": {"reps": 2, "warmup": 0, "pin": "cores", "timeout_s": 60},
         "experiments": [{"id": "E1", "workload": "w.py", "entry": "ok", "args": [1000],
                          "workers": 2, "sweeps": [{"mode": ["seq", "threads"]}]}]}
sj = os.path.join(d, "s.json")
with open(sj, "w", encoding="utf-8") as f:
    json.dump(suite, f)
env = dict(os.environ, GILBENCH_DISTURB_TEST="1:always")
p = hlib.subprocess.run([hlib.GILBENCH, "suite", sj, "--out", os.path.join(d, "out"),
                         "--no-cpython", "--no-preflight"], capture_output=True, text=True, env=env, timeout=120)
hlib.sanitizer_clean(p.stderr)
expect(p.returncode == 0, "suite", p)
runs = hlib.results(os.path.join(d, "out", "results.json"))["runs"]
expect(len(runs) == 2 and all(r["remeasured"] == 2 and r["samples"][0]["disturbed"] and
                              not r["samples"][1]["disturbed"] for r in runs),
       f"suite: {[(r['remeasured'], [s['disturbed'] for s in r['samples']]) for r in runs]}")
# said as it happens, one line each, before the block's runs are listed (not
# only in the report): the round measured again (twice: the budget), then kept
said = [ln for ln in p.stderr.splitlines() if "round 1/2 disturbed" in ln]
first_run = next((i for i, ln in enumerate(p.stderr.splitlines()) if ln.startswith("[")), -1)
expect(len(said) == 3 and said[0].endswith("measuring it again")
       and said[1].endswith("measuring it again")
       and said[2].endswith("kept, marked disturbed") and "E1 ok()" in said[0]
       and "GILBENCH_DISTURB_TEST" in said[0]
       and p.stderr.splitlines().index(said[2]) < first_run,
       f"suite says the disturbed round at once:\n{p.stderr}")
print("disturb: ok")
