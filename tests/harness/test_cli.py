"""Bad arguments and unusable inputs: exit status 2 and one clear line on
stderr, before anything runs; --help per subcommand."""
import os

import hlib
from hlib import expect

S = hlib.SMALL
OTHER = hlib.out("other.json")
with open(OTHER, "w") as f:
    f.write('{"schema": "something-else/3", "runs": []}')
with open(hlib.out("nofuncs.py"), "w") as f:
    f.write("import time\nX = 1\n_private = lambda: 0\n")
bad = [
    (["frob"], "unknown command"),
    (["run"], "which workload"),
    (["run", S, "-n", "2"], "--mode is required"),
    (["run", S, "--mode", "threads"], "-n WORKERS is required"),
    (["run", S, "--mode", "bogus", "-n", "2"], "--mode wants"),
    (["run", S, "--mode", "seq", "-n", "0"], "-n 0: workers must be"),
    (["run", S, "--mode", "seq", "-n", "x"], "-n x: workers must be"),
    (["run", S, "--mode", "seq", "-n", "1", "--gil", "old"], "--gil old: GIL model must be"),
    (["run", S, "--mode", "seq", "-n", "1", "--pin", "diagonal"], "--pin diagonal: pin must be"),
    (["run", S, "--mode", "seq", "-n", "1", "--pin", "core:999"], "core:999"),
    (["run", S, "--mode", "seq", "-n", "1", "--reps", "0"], "--reps 0: reps must be"),
    (["run", S, "--mode", "seq", "-n", "1", "--switch-interval", "-1"], "--switch-interval"),
    (["run", S, "--mode", "seq", "-n", "1", "--timeout", "soon"], "--timeout soon: timeout must be"),
    (["run", S, "--mode", "seq", "-n", "1", "--frob"], "unknown option '--frob'"),
    (["run", S, "--mode", "seq", "-n", "1", "--json"], "needs a value"),
    (["run", S, S, "--mode", "seq", "-n", "1"], "one workload only"),
    (["run", "/nonexistent/w.py", "--mode", "seq", "-n", "1"], "cannot read /nonexistent/w.py"),
    (["run", hlib.HERE, "--mode", "seq", "-n", "1"], "not a regular file"),
    (["run", S, "-e", "nope", "--mode", "seq", "-n", "1"],
     "has no function 'nope'; its functions: work, work_fail, nap, spin_forever"),
    (["run", hlib.out("nofuncs.py"), "--mode", "seq", "-n", "1"],
     "has no function 'main' and defines none"),
    (["run", S, "-e", "time", "--mode", "seq", "-n", "1"], "'time' is not a function"),
    (["run", S, "-e", "work", "-a", "1", "-a", "2", "--mode", "seq", "-n", "1"],
     "work() takes from 0 to 1 arguments, 2 given"),
    (["run", S, "-e", "nap", "--mode", "seq", "-n", "1"], "nap() takes 1 argument, 0 given"),
    (["run", S, "-e", "work", "--mode", "seq", "-n", "1", "--json", "/nonexistent/dir/o.json"],
     "cannot write /nonexistent/dir/o.json"),
    (["export"], "which results file"),
    (["export", OTHER, "--format", "tsv"], "not a gilbench-result/1 file (schema: something-else/3)"),
    (["export", S, "--format", "tsv"], "expected near"),
    (["export", "x.json", "--format", "xls"], "--format wants"),
    (["serve"], "--latency MS is required"),
    (["info", "--frob"], "unknown option"),
]
for args, msg in bad:
    p = hlib.gilbench(*args)
    lines = p.stderr.strip().splitlines()
    expect(p.returncode == 2, f"{args}: exit {p.returncode}, expected 2", p)
    expect(len(lines) == 1 and msg in lines[0] and lines[0].startswith("gilbench"),
           f"{args}: expected one line with {msg!r}", p)
    expect(p.stdout == "", f"{args}: nothing on stdout", p)

for sub in ("info", "run", "export", "serve"):
    p = hlib.gilbench(sub, "--help")
    expect(p.returncode == 0 and p.stdout.startswith(f"usage: gilbench {sub}"), f"{sub} --help", p)
p = hlib.gilbench("--help")
expect(p.returncode == 0 and "commands:" in p.stdout, "--help", p)
p = hlib.gilbench()
expect(p.returncode == 2, "no command", p)
expect(not os.path.exists("/nonexistent/dir/o.json.journal"), "no journal")
print("ok")
