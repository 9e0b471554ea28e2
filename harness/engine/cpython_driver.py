#!/usr/bin/env python3
"""Runs one gilbench configuration under the real CPython, for reference runs.

`gilbench suite` spawns this script with the same workload file, entry,
arguments, mode and worker count it gives the embedded interpreter, and the
PU (logical CPU) each worker is pinned to. Timing follows the harness: the
workers get ready (threads started for each repetition, processes forked once
for all of them, as the harness does), wait at a barrier, and the clock runs
from the barrier's release until the last one finishes.
One JSON object goes to stdout:

  {"interpreter": "cpython-3.11", "samples": [{"wall_s", "cpu_s", "startup_s",
   "steal_s", "workers": [{"wall_s", "cpu_s", "runq_s", "result"}]}]}

With --serve (how the suite runs it, harness/engine/cpython.c) it does the warm-up,
prints {"ready": "cpython-3.11"}, then answers each "rep" line on stdin with
one sample object on a line of its own, until stdin ends.

A worker's cpu_s is its task's CPU time (thread clock; procs: the worker
process's), runq_s its run-queue wait (/proc/thread-self/schedstat, 0 when
unknown): what the harness's disturbance check (session/disturb.c) reads.
A sample's cpu_s is its workers' sum, as the harness's (gb_sample_totals):
the driver's own work around the tasks (starting and joining threads,
the workers' messages) is no task's CPU time.
steal_s is the machine's steal time over the timed interval (as the harness
reads it, harness/engine/measure.c), null when /proc/stat has none.

Errors go to stderr with exit status 1 (2 for bad usage).
"""
import argparse
import ctypes
import importlib
import json
import os
import signal
import sys
import threading
import time


