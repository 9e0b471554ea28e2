"""E14's Ruby line (harness/engine/ruby_driver.rb): a short E14 under the
suite, beside gil=fifo at Ruby's 100 ms quantum, gives well-formed Ruby
records (ops/s > 0, the CPU threads' work > 0 beside them, the quantum
recorded), measured in the same block as the gilpy runs; the report
compares fifo with Ruby, and says "Ruby not measured" when run with
--no-ruby."""
import json
import os
import re
import shutil

import hlib
from hlib import expect

if not shutil.which("ruby"):
    hlib.skip("no ruby (scripts/deps.sh installs Debian's): no Ruby reference line")

d = hlib.out("rubye14")
os.makedirs(d)
wl = os.path.join(hlib.ROOT, "workloads", "e14_convoy_designs.py")
ks = [0, 2]
suite = {
    "schema": "gilbench-suite/1", "name": "rubye14", "description": "E14's Ruby line, short",
    "defaults": {"reps": 2, "warmup": 0, "check_interval": 100, "pin": "cores", "timeout_s": 60},
    "experiments": [
        {"id": "E14", "workload": wl, "entry": "designs", "mode": "seq", "workers": 1,
         "latency_ms": 0, "ruby": ["seq"],
         # the window outlasts Ruby's 100 ms quantum, and no count of
         # operations ends it first: Ruby 3.1 lets the I/O thread retake a
         # free GVL ahead of the queue, so only a quantum's end surely gives
         # the CPU threads a turn in it
         "sweeps": [{"args": [["{url}", k, 1000000, 0.25, 1000] for k in ks],
                     "gil": ["fifo", "new"], "switch_interval": 0.1}]},
    ],
}
sj = os.path.join(d, "s.json")
with open(sj, "w", encoding="utf-8") as f:
    json.dump(suite, f)

out = os.path.join(d, "out")
p = hlib.gilbench("suite", sj, "--out", out, "--no-preflight", timeout=170)
expect(p.returncode == 0, "the suite with Ruby runs passes", p)
expect("with Ruby reference runs" in p.stderr, "the suite says it runs Ruby", p)
runs = hlib.results(os.path.join(out, "results.json"))["runs"]
ruby = [r for r in runs if r["interpreter"].startswith("ruby-")]
fifo = [r for r in runs if r["interpreter"] == "gilpy" and r["gil"] == "fifo"]
expect(len(ruby) == len(ks) and len(fifo) == len(ks), f"one Ruby run per k beside fifo: {runs}")
for r in ruby:
    k = int(r["args"][1])
    expect(r["status"] == "ok" and len(r["samples"]) == 2, f"Ruby k={k}: {r.get('error')}")
    expect(r["switch_interval"] == 0.1 and r["mode"] == "seq", f"Ruby's 100 ms quantum: {r}")
    # the same block as the gilpy runs: measured round by round beside them
    twin = [f for f in fifo if f["args"] == r["args"]]
    expect(twin and r["block"] and r["block"] == twin[0]["block"], f"Ruby k={k} in fifo's block")
    for s in r["samples"]:
        res = s["workers"][0]["result"]
        m = re.fullmatch(r"io=([0-9.]+) cpu=([0-9.]+) share=", res)
        expect(m is not None, f"Ruby k={k}: result {res!r} is E14's form")
        io, cpu = float(m.group(1)), float(m.group(2))
        expect(io > 0, f"Ruby k={k}: {io} I/O ops/s > 0")
        expect(cpu > 0 if k else cpu == 0, f"Ruby k={k}: CPU work {cpu}")
        expect(s["wall_s"] > 0 and s["cpu_s"] > 0, f"Ruby k={k}: sample times {s}")

with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
    report = f.read()
ver = ruby[0]["interpreter"]
expect(f"{ver} GVL, 100 ms" in report, f"the E14 table has a {ver} line")
expect(re.search(r"fifo at 100 ms: [0-9.e+]+ ops/s; " + re.escape(ver), report),
       "the verdict table compares fifo with Ruby")
expect("Against Ruby (" + ver in report, "the E14 section compares fifo with Ruby")
with open(os.path.join(out, "data", "E14_designs.tsv"), encoding="utf-8") as f:
    tsv = f.read()
expect(re.search(r"^ruby\t100\t2\t", tsv, re.M), "the figure's data has Ruby's line")

# the same suite without Ruby: no Ruby runs, and the report says so
out2 = os.path.join(d, "out2")
p = hlib.gilbench("suite", sj, "--out", out2, "--no-preflight", "--no-ruby", timeout=170)
expect(p.returncode == 0, "--no-ruby passes", p)
interps = {r["interpreter"] for r in hlib.results(os.path.join(out2, "results.json"))["runs"]}
expect(interps == {"gilpy"}, f"--no-ruby: {interps}")
with open(os.path.join(out2, "report.md"), encoding="utf-8") as f:
    report = f.read()
expect("Ruby not measured" in report and "Against Ruby (" not in report,
       "without Ruby runs the report says Ruby was not measured")
print("ruby_e14: 1 passed, 0 failed")
