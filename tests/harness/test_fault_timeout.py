"""--timeout: processes are killed, threads interrupted; status timeout with
the reason; the file is valid and the command returns in bounded time."""
import time

import hlib
from hlib import expect

cases = [("procs", "nap", ["-a", 30]), ("threads", "spin_forever", []),
         ("subinterp", "spin_forever", [])]
for mode, entry, args in cases:
    js = hlib.out(f"timeout-{mode}.json")
    t0 = time.time()
    p = hlib.gilbench("run", hlib.SMALL, "-e", entry, *args, "--mode", mode, "-n", 2,
                      "--reps", 1, "--warmup", 0, "--timeout", 1, "--no-baseline", "-q",
                      "--json", js, timeout=60)
    took = time.time() - t0
    expect(p.returncode == 1, f"{mode}: exit 1", p)
    r = hlib.results(js)["runs"][0]
    expect(r["status"] == "timeout" and r["error"].startswith("timeout after 1 s"),
           f"{mode}: {r['status']} {r['error']}")
    expect(took < 15, f"{mode}: returned after {took:.1f} s")
print("ok")
