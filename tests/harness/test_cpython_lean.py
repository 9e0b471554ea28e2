"""The CPython side of a comparison pays for its task, not for our harness
(issue 13, fidelity): compat.fetch's first request in a fresh CPython imports
nothing (socket.create_connection's getaddrinfo imported the idna codec,
stringprep and unicodedata: 1 ms of CPU in every E2 sample, each the first
request of a fresh process); the driver's CPU clock covers the task's call
alone and its run-queue readings stay inside the wall clock; the schedstat
file is opened once, outside the clocks; a procs run's samples carry the
task's result from every worker, and a sample's CPU time is their sum (as
gilpy's: the driver's own work is no task's); its workers, released
together by one signal to a process group of their own (as run_proc.c's by
one futex wake-up), end with the driver, even when it is killed; a threads
sample's clock starts before the workers' release, so it covers every
worker's own."""
import json
import os
import re
import subprocess
import signal
import sys
import time

import hlib
from hlib import expect

WL = os.path.join(hlib.ROOT, "workloads")
ENGINE = os.path.join(hlib.ROOT, "harness", "engine")

srv = hlib.spawn("serve", "--latency", "0")
try:
    m = re.search(r"127\.0\.0\.1:(\d+)", srv.stdout.readline())
    expect(m, "the server names its port")
    url = f"http://127.0.0.1:{m.group(1)}/"
    prog = ("import sys\nsys.path.insert(0, sys.argv[1])\nimport compat\n"
            "before = set(sys.modules)\nn = compat.fetch(sys.argv[2])\n"
            "print(n > 0, sorted(set(sys.modules) - before))\n")
    p = subprocess.run([sys.executable, "-c", prog, WL, url], capture_output=True, text=True,
                       timeout=60)
    expect(p.returncode == 0 and p.stdout.strip() == "True []",
           f"a first fetch imports no module: {p.stdout.strip()!r}", p)
finally:
    srv.terminate()
    srv.wait()

# The order of the driver's readings around one call of the task.
sys.path.insert(0, ENGINE)
sys.dont_write_bytecode = True  # no __pycache__ left in the repository
import cpython_driver as drv  # noqa: E402

log = []
real = (drv.time.perf_counter, drv.time.thread_time, drv.runq_now)
drv.time.perf_counter = lambda: log.append("wall") or real[0]()
drv.time.thread_time = lambda: log.append("cpu") or real[1]()
drv.runq_now = lambda fd: log.append("runq") or real[2](fd)
try:
    rq = drv.runq_open()
    rec = drv.task(lambda: log.append("call") or 7, (), rq)
    drv.runq_close(rq)
finally:
    drv.time.perf_counter, drv.time.thread_time, drv.runq_now = real
expect(log == ["wall", "runq", "cpu", "call", "cpu", "runq", "wall"],
       f"the CPU clock covers the call alone, the run-queue wait lies inside the wall: {log}")
expect(rec["result"] == 7 and rec["cpu_s"] <= rec["wall_s"], f"the record: {rec}")

# Opened once per thread: a reading is a pread on it, not an open().
if os.path.exists("/proc/thread-self/schedstat"):
    rq = drv.runq_open()
    expect(rq >= 0, "schedstat opens")
    fds = len(os.listdir("/proc/self/fd"))
    a = drv.runq_now(rq)
    expect(drv.runq_now(rq) >= a >= 0 and len(os.listdir("/proc/self/fd")) == fds,
           "readings on one descriptor, none opened")
    drv.runq_close(rq)
expect(drv.runq_now(-1) == 0.0, "no schedstat: a wait of 0")

# Processes: every worker reports ready, then one record per repetition.
p = subprocess.run([sys.executable, os.path.join(ENGINE, "cpython_driver.py"), "--file",
                    os.path.join(WL, "cpu_bound.py"), "--entry", "squares", "--args", "[1000]",
                    "--mode", "procs", "--workers", "3", "--reps", "2", "--warmup", "1"],
                   capture_output=True, text=True, timeout=60)
expect(p.returncode == 0, "the procs driver runs", p)
samples = json.loads(p.stdout)["samples"]
want = hlib.sum_squares(1000)
expect(len(samples) == 2 and all([w["result"] for w in s["workers"]] == [want] * 3
                                 for s in samples), f"3 workers' results per sample: {samples}")
expect(all(abs(s["cpu_s"] - sum(w["cpu_s"] for w in s["workers"])) < 1e-9 for s in samples),
       f"a sample's CPU time is its workers' sum, as gilpy's: {samples}")

p = subprocess.run([sys.executable, os.path.join(ENGINE, "cpython_driver.py"), "--file",
                    os.path.join(WL, "cpu_bound.py"), "--entry", "squares", "--args", "[20000]",
                    "--mode", "threads", "--workers", "2", "--reps", "5", "--warmup", "0"],
                   capture_output=True, text=True, timeout=60)
expect(p.returncode == 0, "the threads driver runs", p)
samples = json.loads(p.stdout)["samples"]
expect(all(s["wall_s"] >= max(w["wall_s"] for w in s["workers"]) for s in samples),
       f"a threads sample's clock covers its workers': {samples}")


def pgid(pid):
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[2])


drv_p = subprocess.Popen([sys.executable, os.path.join(ENGINE, "cpython_driver.py"), "--serve",
                          "--file", os.path.join(WL, "cpu_bound.py"), "--entry", "squares",
                          "--args", "[1000]", "--mode", "procs", "--workers", "3"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    expect("ready" in drv_p.stdout.readline(), "the driver is ready")
    kids = hlib.children(drv_p.pid)
    groups = {pgid(k) for k in kids}
    expect(len(kids) == 3 and len(groups) == 1 and pgid(drv_p.pid) not in groups,
           f"3 workers in one group of their own: {kids} {groups}")
    drv_p.stdin.write("rep\n")
    drv_p.stdin.flush()
    s = json.loads(drv_p.stdout.readline())
    expect([w["result"] for w in s["workers"]] == [hlib.sum_squares(1000)] * 3, f"a rep: {s}")
    drv_p.kill()
    drv_p.wait()
    t_end = time.monotonic() + 10
    while time.monotonic() < t_end and any(os.path.exists(f"/proc/{k}/stat") and
                                            open(f"/proc/{k}/stat").read().split()[2] != "Z"
                                            for k in kids):
        time.sleep(0.05)
    left = [k for k in kids if os.path.exists(f"/proc/{k}/stat")
            and open(f"/proc/{k}/stat").read().split()[2] != "Z"]
    expect(not left, f"the workers end with the killed driver: {left}")
finally:
    if drv_p.poll() is None:
        drv_p.send_signal(signal.SIGKILL)
        drv_p.wait()
print("ok")
