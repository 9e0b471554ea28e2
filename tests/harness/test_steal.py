"""Every counted repetition records the hypervisor's steal time (/proc/stat),
and each run its steal_frac, recomputed here from the samples; on Linux
with a steal column they are numbers, never null."""
import math
import os

import hlib
from hlib import expect

HZ = os.sysconf("SC_CLK_TCK")
NCPU = os.sysconf("SC_NPROCESSORS_ONLN")


def steal_ticks():
    """The "cpu" line's 8th value, or None (no /proc/stat, no steal column)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = f.readline().split()
        return int(v[8]) if v[0] == "cpu" and len(v) > 8 else None
    except (OSError, ValueError):
        return None


known = steal_ticks() is not None
js = hlib.out("steal.json")
before = steal_ticks()
p = hlib.gilbench("run", hlib.SMALL, "-e", "work", "-a", 20000, "--mode", "threads", "-n", 2,
                  "--reps", 3, "-q", "--json", js)
after = steal_ticks()
expect(p.returncode == 0, "run", p)
runs = hlib.results(js)["runs"]
expect([r["mode"] for r in runs] == ["seq", "threads"], f"modes {[r['mode'] for r in runs]}")
total = 0.0
for r in runs:
    used = 1 if r["mode"] == "seq" else min(r["workers"], NCPU)
    for s in r["samples"]:
        st = s["steal_s"]
        expect(st is not None or not known, f"{r['mode']}: steal_s null although /proc/stat has it")
        if st is None:
            continue
        expect(math.isfinite(st) and st >= 0, f"{r['mode']}: steal_s {st}")
        # the kernel adds steal at its ticks (1/HZ >= 1/USER_HZ) per CPU, then truncates
        slack = (NCPU + 1) / HZ
        expect(st <= s["wall_s"] * NCPU + slack, f"{r['mode']}: steal_s {st} > wall {s['wall_s']}")
        total += st
    known_s = [s for s in r["samples"] if s["steal_s"] is not None]
    frac = r["steal_frac"]
    if not known_s:
        expect(frac is None, f"{r['mode']}: steal_frac {frac} without any steal_s")
        continue
    steal = sum(s["steal_s"] for s in known_s)
    wall = sum(s["wall_s"] for s in known_s)
    want = min(1.0, steal / (wall * used))
    expect(frac is not None and 0 <= frac <= 1 and abs(frac - want) <= 1e-9,
           f"{r['mode']}: steal_frac {frac}, samples say {want}")
    warned = any("(steal)" in w for w in r["warnings"])
    expect(warned == (frac > 0.05), f"{r['mode']}: steal {frac} but warnings {r['warnings']}")

# The repetitions lie inside this test's window, and the counter only grows:
# their steal cannot add up to more than the window's.
if known:
    expect(total <= (after - before) / HZ + 1e-9,
           f"samples' steal {total} s > {(after - before) / HZ} s over the whole run")
else:
    hlib.skip("/proc/stat has no steal column: only the null case was checked")
print("ok")
