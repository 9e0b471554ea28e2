#!/usr/bin/env bash
# bench/interp_speed.sh — how fast gilpy runs the seeds' single-threaded loops
# and class-, generator- and recursion-heavy programs, next to python3 and
# lua5.4 on the same programs (bench/programs/NAME.py|.lua).
#
#   bench/interp_speed.sh [--markdown] [--wall] [--runs N] [--gilpy PATH] [NAME...]
#
# Each program runs in one process per measurement; the best of N runs (default
# 3) counts. The time is the process's CPU time (user + sys), which a busy
# machine disturbs much less than wall time; --wall reports wall time instead.
# Both include interpreter start-up. gilpy's output must equal python3's (every
# program prints a checksum): a mismatch is reported and the script exits 1.
# Builds build/bin/gilpy (Release) if it is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROGS=$ROOT/bench/programs
GILPY=${GILPY:-$ROOT/build/bin/gilpy}
RUNS=3
MARKDOWN=0
CLOCK=cpu
ONLY=()

# name, iterations of the program's inner loop (for ns/iteration), what it is
BENCHES=(
  "cpu_task_1e6 1000000 total+=i*i, n=10^6 (small ints)"
  "cpu_task_1e7 10000000 total+=i*i, n=10^7 (total passes 2^63: bignums)"
  "mod1000 10000000 total+=i*i%1000, n=10^7"
  "countdown 10000000 while n>0: n-=1, n=10^7"
  "fib 635621 recursive fib(27) (per call)"
  "strings 1000000 words: build, count in a dict, sort, join (per word)"
  "scheduler 1000000 task scheduler: TCB subclasses, linked packets (per tick)"
  "raytrace 76800 ray tracer, Vector operator methods, 320x240 (per pixel)"
  "pipeline 3600000 generator stages, yield from, sum/max (per source item)"
  "solver 854768 N-queens n=4..11 x4, sets and lists (per recursive call)"
  "regex 20000 re: log lines parsed, expressions tokenized, sub/split (per line)"
)

die() { echo "interp_speed.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --markdown) MARKDOWN=1 ;;
    --wall) CLOCK=wall ;;
    --runs) RUNS=${2:?}; shift ;;
    --gilpy) GILPY=${2:?}; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) ONLY+=("$1") ;;
  esac
  shift
done

if [ ! -x "$GILPY" ]; then
  echo "building $GILPY (Release) ..." >&2
  cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$ROOT/build" -j"$(nproc)" --target gilpy-bin >/dev/null
fi
[ -x "$GILPY" ] || die "no gilpy at $GILPY"
command -v python3 >/dev/null || die "python3 is required (reference outputs and timings)"
# The real interpreter, not a version-manager shim that would add its own start-up.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
LUA=$(command -v lua5.4 || true)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run_best OUTFILE CMD... : runs CMD $RUNS times, prints the best time in
# seconds, leaves the last run's stdout in OUTFILE. Fails if CMD fails.
run_best() {
  local out=$1 best="" t r u s
  shift
  for _ in $(seq "$RUNS"); do
    local TIMEFORMAT='%R %U %S'
    if ! { time "$@" >"$out" 2>"$TMP/err"; } 2>"$TMP/time"; then
      echo "FAILED: $* (exit status != 0):" >&2
      tail -5 "$TMP/err" >&2
      return 1
    fi
    read -r r u s <"$TMP/time"
    if [ "$CLOCK" = wall ]; then t=$r; else t=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }'); fi
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  echo "$best"
}

status=0
rows=()
for spec in "${BENCHES[@]}"; do
  read -r name iters desc <<<"$spec"
  if [ ${#ONLY[@]} -gt 0 ] && [[ ! " ${ONLY[*]} " == *" $name "* ]]; then continue; fi
  echo "running $name ..." >&2
  py_t=$(run_best "$TMP/py.out" "$PYTHON" "$PROGS/$name.py") || { status=1; continue; }
  gp_t=$(run_best "$TMP/gp.out" "$GILPY" "$PROGS/$name.py") || { status=1; continue; }
  if ! cmp -s "$TMP/py.out" "$TMP/gp.out"; then
    echo "MISMATCH in $name: gilpy printed $(head -c 200 "$TMP/gp.out"), python3 printed $(head -c 200 "$TMP/py.out")" >&2
    status=1
  fi
  lua_t="n/a"
  if [ -n "$LUA" ] && [ -f "$PROGS/$name.lua" ]; then
    lua_t=$(run_best "$TMP/lua.out" "$LUA" "$PROGS/$name.lua") || lua_t="failed"
    if [ "$name" = cpu_task_1e7 ] && [ "$lua_t" != failed ]; then lua_t="$lua_t*"; fi
  fi
  ratio=$(awk -v g="$gp_t" -v p="$py_t" 'BEGIN { printf "%.2f", g / p }')
  ns=$(awk -v g="$gp_t" -v n="$iters" 'BEGIN { printf "%.1f", g * 1e9 / n }')
  rows+=("$name|$gp_t|$py_t|$lua_t|$ratio|$ns|$desc")
done

if [ "$MARKDOWN" = 1 ]; then
  echo "| benchmark | gilpy s | python3 s | lua5.4 s | gilpy/python3 | gilpy ns/iter | what |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for row in "${rows[@]}"; do
    IFS='|' read -r a b c d e f g <<<"$row"
    echo "| $a | $b | $c | $d | $e | $f | $g |"
  done
else
  printf '%-13s %9s %10s %9s %14s %14s\n' benchmark "gilpy s" "python3 s" "lua5.4 s" gilpy/python3 "gilpy ns/iter"
  for row in "${rows[@]}"; do
    IFS='|' read -r a b c d e f g <<<"$row"
    printf '%-13s %9s %10s %9s %14s %14s   %s\n' "$a" "$b" "$c" "$d" "$e" "$f" "$g"
  done
fi
echo
echo "Times: best of $RUNS runs, $CLOCK time in seconds, interpreter start-up included."
echo "* lua5.4 has no bignums: its cpu_task_1e7 sums in floats (same loop, inexact checksum)."
echo "$("$GILPY" --version 2>/dev/null | head -1 || echo gilpy), $("$PYTHON" --version 2>&1), $( [ -n "$LUA" ] && "$LUA" -v 2>&1 | head -1 || echo 'no lua5.4')"
exit $status
