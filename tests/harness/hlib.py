"""Helpers for the harness tests: run gilbench, load and check results."""
import json
import os
import subprocess
import sys
import tempfile

import check_schema

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SMALL = os.path.join(HERE, "small.py")
SKIP = 77  # ctest SKIP_RETURN_CODE

GILBENCH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "bin", "gilbench")
TMP = tempfile.mkdtemp(prefix="gilbench-test-")


def skip(why):
    print("SKIP:", why)
    sys.exit(SKIP)


def ncores():
    out = subprocess.run([GILBENCH, "info", "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["machine"]["topology"]["cores"]


def sanitizer_clean(stderr):
    """Fails the test on a sanitizer report, whatever the exit status was."""
    for mark in ("Sanitizer", "runtime error:"):
        expect(mark not in stderr, "sanitizer report:\n" + stderr[-4000:])


def gilbench(*args, timeout=120):
    """Runs gilbench; returns the CompletedProcess (text)."""
    p = subprocess.run([GILBENCH, *map(str, args)], capture_output=True, text=True,
                       timeout=timeout)
    sanitizer_clean(p.stderr)
    return p


def results(path):
    """Loads a results file and fails the test if it breaks SCHEMA.md."""
    errs = check_schema.check_file(path)
    expect(not errs, "schema: " + "; ".join(errs[:5]))
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def out(name):
    return os.path.join(TMP, name)


def write_results(doc, name):
    """Writes doc as results.json in a fresh folder out(name): (folder, path)."""
    d = out(name)
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "results.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    return d, path


def report_md(doc, name):
    """The report.md that `gilbench report` makes of results doc."""
    d, path = write_results(doc, name)
    p = gilbench("report", path, "--out", d)
    expect(p.returncode == 0, "report", p)
    with open(os.path.join(d, "report.md"), encoding="utf-8") as f:
        return f.read()


def expect(cond, what, proc=None):
    if cond:
        return
    print("FAIL:", what)
    if proc is not None:
        print("exit", proc.returncode, "\nstdout:", proc.stdout, "\nstderr:", proc.stderr)
    sys.exit(1)


def sum_squares(n):
    return sum(i * i for i in range(n))


def children(pid):
    """The child processes of pid's main thread (gilbench forks from it)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def run_processes(pid):
    """gilbench's supervised run processes: the children that lead their own
    process group (a workload's preflight load is a child too, not one)."""
    out = []
    for c in children(pid):
        try:
            with open(f"/proc/{c}/stat") as f:
                if int(f.read().rsplit(")", 1)[1].split()[2]) == c:
                    out.append(c)
        except (OSError, IndexError, ValueError):
            pass
    return out


def descendants(pid):
    """Every process below pid: its run processes and their workers."""
    out = []
    for c in children(pid):
        out += [c] + descendants(c)
    return out


def spawn(*args):
    """Starts gilbench in the background (text pipes)."""
    return subprocess.Popen([GILBENCH, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def restat(run):
    """After a test edits a run's samples[].wall_s: its stats to match, as
    readers refuse a file whose stats are not its samples' (ci95 kept)."""
    xs = sorted(s["wall_s"] for s in run["samples"])
    n = len(xs)
    mean = sum(xs) / n
    sd = (sum((x - mean) ** 2 for x in xs) / (n - 1)) ** 0.5 if n > 1 else 0.0
    med = xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2
    run["stats"].update(n=n, min=xs[0], median=med, mean=mean, stddev=sd,
                        cv=sd / mean if mean > 0 else 0.0)
