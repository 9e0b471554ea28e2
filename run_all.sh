#!/usr/bin/env bash
# run_all.sh — the one command: installs what is missing, builds (Release,
# build/), runs every experiment of docs/experiments.md, exports the data,
# draws every figure and writes the report.
#   ./run_all.sh                  the full suite (workloads/suite.json, ~20 min, 2 cores)
#   ./run_all.sh --quick          every experiment, small (workloads/quick.json, ~2 min idle)
#   (times of the runs on an idle 2-core VM; ~4.5x that on a loaded one, plus the first build)
#   --out DIR                     where the run goes (default results/runs/NAME-DATE)
#   --resume                      continue an interrupted run (DIR, or the last one)
#   --jobs N                      build jobs (default: all cores)
#   --no-cpython                  skip the CPython reference runs
#   --suite FILE                  another suite file (tests use a tiny one)
#   --skip-deps / --skip-build    for repeated runs on a prepared machine
#   --force                       run even when the preflight finds the cores busy
# $GILBENCH_BIN names another gilbench binary (e.g. a sanitizer build's).
# Works from any directory. Exit status 0 only if every step and every run succeeded.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
suite=suite suite_file="" quick=0 out="" resume=0 jobs="" cpython=1 deps=1 build=1 force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) suite=quick; quick=1; shift ;;
    --suite) suite_file="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --out=*) out="${1#*=}"; shift ;;
    --resume) resume=1; shift ;;
    --jobs|-j) jobs="$2"; shift 2 ;;
    --jobs=*) jobs="${1#*=}"; shift ;;
    --no-cpython) cpython=0; shift ;;
    --skip-deps) deps=0; shift ;;
    --skip-build) build=0; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "run_all.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$jobs" ] || jobs="$(nproc 2>/dev/null || echo 2)"
# --out is relative to where the user is, not to the repository
if [ -n "$out" ]; then
  mkdir -p "$out" && out="$(cd "$out" && pwd)"
fi
if [ -n "$suite_file" ]; then
  [ -f "$suite_file" ] || { echo "run_all.sh: no suite file $suite_file" >&2; exit 2; }
  suite_file="$(cd "$(dirname "$suite_file")" && pwd)/$(basename "$suite_file")"
  suite="$(basename "$suite_file" .json)"
fi
# $GILBENCH_BIN too, when it is a path
case "${GILBENCH_BIN:-}" in
  /*|"") ;;
  */*) GILBENCH_BIN="$PWD/$GILBENCH_BIN" ;;
esac
# What continues this run after a Ctrl-C: the same suite and options, from any directory.
again=("$root/run_all.sh")
[ -z "${GILBENCH_BIN:-}" ] || again=("GILBENCH_BIN=$GILBENCH_BIN" "${again[@]}")
[ "$quick" = 0 ] || again+=(--quick)
[ -z "$suite_file" ] || again+=(--suite "$suite_file")
[ "$cpython" = 1 ] || again+=(--no-cpython)
[ "$deps" = 1 ] || again+=(--skip-deps)
[ "$build" = 1 ] || again+=(--skip-build)
[ "$force" = 0 ] || again+=(--force)
cd "$root" || exit 1
[ -n "$suite_file" ] || suite_file="$root/workloads/$suite.json"
latest="results/runs/$suite-latest"
link_latest=0
if [ -z "$out" ]; then
  link_latest=1
  if [ "$resume" = 1 ] && [ -L "$latest" ]; then
    out="$(cd "$latest" && pwd)"
  else
    out="$root/results/runs/$suite-$(date -u +%Y%m%d-%H%M%S)"
  fi
fi
step() { printf '\n== %s\n' "$*" >&2; }
fail=0

if [ "$deps" = 1 ]; then
  step "dependencies (scripts/deps.sh)"
  scripts/deps.sh || { echo "run_all.sh: installing dependencies failed" >&2; exit 1; }
fi
if [ "$build" = 1 ]; then
  step "build (Release, build/)"
  { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null &&
    cmake --build build -j"$jobs" >/dev/null; } || { echo "run_all.sh: the build failed" >&2; exit 1; }
fi
gb="${GILBENCH_BIN:-$root/build/bin/gilbench}"
[ -x "$gb" ] || { echo "run_all.sh: $gb is missing (build first)" >&2; exit 1; }

step "suite: $suite_file -> $out"
mkdir -p "$out"
if [ "$link_latest" = 1 ]; then  # what a later --resume without --out continues
  mkdir -p "$(dirname "$latest")" && ln -sfn "$out" "$latest"
fi
args=(suite "$suite_file" --out "$out")
[ "$resume" = 1 ] && args+=(--resume)
[ "$cpython" = 0 ] && args+=(--no-cpython)
[ "$force" = 1 ] && args+=(--force)
"$gb" "${args[@]}"
rc=$?
# 130: Ctrl-C or SIGTERM; above: killed or crashed, the journal holds what finished
if [ "$rc" = 130 ] || { [ "$rc" -gt 128 ] && [ -f "$out/results.json.journal" ]; }; then
  how=interrupted
  [ "$rc" = 130 ] || how="the suite died (status $rc)"
  echo "run_all.sh: $how; continue with:$(printf ' %q' "${again[@]}" --resume --out "$out")" >&2
  exit "$rc"
fi
if [ "$rc" = 3 ]; then
  echo "run_all.sh: the preflight found the cores busy; rerun when the machine is idle, or with --force" >&2
  exit 3
fi
[ "$rc" = 0 ] || { echo "run_all.sh: the suite reported failures (status $rc)" >&2; fail=1; }
[ -f "$out/results.json" ] || { echo "run_all.sh: no results were written" >&2; exit 1; }

step "export (the figures' data: TSV for gnuplot and spreadsheets)"
"$gb" export "$out/results.json" --format tsv --out "$out/data" >/dev/null || fail=1
"$gb" report "$out/results.json" --out "$out" >/dev/null || fail=1

step "figures (plots/render.sh)"
plots/render.sh "$out" || fail=1

step "done"
cat >&2 <<MSG
results   $out/results.json
report    $out/report.md
figures   $out/figures/ (PNG and SVG)
data      $out/data/ (gilbench export: the figures' TSV, one samples file per experiment)
compare   $gb compare A/results.json B/results.json --markdown
MSG
grep -E '^## E[0-9]+ ' "$out/report.md" | sed 's/^## /  /' >&2 || true
exit "$fail"
