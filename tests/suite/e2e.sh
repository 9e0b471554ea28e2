#!/usr/bin/env bash
# End-to-end: the tiny suite through run_all.sh (no deps, no build: this
# build's gilbench), then: results.json validates, every figure whose data
# exists is a real PNG and SVG of some size, the report names each figure,
# and data/ (what the figures read) is exactly what gilbench export writes.
#   tests/suite/e2e.sh GILBENCH_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gb="$1"
out="$(mktemp -d /tmp/gilbench-e2e.XXXXXX)"
trap 'rm -rf "$out"' EXIT
suite="$here/tiny.json"
if [ "${GILBENCH_SANITIZE:-}" = thread ]; then
  # gil=none races on purpose (E3 counts the lost updates): not a TSan finding
  suite="$out/tiny.json"
  sed 's/, "none"\]/]/' "$here/tiny.json" >"$suite"
  sed -i 's|"\.\./\.\./workloads/|"'"$root"'/workloads/|' "$suite"
fi
GILBENCH_BIN="$gb" "$root/run_all.sh" --suite "$suite" --skip-deps --skip-build \
  --out "$out" >"$out/log" 2>&1 || { cat "$out/log"; echo "e2e: run_all.sh failed"; exit 1; }
python3 "$root/tests/harness/check_schema.py" "$out/results.json" || { echo "e2e: results.json does not validate"; exit 1; }
python3 "$here/check_results.py" "$out/results.json" E1 E3 E6 E9
fails=0
for fig in e01_cpu_scaling e03_race e06_time_slots e09_thrash; do
  png="$out/figures/$fig.png" svg="$out/figures/$fig.svg"
  if ! head -c 8 "$png" 2>/dev/null | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a"; then
    echo "e2e: $png is not a PNG"; fails=1; continue
  fi
  [ "$(stat -c %s "$png")" -gt 10000 ] || { echo "e2e: $png is too small"; fails=1; }
  grep -q "<svg" "$svg" 2>/dev/null && [ "$(stat -c %s "$svg")" -gt 5000 ] ||
    { echo "e2e: $svg is not a real SVG"; fails=1; }
  grep -q "figures/$fig.png" "$out/report.md" || { echo "e2e: report.md does not name $fig"; fails=1; }
done
for exp in "E1 cpu-scaling" "E3 race" "E6 time-slots" "E9 thrash"; do
  grep -Eq "^## $exp — (reproduced|not reproduced|inconclusive)" "$out/report.md" ||
    { echo "e2e: report.md has no verdict for $exp"; fails=1; }
done
grep -q "^Sequential: " "$out/report.md" || { echo "e2e: no seed-form summary"; fails=1; }
grep -q "^Multiprocessing: " "$out/report.md" || { echo "e2e: no seed-form summary (procs)"; fails=1; }
# the figures' data is the export's: its samples files beside, and nothing else
[ -f "$out/data/E1.tsv" ] && [ -f "$out/data/E1.samples.tsv" ] && [ -f "$out/data/E6_timeline.tsv" ] ||
  { echo "e2e: data/ lacks the export's E1.tsv, E1.samples.tsv or E6_timeline.tsv"; fails=1; }
"$gb" export "$out/results.json" --out "$out/export" >/dev/null &&
  diff -r "$out/export" "$out/data" >&2 || { echo "e2e: data/ is not what gilbench export writes"; fails=1; }
[ "$fails" = 0 ] || { cat "$out/log"; exit 1; }
echo "e2e: 1 passed, 0 failed"
