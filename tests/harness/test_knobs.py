"""One rule and one message per knob: a bad value gets the same reason from
gilbench's flags, a suite file and (for the interpreter's knobs) the gilpy
command; the suite file no longer lets through what the flags refuse
(issue 12, defects 4 and 5)."""
import json
import os
import subprocess

import hlib
from hlib import expect

S = hlib.SMALL
GILPY = os.path.join(os.path.dirname(hlib.GILBENCH), "gilpy")
RUN = ["run", S, "-e", "work", "-a", "1000", "--mode", "seq", "-n", "1", "--no-baseline"]


def suite(run_keys, top=None):
    """A one-run suite with run_keys in its experiment; returns its path."""
    doc = {"schema": "gilbench-suite/1", "name": "knobs",
           "defaults": {"reps": 1, "warmup": 0},
           "experiments": [dict({"id": "K1", "workload": S, "entry": "work", "args": [1000],
                                 "sweeps": [{"mode": "seq", "workers": 1}]}, **run_keys)]}
    doc.update(top or {})
    path = hlib.out(f"suite{len(os.listdir(hlib.TMP))}.json")
    with open(path, "w") as f:
        json.dump(doc, f)
    return path


def suite_raw(text):
    path = hlib.out(f"raw{len(os.listdir(hlib.TMP))}.json")
    with open(path, "w") as f:
        f.write(text)
    return path


def refused(p, what, reason):
    lines = p.stderr.strip().splitlines()
    expect(p.returncode == 2, f"{what}: exit {p.returncode}, expected 2", p)
    expect(lines and reason in lines[0], f"{what}: expected {reason!r}", p)


def run_suite(path):
    return hlib.gilbench("suite", path, "--no-cpython", "--out", hlib.out("res"), timeout=60)


# (flag, suite key, value as a flag, as JSON text, the reason)
cases = [
    ("--reps", "reps", "0", "0", "reps must be an integer from 1 to 100000"),
    ("--reps", "reps", "-1", "-1", "reps must be an integer from 1 to 100000"),
    ("--reps", "reps", "4294967297", "4294967297", "reps must be an integer from 1 to 100000"),
    ("--reps", "reps", "2.5", "2.5", "reps must be an integer from 1 to 100000"),
    ("--warmup", "warmup", "-5", "-5", "warmup must be an integer from 0 to 100000"),
    ("-n", "workers", "0", "0", "workers must be an integer from 1 to 1024"),
    ("--timeout", "timeout_s", "0", "0", "timeout must be a finite number of seconds > 0"),
    ("--pin", "pin", "diagonal", '"diagonal"',
     "pin must be none, cores, compact, scatter or core:K"),
    ("--gil", "gil", "old", '"old"', "GIL model must be new, legacy, none, fifo, priority or fair"),
    ("--switch-interval", "switch_interval", "1e300", "1e300", "switch interval is too large"),
    ("--switch-interval", "switch_interval", "-1", "-1",
     "switch interval must be strictly positive"),
    ("--check-interval", "check_interval", "1099511627776", "1099511627776",
     "check interval is too large"),
    ("--check-interval", "check_interval", "0", "0", "check interval must be at least 1"),
]
for flag, key, flag_value, json_value, reason in cases:
    args = RUN + [flag, flag_value]
    if flag == "-n":
        args = [a for a in RUN if a not in ("-n", "1")] + ["-n", flag_value]
    refused(hlib.gilbench(*args), f"gilbench run {flag} {flag_value}", reason)
    path = suite_raw(json.dumps({
        "schema": "gilbench-suite/1", "name": "knobs", "defaults": {"reps": 1, "warmup": 0},
        "experiments": [{"id": "K1", "workload": S, "entry": "work", "args": [1000],
                         "sweeps": [{"mode": "seq"}]}]})
        .replace('"sweeps"', f'"{key}": {json_value}, "sweeps"'))
    p = run_suite(path)
    refused(p, f"suite {key}: {json_value}", reason)
    named = f"K1: {key} {float(flag_value):g}" if key == "switch_interval" else f"K1: {key} {flag_value}"
    expect(f"{named}: {reason}" in p.stderr, f"suite {key}: names key and value", p)
    expect(not os.path.exists(hlib.out("res/results.json")), f"suite {key}: nothing measured")

# worker counts per core ("2P", "1..2P") follow the -n rule too
for spec in ("0P", "2000P", "99999999999999999999P", "0..2", "1..5000"):
    p = run_suite(suite({"sweeps": [{"mode": "seq", "workers": spec}]}))
    refused(p, f"suite workers {spec}", "workers must be an integer from 1 to 1024")

# the interpreter's knobs: the gilpy command gives the same reason
for flag, value, reason in [("--switch-interval", "1e300", "switch interval is too large"),
                            ("--switch-interval", "inf", "switch interval is too large"),
                            ("--switch-interval", "0", "switch interval must be strictly positive"),
                            ("--check-interval", "1099511627776", "check interval is too large"),
                            ("--gil", "old", "GIL model must be new, legacy, none, fifo, priority or fair")]:
    p = subprocess.run([GILPY, f"{flag}={value}", "-c", "pass"], capture_output=True, text=True)
    expect(p.returncode == 2 and p.stderr.startswith(f"gilpy: {flag}={value}: {reason}\n"),
           f"gilpy {flag}={value}", p)

# a suite that is right still runs with what it says
p = run_suite(suite({"reps": 2, "warmup": 1}))
expect(p.returncode == 0, "a good suite runs", p)
run = hlib.results(hlib.out("res/results.json"))["runs"][0]
expect(len(run["samples"]) == 2, f"reps 2: {len(run['samples'])} samples")

# unknown keys are named, wherever they are
for where, path in [
        ("experiment K1", suite({"repz": 3})),
        ("defaults", suite({}, {"defaults": {"warmpu": 0}})),
        ("K1, sweep 1", suite({"sweeps": [{"mode": "seq", "wokers": 2}]})),
        ("top", suite({}, {"extra": 1}))]:
    p = run_suite(path)
    refused(p, f"unknown key in {where}", "unknown key '")
    expect(where == "top" or f"{where}: unknown key" in p.stderr, f"{where} named", p)

# the loopback server refuses a latency it cannot wait for
p = hlib.gilbench("serve", "--latency", "1e308", timeout=10)
refused(p, "serve --latency 1e308", "latency must be a number of milliseconds from 0 to 600000")
print("ok")