def steal_now():
    """Steal time so far, s summed over all CPUs (/proc/stat "cpu" line, 8th value)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            v = f.readline().split()
        return int(v[8]) / os.sysconf("SC_CLK_TCK") if v[0] == "cpu" and len(v) > 8 else None
    except (OSError, ValueError, IndexError):
        return None


def runq_open():
    """This thread's /proc/thread-self/schedstat, kept open as measure.c keeps
    it: a reading is then one pread. open() through the io stack costs 15 us
    a call, and 0.25 ms (1 ms in a forked worker) in a process's first;
    -1 when there is no such file."""
    try:
        return os.open("/proc/thread-self/schedstat", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return -1


def runq_now(fd):
    """The run-queue wait so far, s, of the thread that opened fd (2nd field),
    0 when unknown."""
    try:
        return int(os.pread(fd, 128, 0).split()[1]) / 1e9 if fd >= 0 else 0.0
    except (OSError, ValueError, IndexError):
        return 0.0


def runq_close(fd):
    if fd >= 0:
        os.close(fd)


def task(fn, args, rq):
    """One call of the task, timed on this thread: its worker record. The
    CPU clock covers the call alone, as the harness's does (measure.c); the
    run-queue wait (rq: runq_open's) is read inside the wall clock's
    interval, so that a preemption between two readings never makes the wait
    exceed the wall."""
    w0 = time.perf_counter()
    q0 = runq_now(rq)
    c0 = time.thread_time()
    r = fn(*args)
    c1 = time.thread_time()
    q1 = runq_now(rq)
    w1 = time.perf_counter()
    return {"wall_s": w1 - w0, "cpu_s": c1 - c0, "runq_s": q1 - q0, "result": plain(r)}


def steal_since(before):
    after = steal_now()
    return after - before if None not in (before, after) and after >= before else None


def plain(v):
    """The entry's return value as JSON can hold it (the harness's convention)."""
    if v is None or isinstance(v, (bool, int, float, str)):
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 2**63:
            return repr(v)
        return v
    return repr(v)


def pin(cpu):
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})  # pid 0: the calling thread only


def run_seq(fn, args, n, cpus):
    pin(cpus[0] if cpus else None)
    workers = []
    rq = runq_open()
    steal0 = steal_now()
    t0 = time.perf_counter()
    for _ in range(n):
        workers.append(task(fn, args, rq))
    wall = time.perf_counter() - t0
    steal = steal_since(steal0)
    runq_close(rq)
    return wall, 0.0, workers, steal


def run_threads(fn, args, n, cpus):
    """The workers wait at `arrived`, then for `go`: the clock starts before
    go releases them, as run_thread.c starts it before its broadcast. Read
    after a barrier's release, it started late whenever the releasing main
    thread lost its CPU to a worker (quick E1 on a loaded VM: the sample's
    wall fell 5 ms short of its one task's own, median)."""
    arrived, go = threading.Barrier(n + 1), threading.Event()
    workers = [None] * n
    errors = []

    def work(k):
        pin(cpus[k % len(cpus)] if cpus else None)
        rq = runq_open()
        arrived.wait()
        go.wait()
        try:
            workers[k] = task(fn, args, rq)
        except BaseException as e:  # reported by the parent
            errors.append(f"{type(e).__name__}: {e}")
        runq_close(rq)

    s0 = time.perf_counter()
    threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    steal0 = steal_now()
    arrived.wait()
    t0 = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    steal = steal_since(steal0)
    if errors:
        raise RuntimeError(errors[0])
    return wall, t0 - s0, workers, steal


GO, QUIT = signal.SIGUSR1, signal.SIGUSR2  # to the workers' process group
PR_SET_PDEATHSIG = 1


def die_with_parent(parent):
    """A worker waiting for a signal sees no EOF when the driver dies: the
    kernel ends it then (checked after the call, for a driver that died
    before it), as run_proc.c's children."""
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def procs_worker(fn, args, cpu, parent, res_w):
    """A worker process: pinned, it runs the task once per GO and writes one
    JSON line per run to res_w; QUIT ends it. The first GO, the parent's
    warm-up, runs int() instead: a repetition's code (waking from sigwait,
    the clocks, the schedstat reading, json, the write) has then run once
    before any is timed. In a forked process a first use pays copy-on-write
    faults (json.dumps 0.1 ms instead of 20 us), which belong to the
    harness, not to the task."""
    status = 0
    work = (int, ())
    try:
        die_with_parent(parent)
        pin(cpu)
        rq = runq_open()
        with os.fdopen(res_w, "wb", buffering=0) as out:
            while signal.sigwait({GO, QUIT}) == GO:
                try:
                    r = task(*work, rq)  # its CPU time is not the parent's: not waited for
                except BaseException as e:
                    r = {"error": f"{type(e).__name__}: {e}"}
                    status = 1
                out.write(json.dumps(r).encode() + b"\n")
                work = (fn, args)
    except BaseException:
        status = 1
    os._exit(status)


class Procs:
    """Worker processes forked once per run and kept for its repetitions,
    as the harness does (run_proc.c): a repetition's clock sees the tasks
    and their messages, not fork, copy-on-write faults of a new process or
    its exit, nor the first run of a repetition's code (the warm-up of
    procs_worker). The workers form a process group of their own, and one
    killpg releases them all, as one futex wake-up releases run_proc.c's:
    with a write per worker, waking a worker on the driver's CPU could
    preempt the driver before it woke the rest (idle full run, CPython
    procs: 0.3-0.5 ms outside every task per repetition, up to 5.5 ms;
    gilpy's 0.1 ms). GO and QUIT stay blocked (inherited by the workers),
    so they wait in sigwait and a signal sent early stays pending."""

    def __init__(self, fn, args, n, cpus):
        s0 = time.perf_counter()
        self.pids, self.res, self.group = [], [], 0
        signal.pthread_sigmask(signal.SIG_BLOCK, {GO, QUIT})
        me = os.getpid()
        for k in range(n):
            res_r, res_w = os.pipe()
            pid = os.fork()
            if pid == 0:
                try:
                    os.close(res_r)
                    for f in self.res:
                        f.close()
                    os.setpgid(0, self.group)
                except BaseException:  # never back into the driver's code
                    os._exit(1)
                procs_worker(fn, args, cpus[k % len(cpus)] if cpus else None, me, res_w)
            os.close(res_w)
            self.set_group(pid)
            self.pids.append(pid)
            self.res.append(os.fdopen(res_r, "rb"))
        self.startup = 0.0
        if any(w["result"] != 0 for w in self.rep()[2]):  # the warm-up: int()
            raise RuntimeError("a worker's warm-up failed")
        self.startup = time.perf_counter() - s0

    def set_group(self, pid):
        """The workers' group is the first one's; set by both sides of the
        fork, so that it holds before either goes on."""
        try:
            os.setpgid(pid, self.group or pid)
        except OSError:  # the worker already set it, or died: readline says
            pass
        self.group = self.group or pid

    def rep(self):
        steal0 = steal_now()
        t0 = time.perf_counter()
        os.killpg(self.group, GO)
        workers = [json.loads(f.readline() or b'{"error": "worker died"}') for f in self.res]
        wall = time.perf_counter() - t0
        steal = steal_since(steal0)
        for w in workers:
            if "error" in w:
                raise RuntimeError(w["error"])
        return wall, self.startup, workers, steal

    def close(self):
        try:
            os.killpg(self.group, QUIT)
        except ProcessLookupError:  # every worker has ended
            pass
        for f in self.res:
            f.close()
        for pid in self.pids:
            os.waitpid(pid, 0)


RUNNERS = {"seq": run_seq, "threads": run_threads}  # procs: Procs, kept for the run


def measure(o, fn, args, cpus, procs):
    """One repetition: the sample the harness records."""
    if procs:
        wall, startup, workers, steal = procs.rep()
    else:
        wall, startup, workers, steal = RUNNERS[o.mode](fn, args, o.workers, cpus)
    return {"wall_s": wall, "cpu_s": sum(w["cpu_s"] for w in workers), "startup_s": startup,
            "steal_s": steal, "workers": workers}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", required=True)
    ap.add_argument("--entry", required=True)
    ap.add_argument("--args", default="[]", help="JSON list of int/float/str")
    ap.add_argument("--mode", choices=["seq", "threads", "procs"], required=True)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--cpus", default="", help="PU of each worker, comma-separated")
    ap.add_argument("--switch-interval", type=float, default=0.0)
    ap.add_argument("--serve", action="store_true",
                    help="after the warm-up, one sample line per 'rep' line on stdin")
    o = ap.parse_args()
    path = os.path.abspath(o.file)
    sys.path.insert(0, os.path.dirname(path))
    mod = importlib.import_module(os.path.splitext(os.path.basename(path))[0])
    fn = getattr(mod, o.entry)
    args = json.loads(o.args)
    cpus = [int(c) for c in o.cpus.split(",") if c != ""]
    if o.switch_interval > 0:
        sys.setswitchinterval(o.switch_interval)
    v = sys.version_info
    interp = f"cpython-{v.major}.{v.minor}"
    procs = Procs(fn, args, o.workers, cpus) if o.mode == "procs" else None
    for _ in range(o.warmup):
        measure(o, fn, args, cpus, procs)
    if o.serve:
        print(json.dumps({"ready": interp}), flush=True)
        for line in sys.stdin:
            if line.strip() != "rep":
                raise ValueError(f"--serve: unknown request {line.strip()!r}")
            print(json.dumps(measure(o, fn, args, cpus, procs)), flush=True)
    else:
        samples = [measure(o, fn, args, cpus, procs) for _ in range(o.reps)]
        json.dump({"interpreter": interp, "samples": samples}, sys.stdout)
        sys.stdout.write("\n")
    if procs:
        procs.close()


if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        sys.stderr.write(f"cpython_driver: {type(e).__name__}: {e}\n")
        sys.exit(1)
