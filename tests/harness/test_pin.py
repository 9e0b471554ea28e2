"""Pinning: with --pin cores each worker gets its own core and the binding
read back is the one asked for; more workers than cores still run, wrapped
around, and say so (not unpinned, not seq); --pin core:0 puts everyone on core 0."""
import hlib
from hlib import expect

cores = hlib.ncores()
if cores < 2:
    hlib.skip(f"pinning needs >= 2 cores, this machine has {cores}")

for mode in ("threads", "procs"):
    js = hlib.out(f"pin-{mode}.json")
    p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", mode, "-n", 2,
                      "--pin", "cores", "--reps", 2, "--no-baseline", "-q", "--json", js)
    expect(p.returncode == 0, f"{mode}: exit", p)
    r = hlib.results(js)["runs"][0]
    b = r["binding"]
    expect(len(b) == 2 and len({x["core"] for x in b}) == 2, f"{mode}: distinct cores {b}")
    expect(all(x["cpuset"] == x["requested"] for x in b), f"{mode}: binding applied {b}")
    expect(len({x["cpuset"] for x in b}) == 2, f"{mode}: distinct cpusets {b}")
    for s in r["samples"]:
        got = [w["core"] for w in s["workers"]]
        expect(got == [x["core"] for x in b], f"{mode}: workers ran where bound: {got} vs {b}")
    expect(r["oversubscribed"] is False and not any("wrap" in w for w in r["warnings"]),
           f"{mode}: no wrap-around warning")

# More workers than cores: runs, warns on stderr and in the JSON.
n = cores + 1
js = hlib.out("over.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "procs", "-n", n,
                  "--pin", "cores", "--reps", 1, "--no-baseline", "--json", js)
expect(p.returncode == 0, "oversubscribed: exit", p)
expect("wrap around" in p.stderr, "oversubscribed: warning on stderr", p)
r = hlib.results(js)["runs"][0]
expect(r["oversubscribed"] is True and any("wrap around" in w for w in r["warnings"]),
       "oversubscribed JSON")
expect(r["binding"][cores]["cpuset"] == r["binding"][0]["cpuset"], "worker N wraps to core 0")

# Nothing wraps without pinning, nor in seq (one worker runs the tasks).
for mode, pin in (("procs", "none"), ("seq", "cores")):
    js = hlib.out(f"nowrap-{mode}.json")
    p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", mode, "-n", n,
                      "--pin", pin, "--reps", 1, "--no-baseline", "--json", js)
    expect(p.returncode == 0, f"{mode} pin={pin}: exit", p)
    r = hlib.results(js)["runs"][0]
    expect("wrap around" not in p.stderr and not r["oversubscribed"],
           f"{mode} pin={pin}: no wrap-around warning", p)

js = hlib.out("core0.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--pin", "core:0", "--reps", 1, "--no-baseline", "-q", "--json", js)
expect(p.returncode == 0, "core:0: exit", p)
r = hlib.results(js)["runs"][0]
expect({x["core"] for x in r["binding"]} == {0}, f"core:0: {r['binding']}")
print("ok")
