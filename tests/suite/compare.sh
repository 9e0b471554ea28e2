#!/usr/bin/env bash
# gilbench compare: E1 of the tiny suite on this machine and limited to one
# core (taskset, and a synthetic one-core topology for hwloc), compared; the expected rows are there, with
# per-core efficiency (the core counts differ); compare.gp draws the TSV and
# compare_per_core.gp the per-core one;
# bad, mismatched or missing files fail with a clear message.
#   tests/suite/compare.sh GILBENCH_BINARY
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gb="$1"
t="$(mktemp -d /tmp/gilbench-cmp.XXXXXX)"
trap 'rm -rf "$t"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "compare: FAIL: $*"; fail=$((fail + 1)); }

"$gb" suite "$here/tiny.json" --only E1 --no-cpython --out "$t/a" >"$t/a.log" 2>&1 || { cat "$t/a.log"; bad "suite A"; }
HWLOC_SYNTHETIC="pack:1 core:1 pu:1" HWLOC_THISSYSTEM=1 taskset -c 0 "$gb" suite "$here/tiny.json" --only E1 --no-cpython --out "$t/b" >"$t/b.log" 2>&1 || { cat "$t/b.log"; bad "suite B"; }
# not on a tty: each run's line says what is left
grep -qE '^\[ *[0-9]+/[0-9]+ +[0-9]+s, ETA +[0-9]+:[0-9][0-9]\] E1 ' "$t/a.log" && ok || bad "suite lines without an ETA"
"$gb" compare "$t/a/results.json" "$t/b/results.json" --tsv "$t/compare.tsv" >"$t/out.txt" 2>&1 || bad "compare exited non-zero"
cat "$t/out.txt"
cores_a="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["machine"]["topology"]["cores"])' "$t/a/results.json")"
# rows: seq/threads/procs at n=1 always match; the 1-core run has no n=2
for row in "E1 seq n=1 new squares(100000)" "E1 threads n=1 new squares(100000)" "E1 procs n=1 new squares(100000)"; do
  grep -qF "$row" "$t/out.txt" && ok || bad "no row '$row'"
done
if [ "$cores_a" -gt 1 ]; then
  grep -q "/core" "$t/out.txt" && ok || bad "no per-core column for different core counts"
  grep -qF "(1 core)" "$t/out.txt" && ok || bad "machine B not labelled with 1 core"
  # a run B does not have is no row, but listed as A's unmatched after the table
  sed '/runs matched/q' "$t/out.txt" | grep -qF "E1 threads n=2" && bad "a row B does not have" || ok
  sed -n '/no other file has/,$p' "$t/out.txt" | grep -qF "  E1 threads n=2 new squares(100000)" && ok || bad "A's unmatched run not listed"
  grep -qF "[A] " "$t/out.txt" && grep -qF "[B] " "$t/out.txt" && grep -qF "B: measured" "$t/out.txt" && ok || bad "header does not say which file is A and B"
fi
grep -q "runs matched" "$t/out.txt" && ok || bad "no summary line"
"$gb" compare "$t/a/results.json" "$t/b/results.json" --markdown >"$t/md.txt" 2>&1 && grep -q '^| run |' "$t/md.txt" && ok || bad "--markdown"
[ "$(sed -n 1p "$t/compare.tsv" | cut -f1)" = experiment ] && grep -q "^E1	1	" "$t/compare.tsv" && ok || bad "compare.tsv"
sed -n 1p "$t/compare.tsv" | cut -f5 | grep -qF "B: " && sed -n 1p "$t/compare.tsv" | cut -f5 | grep -qF " (1 core)" && ok || bad "compare.tsv: B's header is not its label"
mkdir -p "$t/fig"
gnuplot -e "plots='$root/plots'; data='$t'; out='$t/fig'; fmt='png'; machine='test'; cores=2; file='$t/compare.tsv'" \
  "$root/plots/compare.gp" >"$t/gp.log" 2>&1 && [ ! -s "$t/gp.log" ] && [ -s "$t/fig/compare.png" ] && ok || { cat "$t/gp.log"; bad "compare.gp"; }
if [ "$cores_a" -gt 1 ]; then
  # different core counts: the per-core figure's data beside compare.tsv, drawn too
  gnuplot -e "plots='$root/plots'; data='$t'; out='$t/fig'; fmt='png'; machine='test'; cores=2" \
    "$root/plots/compare_per_core.gp" >"$t/gp.log" 2>&1 && [ ! -s "$t/gp.log" ] && [ -s "$t/fig/compare_per_core.png" ] && ok || { cat "$t/gp.log"; bad "compare_per_core.gp"; }
fi

# errors: one line naming the problem, exit status 1 or 2
echo '{"schema": "something-else"}' >"$t/bad.json"
echo 'not json' >"$t/garbage.json"
python3 - "$t/a/results.json" "$t/other.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for r in d["runs"]:
    r["experiment"] = "X" + r["experiment"]
json.dump(d, open(sys.argv[2], "w"))
PY
expect_error() {
  local want="$1"; shift
  "$gb" compare "$@" >"$t/err.txt" 2>&1
  local rc=$?
  if [ "$rc" -ne 0 ] && grep -q "$want" "$t/err.txt"; then ok; else cat "$t/err.txt"; bad "compare $* (status $rc)"; fi
}
expect_error "not a gilbench-result/1 file" "$t/a/results.json" "$t/bad.json"
expect_error "garbage.json" "$t/a/results.json" "$t/garbage.json"
expect_error "No such file" "$t/a/results.json" "$t/missing.json"
expect_error "no run in common" "$t/a/results.json" "$t/other.json"
expect_error "at least two" "$t/a/results.json"
echo "compare: $pass passed, $fail failed"
[ "$fail" = 0 ]
