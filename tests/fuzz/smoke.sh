#!/usr/bin/env bash
# A short fuzzing run of every libFuzzer target, for CI (issue 12): each
# target mutates its committed corpus for SECONDS (default 60) in a scratch
# copy, so the tree is not changed. A crash fails the script; its input is
# left in DIR/crashes/ (printed) to be committed as a regression input in
# tests/fuzz/corpus_NAME/ (corpus/ for fuzz_parse).
#   tests/fuzz/smoke.sh [SECONDS] [BUILD_DIR]    (BUILD_DIR default build-fuzz)
# Configures and builds BUILD_DIR with clang and -DGILBENCH_FUZZ=ON if needed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
secs="${1:-60}"
build="${2:-$root/build-fuzz}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DGILBENCH_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
else
  cmake "$build" >/dev/null # refreshes the target list below
fi
# the targets tests/fuzz.cmake builds, as it lists them
read -ra targets < "$build/tests/fuzz_targets.txt"
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null
work="$(mktemp -d /tmp/gilbench-fuzz.XXXXXX)"
mkdir -p "$work/crashes"
failed=0
nfail=0
for t in "${targets[@]}"; do
  corpus="$here/corpus_$t"
  [ "$t" = parse ] && corpus="$here/corpus"
  mkdir -p "$work/$t"
  cp -r "$corpus/." "$work/$t/"
  log="$work/$t.log"
  dict=()
  [ -f "$here/fuzz_$t.dict" ] && dict=(-dict="$here/fuzz_$t.dict")
  rc=0
  (cd "$work/crashes" &&
   "$build/tests/fuzz_$t" "${dict[@]}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
     -print_final_stats=1 "$work/$t") >"$log" 2>&1 || rc=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
  if [ "$rc" != 0 ]; then
    failed=1
    nfail=$((nfail + 1))
    echo "fuzz_$t: FAILED (exit $rc) after ${runs:-?} runs:"
    grep -E "ERROR|SUMMARY|Test unit written" "$log" || tail -n 20 "$log"
  else
    echo "fuzz_$t: ${runs:-?} runs in ${secs} s, no crash"
  fi
done
# the plain closing line CI reads
echo "fuzz: $((${#targets[@]} - nfail)) passed, $nfail failed"
if [ "$failed" = 0 ]; then
  rm -rf "$work"
else
  echo "crash inputs: $work/crashes/"
fi
exit "$failed"
