#!/usr/bin/env bash
# bench/harness.sh — the harness's own costs: per mode, the set-up cost of a
# run (fork + bind + pipe + VM open + load for procs; thread create + attach
# for threads; VM open per thread for subinterp), the per-repetition cost
# with an empty task (release at the barrier, collect results: what the
# clock sees), the timer's resolution, and from those the smallest task for
# which each mode's overhead stays under 1%.
#   bench/harness.sh [-n WORKERS] [--reps R]     (GILBENCH=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
gb=${GILBENCH:-build/bin/gilbench}
workers=1
reps=50
while [ $# -gt 0 ]; do
  case "$1" in
    -n) workers="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "harness.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$gb" ] || { echo "harness.sh: $gb not built (cmake --build build)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'def main():\n    pass\n' > "$tmp/empty.py"
"$gb" info --json > "$tmp/info.json"
for mode in seq threads subinterp procs; do
  "$gb" run "$tmp/empty.py" --mode "$mode" -n "$workers" --reps "$reps" --warmup 5 \
    --no-baseline --quiet --json "$tmp/$mode.json" > /dev/null
done
python3 - "$tmp" "$workers" <<'PY'
import json, sys
tmp, n = sys.argv[1], int(sys.argv[2])
timer = json.load(open(f"{tmp}/info.json"))["timer"]
print(f"timer: {timer['clock']}, resolution {timer['resolution_ns']} ns, "
      f"one read {timer['read_ns']} ns")
print(f"empty task, {n} worker(s); a task must be 100x a cost to keep it under 1%\n")
hdr = ("mode", "setup", "per rep", "min task (reps)", "min task (one shot)")
print("%-10s %12s %12s %18s %20s" % hdr)
def fmt(s):
    return f"{s * 1e6:9.1f} us" if s < 1e-3 else f"{s * 1e3:9.3f} ms"
for mode in ("seq", "threads", "subinterp", "procs"):
    r = json.load(open(f"{tmp}/{mode}.json"))["runs"][0]
    setup, rep = r["startup_s"], r["stats"]["median"]
    print("%-10s %12s %12s %18s %20s" % (mode, fmt(setup), fmt(rep), fmt(100 * rep),
                                          fmt(100 * (setup + rep))))
print("\nsetup: not in any sample (measured apart, startup_s); per rep: the clock's view of an"
      "\nempty task (barrier release + collecting results). 'reps' = a task repeated in one run;"
      "\n'one shot' = a single task that also pays the set-up.")
PY
