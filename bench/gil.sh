#!/usr/bin/env bash
# bench/gil.sh — what the GIL models cost, in one run (about a minute):
#  * hand-off latency under gil=new: from a waiting thread's drop request to
#    that thread taking the GIL (median, p99), two CPU-bound threads, at the
#    5 ms and 1 ms switch intervals (bench/gil/handoff.py, from gil's trace);
#  * single-thread loops (bench/gil/loops.py) under gil=new, gil=none,
#    gil=legacy and gilpy-nocheck (gil=new built with GP_NO_EVAL_BREAKER: no
#    poll on backward jumps and function entries), giving the cost of the
#    eval-breaker check, of free threading's atomic reference counts (PEP 703
#    reports 5-8% for CPython) and of the legacy tick counting.
#
#   bench/gil.sh [--markdown] [--runs N] [--build DIR] [--no-valgrind]
#
# Loop times: the best of N rounds (default 8) x 3; in a round each loop runs
# in one process per configuration, back to back in a rotating order, timed 3
# times in-process (start-up excluded). A difference between configurations
# is the median over rounds of the ratio of their times in the round: on a
# shared machine whose speed drifts, pairs run close together compare best.
# With valgrind installed, instructions per loop iteration are counted too
# (noise-free, which the timings on a shared machine are not).
# Builds gilpy and gilpy-nocheck in DIR (default build/, Release if new).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build
RUNS=8
MARKDOWN=0
HANDOFF_SECS=2
VALGRIND=1
INNER=3 # timings per loop per process

die() { echo "gil.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --markdown) MARKDOWN=1 ;;
    --runs) RUNS=${2:?}; shift ;;
    --build) BUILD=${2:?}; shift ;;
    --no-valgrind) VALGRIND=0 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
command -v python3 >/dev/null || die "python3 is required (the report)"
command -v valgrind >/dev/null || VALGRIND=0

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  echo "configuring $BUILD (Release) ..." >&2
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
echo "building gilpy and gilpy-nocheck in $BUILD ..." >&2
cmake --build "$BUILD" -j"$(nproc)" --target gilpy-bin gilpy-nocheck >/dev/null
GILPY=$BUILD/bin/gilpy
NOCHECK=$BUILD/bin/gilpy-nocheck
[ -x "$GILPY" ] && [ -x "$NOCHECK" ] || die "no gilpy or gilpy-nocheck in $BUILD/bin"
btype=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
bsan=$(sed -n 's/^GILBENCH_SANITIZE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/results

cores=$(nproc)
read -r l1 l5 l15 _ </proc/loadavg
echo "load average $l1 $l5 $l15 on $cores cores" >&2
if awk -v l="$l1" -v c="$cores" 'BEGIN { exit !(l > c) }'; then
  echo "WARNING: load average above the core count: measurements are unreliable" >&2
fi
[ "$btype" = Release ] && [ -z "$bsan" ] ||
  echo "WARNING: $BUILD is a ${btype:-default}${bsan:+ $bsan-sanitized} build, not Release" >&2

# icount BIN ARGS...: instructions the command executes (valgrind's I refs)
icount() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*I *refs: *//p' | tr -d ,
}

# "ITEM VALUES..." lines, tagged with the configuration, into $OUT
for iv in 0.005 0.001; do
  echo "hand-off latency, interval $iv s ..." >&2
  "$GILPY" --gil=new --switch-interval="$iv" "$ROOT/bench/gil/handoff.py" "$HANDOFF_SECS" |
    sed "s/^/$iv /" >>"$OUT"
done
CONFIGS=("nocheck $NOCHECK --gil=new" "new $GILPY --gil=new" "none $GILPY --gil=none"
         "legacy $GILPY --gil=legacy")
LOOPS=(squares countdown listdict)
for round in $(seq "$RUNS"); do
  echo "single-thread loops, round $round of $RUNS ..." >&2
  for loop in "${LOOPS[@]}"; do
    for i in "${!CONFIGS[@]}"; do # each round starts with another configuration
      read -r name bin flag <<<"${CONFIGS[$(((i + round) % ${#CONFIGS[@]}))]}"
      "$bin" "$flag" "$ROOT/bench/gil/loops.py" "$INNER" "$loop" | sed "s/^/$name $round /" >>"$OUT"
    done
  done
