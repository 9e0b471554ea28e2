"""A run and its seq baseline are measured in rounds (harness/session/rounds.c):
one block id, repetitions alternating in time, warm-up only in the first
round, and the speedup paired: the median of the per-round ratios (of the rounds
not left out as disturbed), which this test recomputes from the raw
samples."""
import statistics

import hlib
from hlib import expect

js = hlib.out("rounds.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 5, "--warmup", 2, "-q", "--json", js)
expect(p.returncode == 0, "run", p)
runs = hlib.results(js)["runs"]
expect([r["mode"] for r in runs] == ["seq", "threads"], f"modes {[r['mode'] for r in runs]}")
seq, thr = runs
expect(seq["block"] and seq["block"] == thr["block"], f"one block: {seq['block']} {thr['block']}")
expect(seq["reps"] == thr["reps"] == 5 and seq["warmup"] == 2, "the record keeps the config")
expect(len(seq["samples"]) == len(thr["samples"]) == 5, "every round counted once per run")
order = sorted([(s["t_end_us"], "seq") for s in seq["samples"]] +
               [(s["t_end_us"], "threads") for s in thr["samples"]])
expect([m for _, m in order] == ["seq", "threads"] * 5, f"alternating rounds: {order}")
sp = thr["speedup"]
expect(sp["method"] == "paired", f"paired speedup: {sp}")
# rounds either run's own sample showed disturbed are left out while half
# of them (and 3) remain: a loaded machine (a sanitizer build beside other
# work) may disturb some
kept = [(a, b) for a, b in zip(seq["samples"], thr["samples"])
        if not (sp["left_out"] and (a["disturbed_own"] or b["disturbed_own"]))]
expect(sp["rounds"] == len(kept) and sp["rounds"] + sp["left_out"] == 5,
       f"rounds counted: {sp}, {len(kept)} undisturbed")
ratios = [a["wall_s"] / b["wall_s"] for a, b in kept]
expect(abs(sp["value"] - statistics.median(ratios)) < 1e-9 * sp["value"],
       f"speedup {sp['value']} is the median per-round ratio {statistics.median(ratios)}")
expect(sp["ci95"][0] <= sp["value"] <= sp["ci95"][1], f"interval {sp}")
base = statistics.median(a["wall_s"] for a, _ in kept)  # all of seq's when none is left out
expect(abs(sp["baseline_median"] - base) < 1e-12, f"baseline median {sp} vs {base}")

# alone (no baseline): no block, no speedup
js2 = hlib.out("alone.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 3, "--no-baseline", "-q", "--json", js2)
expect(p.returncode == 0, "run --no-baseline", p)
(alone,) = hlib.results(js2)["runs"]
expect(alone["block"] is None and alone["speedup"] is None, f"alone: {alone['block']}")
expect(len(alone["samples"]) == 3, "three samples")
print("ok")
