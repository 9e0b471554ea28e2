"""Issue 12 (3): a journal torn by a full disk. --resume drops a torn last
line (and says so) instead of appending the next record to it, which glued
the two and lost a finished run on the following resume; when the journal
cannot be written (here a file size limit, EFBIG, as a full disk gives
ENOSPC) the suite stops at once, with a clear message, instead of measuring
every remaining run; the failed write leaves no partial line behind."""
import json
import os
import re
import resource
import subprocess
import time

import hlib
from hlib import expect

BLOCKS = 6
suite = hlib.out("journal.json")
with open(suite, "w", encoding="utf-8") as f:
    json.dump({"schema": "gilbench-suite/1", "name": "journal",
               "defaults": {"reps": 2, "warmup": 0, "pin": "none", "timeout_s": 60},
               "experiments": [{"id": "J", "workload": hlib.SMALL, "entry": "work",
                                "mode": "seq", "workers": 1,
                                "sweeps": [{"args": [[1000 + i] for i in range(BLOCKS)]}]}]}, f)


def suite_run(out, *extra, fsize=None):
    def limit():
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    t0 = time.monotonic()
    p = subprocess.run([hlib.GILBENCH, "suite", suite, "--no-cpython", "--out", out, *extra],
                       capture_output=True, text=True, timeout=120, preexec_fn=limit)
    hlib.sanitizer_clean(p.stderr)
    return p, time.monotonic() - t0


def line(o):
    return json.dumps(o, separators=(",", ":")) + "\n"


def key(r):
    return json.dumps([r["entry"], r["args"], r["mode"], r["workers"]])


# the reference: every run, uninterrupted
p, _ = suite_run(hlib.out("ref"))
expect(p.returncode == 0, "reference suite", p)
ref = hlib.results(os.path.join(hlib.out("ref"), "results.json"))["runs"]
expect(len(ref) == BLOCKS, f"{len(ref)} runs, not {BLOCKS}")

# a journal as a full disk leaves it: two records, then half of the third
out = hlib.out("torn")
os.makedirs(out)
journal = os.path.join(out, "results.json.journal")
head = line({"journal": "gilbench-result/1", "started": "2026-01-01T00:00:00Z"})
good = head + line(ref[0]) + line(ref[1])
with open(journal, "w", encoding="utf-8") as f:
    f.write(good + line(ref[2])[:len(line(ref[2])) // 2])

# resume under a file size limit: room for the repaired journal, one more
# record and half of the next
fsize = len(good) + len(line(ref[2])) + len(line(ref[3])) // 2
p, secs = suite_run(out, "--resume", fsize=fsize)
expect(p.returncode == 1, "a journal that cannot be written fails the suite", p)
expect("dropped the journal's torn last line" in p.stderr, "the torn line is not reported", p)
expect("resuming: 2 of 6 runs already done" in p.stderr, "not resumed from 2 runs", p)
expect(re.search(r"cannot write .*results\.json\.journal: File too large: stopping", p.stderr),
       "no clear message about the journal", p)
expect("the journal cannot be written" in p.stderr and "--resume" in p.stderr,
       "does not say how to continue", p)
measured = re.findall(r"^\[\s*\d+/\d+", p.stderr, re.M)
expect(len(measured) == 2, f"measured {len(measured)} runs after the journal failed, not 2", p)
with open(journal, encoding="utf-8") as f:
    text = f.read()
expect(text.endswith("\n"), "the failed write left a partial line", p)
lines = text.splitlines()
recs = [json.loads(x) for x in lines]  # every line whole: none glued
expect(len(recs) == 4 and "journal" in recs[0], f"journal: {len(recs)} lines, not header + 3")
expect([key(r) for r in recs[1:]] == [key(r) for r in ref[:3]], "journal: not runs 1-3")

# the next resume continues from the three runs and finishes the suite
p, _ = suite_run(out, "--resume")
expect(p.returncode == 0, "the second resume", p)
expect("resuming: 3 of 6 runs already done" in p.stderr, "not resumed from 3 runs", p)
expect("dropped" not in p.stderr, "a clean journal reported as damaged", p)
runs = hlib.results(os.path.join(out, "results.json"))["runs"]
expect(sorted(key(r) for r in runs) == sorted(key(r) for r in ref), "not every run once")
expect(not os.path.exists(journal), "the journal is left after the suite completed")

# a line glued by an older gilbench: the complete record at its end is kept
out = hlib.out("glued")
os.makedirs(out)
journal = os.path.join(out, "results.json.journal")
with open(journal, "w", encoding="utf-8") as f:
    f.write(head + line(ref[0]) + line(ref[1])[:100] + line(ref[1]))
p, _ = suite_run(out, "--resume")
expect(p.returncode == 0, "resume of a glued journal", p)
expect("dropped 1 damaged journal line(s) (1 complete record(s) recovered" in p.stderr,
       "the glued line is not reported", p)
expect("resuming: 2 of 6 runs already done" in p.stderr, "the glued record was lost", p)
print("journal faults: 1 passed")