done

if [ "$VALGRIND" = 1 ]; then
  echo "instruction counts (valgrind) ..." >&2
  for spec in "${CONFIGS[@]}"; do
    read -r name bin flag <<<"$spec"
    for loop_n in squares:100000 countdown:200000 listdict:20000; do
      loop=${loop_n%:*} n=${loop_n#*:}
      one=$(icount "$bin" "$flag" "$ROOT/bench/gil/loops.py" count "$loop" "$n")
      two=$(icount "$bin" "$flag" "$ROOT/bench/gil/loops.py" count "$loop" $((2 * n)))
      echo "$name icount $loop $(((two - one) / n))" >>"$OUT"
    done
  done
fi

python3 - "$OUT" "$MARKDOWN" "$RUNS" "$INNER" "$l1 $l5 $l15" "$cores" <<'PY'
import statistics
import sys

path, markdown, runs, inner, load, cores = sys.argv[1:7]
markdown = markdown == "1"
handoff, best, icount = [], {}, {}
for line in open(path):
    f = line.split()
    if f[1] == "handoff":
        handoff.append(f)
    elif f[1] == "icount":  # configuration, icount, loop, instructions per iteration
        icount[(f[0], f[2])] = int(f[3])
    else:  # configuration, round, loop, seconds, ns per iteration
        for key in ((f[0], f[2]), (f[0], f[2], f[1])):
            best[key] = min(best.get(key, 1e9), float(f[4]))
rounds = sorted({k[2] for k in best if len(k) == 3})
CFGS = ("nocheck", "new", "none", "legacy")
PAIRS = (("new", "nocheck"), ("none", "new"), ("legacy", "new"))


def table(head, rows):
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
        for r in [head] + rows:
            print("  ".join(str(x).ljust(w[0]) if i == 0 else str(x).rjust(w[i])
                            for i, x in enumerate(r)))
    print()


def pct(loop, a, b):
    """a vs b: the median over rounds of the ratio of their best times in
    the round (paired, so a round's load affects both sides alike)."""
    r = statistics.median(best[(a, loop, i)] / best[(b, loop, i)] for i in rounds)
    return "%+.1f%%" % ((r - 1) * 100)


print("Hand-off latency, gil=new, 2 CPU-bound threads (drop request -> requester's take):\n")
table(["interval", "requests", "median µs", "p99 µs", "mean hold ms", "forced switches"],
      [["%g ms" % (float(f[0]) * 1000), f[2], "%.1f" % float(f[3]), "%.1f" % float(f[4]),
        "%.2f" % (float(f[5]) / 1000), f[6]] for f in handoff])

loops = {"squares": "for i in range(n): total += i*i",
         "countdown": "while n > 0: n -= 1",
         "listdict": "d[k] = d.get(k, 0) + 1; lst.append(d[k]) (k = i & 255)"}
print("Single thread, ns per iteration (best of %s rounds x %s); differences: median over the\n"
      "rounds of the ratio of the two configurations' best times in the round:\n" % (runs, inner))
table(["loop", "no check", "new", "none", "legacy", "check cost (new/no check)",
       "none vs new", "legacy vs new"],
      [[loop] + ["%.1f" % best[(c, loop)] for c in CFGS] + [pct(loop, a, b) for a, b in PAIRS]
       for loop in loops])
for k, v in loops.items():
    print(("- %s: `%s`" if markdown else "  %-9s %s") % (k, v))
print()
if icount:
    print("Instructions per iteration (valgrind; immune to load, blind to what an atomic\n"
          "read-modify-write costs beyond its count):\n")
    table(["loop", "no check", "new", "none", "legacy", "new/no check", "none vs new",
           "legacy vs new"],
          [[loop] + [str(icount[(c, loop)]) for c in CFGS] +
           ["%+.1f%%" % ((icount[(a, loop)] / icount[(b, loop)] - 1) * 100) for a, b in PAIRS]
           for loop in loops])
busy = float(load.split()[0]) > int(cores)
print("load average %s on %s cores at the start%s"
      % (load, cores, " (above the core count: unreliable)" if busy else ""))
PY
