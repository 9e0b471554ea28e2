"""A run's process that dies (a signal: a crash, an OOM kill) or breaks the
stream it sends (garbage, a frame cut short) is a failed run saying so,
keeping the repetitions it sent before; gilbench and the suite go on.
A child deaf to every signal but SIGKILL is killed past the deadline.
GILBENCH_SUPERVISE_TEST=FAULT@ENTRY makes the child of ENTRY's runs fail
after its first repetition."""
import json
import os
import signal
import subprocess
import time

import hlib
from hlib import expect

WORKLOAD = hlib.out("crash.py")
with open(WORKLOAD, "w", encoding="utf-8") as f:
    f.write("import time\n\n\ndef work(n):\n    total = 0\n    for i in range(n):\n"
            "        total += i * i\n    return total\n\n\ndef crash(n):\n    return work(n)\n\n\n"
            "def nap(s):\n    time.sleep(s)\n")


def alive(pid):
    """Running, not a zombie waiting for init to reap it."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def env(fault):
    return dict(os.environ, GILBENCH_SUPERVISE_TEST=fault)


# a crash in the suite: that run fails naming the signal, the others are ok
suite = hlib.out("crash-suite.json")
with open(suite, "w", encoding="utf-8") as f:
    json.dump({"schema": "gilbench-suite/1", "name": "crash",
               "defaults": {"reps": 3, "warmup": 0, "pin": "none", "timeout_s": 60,
                            "workload": WORKLOAD, "args": [20000], "workers": 2},
               "experiments": [
                   {"id": "C", "entry": "crash", "sweeps": [{"mode": ["threads", "procs"]}]},
                   {"id": "A", "entry": "work", "sweeps": [{"mode": ["seq", "threads"]}]}]}, f)
out = hlib.out("crash")
p = subprocess.run([hlib.GILBENCH, "suite", suite, "--no-cpython", "--out", out],
                   capture_output=True, text=True, timeout=120, env=env("abort@crash"))
hlib.sanitizer_clean(p.stderr)
expect(p.returncode == 1, "exit 1: a run failed", p)
runs = hlib.results(os.path.join(out, "results.json"))["runs"]
crashed = [r for r in runs if r["entry"] == "crash"]
expect(len(crashed) == 2 and all(r["status"] == "failed" for r in crashed),
       f"crashed runs: {[(r['mode'], r['status']) for r in crashed]}")
for r in crashed:
    expect(r["error"] == "run process killed by signal 6 (SIGABRT) before the run ended",
           f"{r['mode']}: error {r['error']!r}")
    expect(len(r["samples"]) == 1, f"{r['mode']}: the repetition sent before the crash is kept")
ok = [r for r in runs if r["entry"] == "work"]
expect(len(ok) == 2 and all(r["status"] == "ok" and len(r["samples"]) == 3 for r in ok),
       f"the suite went on: {[(r['mode'], r['status'], r['error']) for r in ok]}")

# a stream the parent cannot read: a failed run with the reason
for fault, why in (("garbage", "run process sent a bad frame header and was killed"),
                   ("truncate", "run process exited with status 0 in the middle of a message")):
    js = hlib.out(f"{fault}.json")
    p = subprocess.run([hlib.GILBENCH, "run", WORKLOAD, "-e", "work", "-a", "20000", "--mode",
                        "threads", "-n", "2", "--reps", "3", "--warmup", "0", "--no-baseline", "-q",
                        "--json", js], capture_output=True, text=True, timeout=60,
                       env=env(f"{fault}@work"))
    hlib.sanitizer_clean(p.stderr)
    expect(p.returncode == 1, f"{fault}: exit 1", p)
    r = hlib.results(js)["runs"][0]
    expect(r["status"] == "failed" and r["error"] == why, f"{fault}: {r['status']} {r['error']!r}")

# a run's process deaf to SIGINT and SIGTERM: its group is SIGKILLed past
# the deadline and the run is a timeout keeping the repetition it sent
js = hlib.out("hang.json")
t0 = time.time()
p = subprocess.run([hlib.GILBENCH, "run", WORKLOAD, "-e", "work", "-a", "20000", "--mode",
                    "threads", "-n", "2", "--reps", "3", "--warmup", "0", "--timeout", "1",
                    "--no-baseline", "-q", "--json", js], capture_output=True, text=True,
                   timeout=60, env=env("hang@work"))
took = time.time() - t0
hlib.sanitizer_clean(p.stderr)
expect(p.returncode == 1 and took < 20, f"hang: exit 1 after {took:.1f} s", p)
r = hlib.results(js)["runs"][0]
expect(r["status"] == "timeout" and r["error"] == "timeout after 1 s; the run's process did not "
       "stop and its process group was killed", f"hang: {r['status']} {r['error']!r}")
expect(len(r["samples"]) == 1, f"hang: {len(r['samples'])} samples, not the one sent")

# the run's process killed from outside (as the OOM killer does); procs
# workers still hold its pipe, yet gilbench sees at once that it died
for mode in ("threads", "procs"):
    js = hlib.out(f"oom-{mode}.json")
    p = hlib.spawn("run", WORKLOAD, "-e", "nap", "-a", 5, "--mode", mode, "-n", 2, "--reps", 1,
                   "--warmup", 0, "--no-baseline", "-q", "--json", js)
    deadline = time.time() + 20
    while not hlib.run_processes(p.pid) and time.time() < deadline:
        time.sleep(0.02)
    run = hlib.run_processes(p.pid)
    expect(len(run) == 1, f"{mode}: one run process, saw {run}")
    time.sleep(0.3)
    workers = hlib.descendants(run[0])
    t0 = time.time()
    os.kill(run[0], signal.SIGKILL)
    so, se = p.communicate(timeout=30)
    hlib.sanitizer_clean(se)
    expect(p.returncode == 1 and time.time() - t0 < 3,
           f"{mode}: exit {p.returncode} at once: {so} {se}")
    expect(not any(alive(w) for w in workers), f"{mode}: workers {workers} outlived the run")
    r = hlib.results(js)["runs"][0]
    expect(r["status"] == "failed"
           and r["error"] == "run process killed by signal 9 (SIGKILL) before the run ended",
           f"{mode}: {r['status']} {r['error']!r}")
print("ok")
