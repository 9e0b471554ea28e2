"""Ruby reference runs that cannot be made (harness/engine/ruby.c,
ruby_driver.rb): an absent ruby drops E14's Ruby line with one message and
the report says "Ruby not measured"; a ruby whose driver fails fails its run
with a clear error, one that hangs times out and is killed; a missing driver
drops the line; a workload with no Ruby port fails naming it. The gilpy
runs pass throughout and no ruby process is left behind. A results file
given a (made-up) Ruby run is analyzed against it, whether ruby exists or
not."""
import json
import os
import shutil
import stat
import subprocess

import hlib
from hlib import expect


d = hlib.out("rubyfaults")
os.makedirs(d)
wl = os.path.join(hlib.ROOT, "workloads", "e14_convoy_designs.py")


def write_suite(name, workload, entry, args):
    suite = {
        "schema": "gilbench-suite/1", "name": name, "description": "Ruby runs that fail",
        "defaults": {"reps": 1, "warmup": 0, "pin": "cores", "timeout_s": 3},
        "experiments": [
            {"id": "E14", "workload": workload, "entry": entry, "mode": "seq", "workers": 1,
             "latency_ms": 0, "ruby": ["seq"],
             "sweeps": [{"args": [args], "gil": "fifo", "switch_interval": 0.1}]}],
    }
    path = os.path.join(d, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(suite, f)
    return path


def fake_ruby(name, body):
    """A 'ruby' that passes the version probe (-e) and then runs body."""
    path = os.path.join(d, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'#!/bin/sh\nif [ "$1" = -e ]; then echo ruby-9.9.9; exit 0; fi\n{body}\n')
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def left_behind():
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return [l for l in ps.splitlines() if d in l]


def suite_run(sj, tag, *opts):
    out = os.path.join(d, tag)
    p = hlib.gilbench("suite", sj, "--out", out, "--no-preflight", *opts, timeout=120)
    doc = hlib.results(os.path.join(out, "results.json"))
    gilpy = [r for r in doc["runs"] if r["interpreter"] == "gilpy"]
    expect(gilpy and all(r["status"] == "ok" for r in gilpy), f"{tag}: gilpy runs pass", p)
    ruby = [r for r in doc["runs"] if r["interpreter"].startswith("ruby")]
    with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
        return p, ruby, f.read()


sj = write_suite("e14", wl, "designs", ["{url}", 1, 50, 0.02, 1000])

# no such ruby: the line is missing, one message says why, the report too
p, ruby, report = suite_run(sj, "absent", "--ruby", os.path.join(d, "no-such-ruby"))
expect(p.returncode == 0 and ruby == [], "absent ruby: no Ruby runs, the suite passes", p)
expect("no ruby (cannot run " in p.stderr and "no Ruby reference runs" in p.stderr,
       "absent ruby: the suite says so", p)
expect("Ruby not measured" in report, "absent ruby: the report says Ruby was not measured")

# the same file with a Ruby run: fifo's twin, its I/O rate a quarter of fifo's
doc = hlib.results(os.path.join(d, "absent", "results.json"))
twin = json.loads(json.dumps(doc["runs"][0]))
twin["interpreter"] = "ruby-9.9.9"
for smp in twin["samples"]:
    w = smp["workers"][0]
    io, rest = w["result"].split(" ", 1)
    w["result"] = f"io={float(io[3:]) / 4:.6f} {rest}"
doc["runs"].append(twin)
mixed = os.path.join(d, "mixed.json")
with open(mixed, "w", encoding="utf-8") as f:
    json.dump(doc, f)
p = hlib.gilbench("report", mixed, "--out", os.path.join(d, "mixed"))
expect(p.returncode == 0, "report of a file with a Ruby run", p)
with open(os.path.join(d, "mixed", "report.md"), encoding="utf-8") as f:
    report = f.read()
expect("ruby-9.9.9 GVL, 100 ms" in report and "a ratio of 4.00" in report and
       "fifo does not model Ruby's convoy within a factor 2" in report, "the report compares fifo with the Ruby run")
expect("**fail:** fifo, 100 ms, k=1" in report, "fifo 4x off Ruby fails the check")

# its driver fails at start-up: the Ruby run fails, naming the driver
bad = fake_ruby("ruby-fails", 'echo "fake ruby: broken at start-up" >&2; exit 1')
p, ruby, _ = suite_run(sj, "fails", "--ruby", bad)
expect(p.returncode == 1 and len(ruby) == 1 and ruby[0]["status"] == "failed", "fails", p)
expect(ruby[0]["error"] == "ruby_driver failed; see its message above", f"{ruby[0]['error']}")
expect("fake ruby: broken at start-up" in p.stderr, "its own message reaches stderr", p)

# it hangs: a timeout within the run's 3 s, the process killed
# (one process whose command line names d, so that left_behind() sees it)
hang = fake_ruby("ruby-hangs", 'exec python3 -c "import time; time.sleep(600)" "$0"')
p, ruby, _ = suite_run(sj, "hangs", "--ruby", hang)
expect(len(ruby) == 1 and ruby[0]["status"] == "timeout" and
       "ruby_driver run did not finish" in ruby[0]["error"], f"hangs: {ruby}", p)
expect(left_behind() == [], f"processes left behind: {left_behind()}")

# a ruby but no driver where it is looked for: no Ruby runs, one message
os.environ["GILBENCH_RUBY_DRIVER"] = os.path.join(d, "nowhere.rb")
p, ruby, _ = suite_run(sj, "nodriver", "--ruby", bad)
expect(p.returncode == 0 and ruby == [] and "no Ruby driver" in p.stderr, "no driver", p)
del os.environ["GILBENCH_RUBY_DRIVER"]

# a workload Ruby has no port of: the driver says which
if shutil.which("ruby"):
    sj2 = write_suite("noport", hlib.SMALL, "work", [1000])
    p, ruby, _ = suite_run(sj2, "noport")
    expect(len(ruby) == 1 and ruby[0]["status"] == "failed", f"no port: {ruby}", p)
    expect("ruby_driver: no Ruby port of small.py's work()" in p.stderr, "no port named", p)
print("ruby_faults: 1 passed, 0 failed")
