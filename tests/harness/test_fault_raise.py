"""A worker that raises fails its run with the exception's type and message,
and where it was raised (file:line, function: issue 12); the other run and
the file survive; exit status 1."""
import hlib
from hlib import expect

BOOM = f"ValueError: boom in worker 1 ({hlib.SMALL}:16, in work_fail)"

for mode in ("threads", "subinterp", "procs"):
    js = hlib.out(f"raise-{mode}.json")
    p = hlib.gilbench("run", hlib.SMALL, "-e", "work_fail", "-a", 20000, "-a", "{worker}",
                      "--mode", mode, "-n", 2, "--reps", 2, "-q", "--json", js)
    expect(p.returncode == 1, f"{mode}: exit 1", p)
    runs = hlib.results(js)["runs"]
    expect([r["status"] for r in runs] == ["failed", "failed"], f"{mode}: statuses", p)
    expect(runs[0]["error"] == "task 1: " + BOOM, f"seq: {runs[0]['error']}")
    expect(runs[1]["error"] == "worker 1: " + BOOM,
           f"{mode}: {runs[1]['error']}")
    expect(f"{mode} x2: failed: worker 1: " + BOOM in p.stdout,
           f"{mode}: summary", p)

# Worker 0 only: {worker} = 0 never raises, so a 1-worker run is fine.
js = hlib.out("raise-ok.json")
p = hlib.gilbench("run", hlib.SMALL, "-e", "work_fail", "-a", 2000, "-a", "{worker}",
                  "--mode", "procs", "-n", 1, "--reps", 1, "-q", "--json", js)
expect(p.returncode == 0, "1 worker: ok", p)
expect(all(r["status"] == "ok" for r in hlib.results(js)["runs"]), "1 worker: statuses")
print("ok")
