"""Issue 12 (7, 9): messages that say where. A workload with a SyntaxError
names its line and shows the source and caret, as gilpy does; a worker's
error names file:line and function; a missing results file reads as such
(not "(line -1)"); a suite workload that is a directory or a device is
refused at once, as `gilbench run` refuses it (not "[Errno 5]", not 60 s
later); bench.read_file('/dev/zero') is a bounded, clear OSError."""
import json
import os
import resource
import subprocess
import time

import hlib
from hlib import expect


def write(name, text):
    path = hlib.out(name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


syn = write("syn.py", "def work(n):\n    x = (1,\n    return x\n")
p = hlib.gilbench("run", syn, "-e", "work", "-a", 1, "--mode", "seq", "-n", 1, "-q")
expect(p.returncode == 2, "a SyntaxError fails the run", p)
expect(f"SyntaxError: '(' was never closed ({syn}:2)" in p.stderr, "no line number", p)
expect("    x = (1,\n        ^" in p.stderr, "no source line and caret", p)

ne = write("nameerr.py", "def helper(n):\n    return undefined_name + n\n\n\n"
           "def work(n):\n    return helper(n)\n")
for mode, who in (("threads", "worker 0"), ("procs", "worker 0"), ("seq", "task 0")):
    p = hlib.gilbench("run", ne, "-e", "work", "-a", 1, "--mode", mode, "-n", 1, "--no-baseline",
                      "-q")
    want = f"{who}: NameError: name 'undefined_name' is not defined ({ne}:2, in helper)"
    expect(p.returncode == 1 and want in p.stdout, f"{mode}: the error lacks file:line", p)

for cmd in ("compare", "report", "export"):
    missing = hlib.out("missing.json")
    args = (missing, missing) if cmd == "compare" else (missing,)
    p = hlib.gilbench(cmd, *args)
    expect(p.returncode != 0 and f"cannot read {missing}: No such file or directory" in p.stderr
           and "line -1" not in p.stderr, f"{cmd}: a missing file", p)
    p = hlib.gilbench(cmd, *((hlib.TMP, hlib.TMP) if cmd == "compare" else (hlib.TMP,)))
    expect(p.returncode != 0 and "not a regular file" in p.stderr, f"{cmd}: a directory", p)

os.makedirs(hlib.out("wdir"))
for wl in (hlib.out("wdir"), "/dev/zero", hlib.out("nowhere.py")):
    suite = write("s.json", json.dumps({
        "schema": "gilbench-suite/1", "name": "msg", "defaults": {"reps": 1, "warmup": 0},
        "experiments": [{"id": "E", "workload": wl, "entry": "work", "mode": "seq",
                         "workers": 1, "sweeps": [{}]}]}))
    t0 = time.monotonic()
    p = hlib.gilbench("suite", suite, "--no-cpython", "--out", hlib.out("sout"), timeout=100)
    secs = time.monotonic() - t0
    why = "No such file or directory" if wl.endswith(".py") else "not a regular file"
    expect(p.returncode == 2 and f"E: cannot read {wl}: {why}" in p.stderr, f"suite {wl}", p)
    expect(secs < 20, f"suite {wl}: refused after {secs:.0f} s", p)

# bench.read_file of an endless file: an OSError at once, not the memory limit
rf = write("rf.py", "import bench\n\n\ndef work():\n    return len(bench.read_file('/dev/zero'))\n")


def cap():  # so that a regression fails rather than eats the machine (not with ASan)
    if not os.environ.get("GILBENCH_SANITIZE"):
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


t0 = time.monotonic()
p = subprocess.run([hlib.GILBENCH, "run", rf, "-e", "work", "--mode", "seq", "-n", "1", "-q"],
                   capture_output=True, text=True, timeout=100, preexec_fn=cap)
expect(p.returncode == 1 and "OSError: [Errno 27] File too large: '/dev/zero' "
       "(not a regular file, or growing" in p.stdout, "read_file('/dev/zero')", p)
expect(time.monotonic() - t0 < 30, "read_file('/dev/zero') took too long", p)
print("messages: 1 passed")
