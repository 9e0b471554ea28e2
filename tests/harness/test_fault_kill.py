"""A worker process killed by SIGKILL fails the run with the signal's name;
the JSON is still complete and valid. The workers are the children of the
run's supervised process, itself gilbench's child."""
import os
import signal
import time

import hlib
from hlib import expect

js = hlib.out("kill.json")
p = hlib.spawn("run", hlib.SMALL, "-e", "nap", "-a", 3, "--mode", "procs", "-n", 2, "--reps", 1,
               "--warmup", 0, "--no-baseline", "-q", "--json", js)
deadline = time.time() + 20


def workers():
    """The run processes and their worker processes."""
    run = hlib.run_processes(p.pid)
    return run, [k for r in run for k in hlib.children(r)]


run, kids = workers()
while len(kids) < 2 and time.time() < deadline:
    time.sleep(0.02)
    run, kids = workers()
expect(len(kids) == 2, f"two worker processes, saw {kids}")
time.sleep(0.3)
os.kill(kids[1], signal.SIGKILL)
out, err = p.communicate(timeout=30)
hlib.sanitizer_clean(err)
expect(p.returncode == 1, f"exit {p.returncode}: {out} {err}")
r = hlib.results(js)["runs"][0]
expect(r["status"] == "failed", f"status {r['status']}")
expect(r["error"] == "worker 1 killed by signal 9 (SIGKILL)", f"error {r['error']!r}")
expect("killed by signal 9 (SIGKILL)" in out, f"summary: {out}")
time.sleep(0.1)
expect(not any(os.path.exists(f"/proc/{k}") and open(f"/proc/{k}/stat").read().split()[2] != "Z"
               for k in kids + run), "no worker or run process left running")
print("ok")
