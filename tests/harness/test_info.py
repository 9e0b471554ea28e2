"""gilbench info: the machine block, as text and as JSON."""
import json

import hlib
from hlib import expect

p = hlib.gilbench("info", "--json")
expect(p.returncode == 0, "exit", p)
d = json.loads(p.stdout)
t = d["machine"]["topology"]
expect(t["cores"] >= 1 and t["pus"] >= t["cores"] and t["packages"] >= 1, f"topology {t}")
expect(d["timer"]["resolution_ns"] >= 1, "timer")
for k in ("version", "git", "build_type", "compiler", "cflags"):
    expect(isinstance(d["tool"][k], str), f"tool.{k}")
p = hlib.gilbench("info")
expect(p.returncode == 0 and "topology" in p.stdout and "compiler" in p.stdout, "text", p)
print("ok")
