"""Shared by tests/shape/test_*.py: each runs gilpy programs and checks the
coarse shape of their timings (who runs in parallel, who serializes).

A test is `python3 test_X.py path/to/gilpy`; exit 0 passes, 1 fails, 77 is a
skip (with the reason printed).  Timings are never asserted tightly: bounds
are wide, each timing check gets up to ATTEMPTS tries and passes if any try
meets it, since a busy machine can spoil a single measurement; when other
processes or the hypervisor (steal time) took the cores a parallel shape
needs during every failed try, the test is skipped rather than failed.

Under a sanitizer build (env GILBENCH_SANITIZE is "thread" or
"address,undefined", set by scripts/test.sh and by tests/shape.cmake) the
programs still run and their results and stderr are checked, but timing
bounds are not: instrumentation changes the cost of everything (only
test_sleepers keeps a looser bound, as sleeping is not instrumented).
"""
import os
import resource
import subprocess
import sys
import time

SKIP = 77
ATTEMPTS = 4

# The task every CPU-bound test runs: small ints only (no bignums, no
# allocation in the loop), calibrated in-process to last about `secs`.
WORK = """
import time
import threading

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 1000
    return total

def calibrate(fn, secs):
    n = 1000
    while True:
        t0 = time.perf_counter()
        fn(n)
        dt = time.perf_counter() - t0
        if dt > 0.03:
            return int(n * secs / dt) + 1
        n *= 4

def task(fn, n, out):
    out.append(fn(n))

def sequential(fn, n):
    t0 = time.perf_counter()
    a = fn(n)
    b = fn(n)
    return time.perf_counter() - t0, [a, b]

def threaded(fn, n):
    outs = [[], []]
    ths = [threading.Thread(target=task, args=(fn, n, out)) for out in outs]
    t0 = time.perf_counter()
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    return time.perf_counter() - t0, [outs[0][0], outs[1][0]]

def seq_vs_threads(fn, secs, rounds):
    # interleaved rounds, best of each: both sides see the same machine load
    n = calibrate(fn, secs)
    best_s = best_t = 1e9
    for r in range(rounds):
        s, rs = sequential(fn, n)
        t, rt = threaded(fn, n)
        assert rs == rt, (rs, rt)
        best_s = min(best_s, s)
        best_t = min(best_t, t)
    print("seq", best_s)
    print("threads", best_t)
"""


def sanitizer():
    """The sanitizer this build uses ('' for none)."""
    return os.environ.get("GILBENCH_SANITIZE", "")


def timing_checked():
    """Whether timing bounds are asserted (not under a sanitizer)."""
    san = sanitizer()
    return not ("thread" in san or "address" in san)


def setup(need_cores):
    """Returns the gilpy path from argv; exits 77 on too few cores."""
    if len(sys.argv) != 2:
        sys.exit("usage: %s path/to/gilpy" % sys.argv[0])
    cores = len(os.sched_getaffinity(0))
    if cores < need_cores:
        print("skipped: %d core(s) available, this shape needs %d" % (cores, need_cores))
        sys.exit(SKIP)
    if not timing_checked():
        print("sanitizer build (%s): programs run, timing bounds not checked" % sanitizer())
    return sys.argv[1]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def _cpu_ticks():
    """(busy, steal) clock ticks of all CPUs so far, from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = v[:8]
    return user + nice + system + irq + softirq, steal


def _child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(gilpy, flags, code, timeout=300):
    """Runs `gilpy FLAGS -c CODE`; returns its stdout lines as a dict
    {first word: rest} (floats where they parse), plus "_busy": the cores
    that other processes and the hypervisor (steal time) took on average
    while it ran. Fails on a non-zero exit or any sanitizer report."""
    cmd = [gilpy] + flags + ["-c", code]
    hz = os.sysconf("SC_CLK_TCK")
    busy0, steal0, cpu0, t0 = *_cpu_ticks(), _child_cpu(), time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    busy1, steal1, cpu1, t1 = *_cpu_ticks(), _child_cpu(), time.monotonic()
    others = max(0.0, (busy1 - busy0) / hz - (cpu1 - cpu0)) + (steal1 - steal0) / hz
    if p.returncode != 0 or "Sanitizer" in p.stderr or "runtime error:" in p.stderr:
        fail("gilpy %s exited %d\nstdout:\n%s\nstderr:\n%s"
             % (" ".join(flags), p.returncode, p.stdout, p.stderr))
    out = {}
    for line in p.stdout.splitlines():
        key, _, rest = line.partition(" ")
        try:
            out[key] = float(rest)
        except ValueError:
            out[key] = rest
    out["_busy"] = others / (t1 - t0)
    return out


def retry(what, attempt, need_cores=1):
    """Calls attempt() -> (ok, description, run's "_busy") up to ATTEMPTS
    times, or once when timings are not checked; passes on the first ok.
    A failed attempt during which other processes or the hypervisor left
    fewer than need_cores - 0.5 cores free proves nothing (a parallel shape
    needs the cores); if every failure was such, the test is skipped."""
    cores = len(os.sched_getaffinity(0))
    conclusive = 0
    for i in range(1, ATTEMPTS + 1):
        ok, desc, busy = attempt()
        if not timing_checked():
            print("%s (not checked): %s" % (what, desc))
            return
        free = cores - busy
        verdict = "ok" if ok else "no" if free >= need_cores - 0.5 else "inconclusive"
        print("%s, attempt %d: %s; %.1f of %d cores free -> %s"
              % (what, i, desc, free, cores, verdict))
        if ok:
            return
        conclusive += verdict == "no"
    load = "%.2f %.2f %.2f" % os.getloadavg()
    if not conclusive:
        print("skipped: the machine was too busy to show the shape (load average %s)" % load)
        sys.exit(SKIP)
    fail("%s: not met in %d attempts (load average %s)" % (what, ATTEMPTS, load))


def check_ratio(gilpy, flags, code, what, at_least=None, at_most=None, need_cores=1):
    """Runs code (which prints "seq S" and "threads T", as seq_vs_threads
    does) until threads/seq is within the bound; see retry."""
    want = ">= %.2f" % at_least if at_least is not None else "<= %.2f" % at_most

    def attempt():
        r = run(gilpy, flags, code)
        ratio = r["threads"] / r["seq"]
        ok = (at_least is None or ratio >= at_least) and (at_most is None or ratio <= at_most)
        desc = "seq %.3f s, threads %.3f s, ratio %.2f (want %s)" % (
            r["seq"], r["threads"], ratio, want)
        return ok, desc, r["_busy"]

    retry(what, attempt, need_cores)
