"""SIGINT in the middle of a two-run invocation: exit 130, the run that
finished is in a valid results file (and in the journal), the interrupted
one is not."""
import json
import os
import signal
import time

import hlib
from hlib import expect

js = hlib.out("sigint.json")
journal = js + ".journal"
p = hlib.spawn("run", hlib.SMALL, "-e", "nap", "-a", 0.1, "--mode", "procs", "-n", 2, "--reps", 10,
               "--warmup", 0, "-q", "--json", js)


def journal_runs():
    try:
        with open(journal) as f:
            return [json.loads(x) for x in f.read().splitlines()[1:]]
    except (OSError, ValueError):
        return []


deadline = time.time() + 60
while len(journal_runs()) < 1 and time.time() < deadline and p.poll() is None:
    time.sleep(0.05)
expect(len(journal_runs()) == 1, "the seq baseline finished and was journaled")
time.sleep(0.3)  # well inside the procs run (10 x 0.1 s)
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=30)
hlib.sanitizer_clean(err)
expect(p.returncode == 130, f"exit {p.returncode}: {out} {err}")
runs = hlib.results(js)["runs"]
expect([(r["mode"], r["status"]) for r in runs] == [("seq", "ok")], f"runs {runs}")
expect(len(runs[0]["samples"]) == 10, "the finished run is complete")
expect(os.path.exists(journal), "the journal is kept after an interrupt")
expect(journal_runs()[0]["samples"] == runs[0]["samples"], "journal and file agree")
expect("interrupted" in err, f"stderr says so: {err}")
print("ok")
