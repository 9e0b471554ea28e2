"""Every mode end to end: 2 workers on small.py, results checked against
SCHEMA.md, the right numbers of samples and workers, the right return values."""
import hlib
from hlib import expect

N = 20000
for mode in ("seq", "threads", "subinterp", "procs"):
    js = hlib.out(f"{mode}.json")
    p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", N, "--mode", mode, "-n", 2,
                      "--reps", 2, "--warmup", 1, "--json", js, "--quiet")
    expect(p.returncode == 0, f"{mode}: exit status", p)
    expect(p.stdout.startswith("seq x2: median"), f"{mode}: summary line", p)
    doc = hlib.results(js)
    runs = doc["runs"]
    expect([r["mode"] for r in runs] == (["seq"] if mode == "seq" else ["seq", mode]),
           f"{mode}: runs {[r['mode'] for r in runs]}")
    for r in runs:
        expect(r["status"] == "ok" and r["error"] is None, f"{mode}: status {r['error']}")
        expect(len(r["samples"]) == 2 and r["stats"]["n"] == 2, f"{mode}: 2 samples")
        for s in r["samples"]:
            expect(len(s["workers"]) == 2, f"{mode}: 2 workers per sample")
            expect(all(w["result"] == hlib.sum_squares(N) for w in s["workers"]),
                   f"{mode}: results {[w['result'] for w in s['workers']]}")
            expect(s["wall_s"] > 0 and s["cpu_s"] > 0, f"{mode}: times")
        expect(r["startup_s"] >= 0, f"{mode}: startup")
        expect(r["stats"]["ci95"][0] <= r["stats"]["median"] <= r["stats"]["ci95"][1],
               f"{mode}: median inside its interval")
    if mode != "seq":
        sp = runs[1]["speedup"]
        expect(sp and sp["vs"] == "seq" and sp["ci95"][0] <= sp["value"] <= sp["ci95"][1],
               f"{mode}: speedup with interval")
        expect("speedup" in p.stdout and "vs seq" in p.stdout, f"{mode}: summary", p)
        # the baseline ran in rounds beside it: the ratio is paired, and says so
        expect(sp["method"] == "paired" and "paired by round" in p.stdout, f"{mode}: paired", p)
    expect(not hlib.os.path.exists(js + ".journal"), f"{mode}: journal removed when complete")
print("ok")
