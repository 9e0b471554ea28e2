#!/usr/bin/env bash
# bench/supervise.sh — what the supervised child costs each run. gilbench
# measures a configuration in rounds, one run (one child) per repetition,
# so a command's wall time over R repetitions of an empty task, divided by
# R, is the cost of one run outside the clock; against a binary built from
# before runs had their own process (BEFORE=path) the difference is the
# child's: fork + pipe + the record sent back + kill and reap. The timed
# region (each sample's wall) is shown too: the child must not enter it.
#   BEFORE=old/bin/gilbench bench/supervise.sh [--reps R] [--tries T]
#   (GILBENCH=path overrides the binary measured; without BEFORE only it)
set -euo pipefail
cd "$(dirname "$0")/.."
gb=${GILBENCH:-build/bin/gilbench}
before=${BEFORE:-}
reps=100
tries=5
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift 2 ;;
    --tries) tries="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "supervise.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$gb" ] || { echo "supervise.sh: $gb not built (cmake --build build)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'def main():\n    pass\n' > "$tmp/empty.py"
export GILBENCH_PREFLIGHT=off
python3 - "$tmp" "$reps" "$tries" "$gb" $before <<'PY'
import json, statistics, subprocess, sys, time
tmp, reps, tries, bins = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
names = ["now", "before"][:len(bins)]

def measure(gb, mode):
    """Median over tries of (command wall / reps, median sample wall)."""
    per_run, timed = [], []
    for _ in range(tries):
        js = f"{tmp}/{mode}.json"
        t0 = time.monotonic()
        subprocess.run([gb, "run", f"{tmp}/empty.py", "--mode", mode, "-n", "1", "--reps",
                        str(reps), "--warmup", "0", "--no-baseline", "--quiet", "--json", js],
                       check=True, stdout=subprocess.DEVNULL)
        per_run.append((time.monotonic() - t0) / reps)
        timed.append(json.load(open(js))["runs"][0]["stats"]["median"])
    return statistics.median(per_run), statistics.median(timed)

ms = lambda s: f"{s * 1e3:8.3f} ms"
print(f"empty task, 1 worker, {reps} runs per command, median of {tries} commands\n")
print("%-10s" % "mode" + "".join("%14s %14s" % (f"run ({n})", f"timed ({n})") for n in names)
      + ("%14s" % "child costs" if len(bins) == 2 else ""))
for mode in ("seq", "threads", "subinterp", "procs"):
    got = [measure(gb, mode) for gb in bins]
    row = "%-10s" % mode + "".join("%14s %14s" % (ms(r), ms(t)) for r, t in got)
    if len(got) == 2:
        row += "%14s" % ms(got[0][0] - got[1][0])
    print(row)
print("\nrun: wall time per run outside and inside the clock (the command's wall / runs);"
      "\ntimed: the median sample, what the clock sees; child costs: run (now) - run (before).")
PY
