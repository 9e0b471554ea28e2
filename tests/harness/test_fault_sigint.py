"""SIGINT in the middle of a run: exit 130 at once, a valid results file
and the journal kept, and nothing of the interrupted block recorded (the
run and its seq baseline are measured in rounds together: half a block
is not a result). The run's process (supervised, in its own process group)
stops too: gilbench passes the signal on."""
import os
import signal
import time

import hlib
from hlib import expect

for mode in ("procs", "threads"):
    js = hlib.out(f"sigint-{mode}.json")
    journal = js + ".journal"
    p = hlib.spawn("run", hlib.SMALL, "-e", "nap", "-a", 0.1, "--mode", mode, "-n", 2, "--reps", 10,
                   "--warmup", 0, "-q", "--json", js)
    time.sleep(1.0)  # inside the block: 10 rounds of seq (0.2 s) and procs (0.1 s)
    expect(p.poll() is None, "still running after 1 s")
    t0 = time.time()
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=30)
    hlib.sanitizer_clean(err)
    expect(p.returncode == 130, f"{mode}: exit {p.returncode}: {out} {err}")
    expect(time.time() - t0 < 5, "stops within a round, not after the block")
    expect(hlib.results(js)["runs"] == [], "no half-measured run recorded")
    expect(os.path.exists(journal), "the journal is kept after an interrupt")
    expect("interrupted" in err, f"stderr says so: {err}")
print("ok")
