#!/usr/bin/env bash
# Ctrl-C and --resume through run_all.sh (issue 5). A small suite of several
# blocks starts from another directory in its own process group; once the
# journal holds a run, the whole group gets SIGINT, as a terminal's Ctrl-C
# would send it to run_all.sh, gilbench and its worker processes. Then:
# status 130, the command to continue, a valid results.json of exactly the
# journal's runs (whole blocks only), the journal kept. That printed command,
# pasted elsewhere, is interrupted the same way a block later, and its own
# printed command finishes the suite: every run once, the earlier ones
# unchanged, E11's calibration kept, report and figures; in between, another
# plan (--only) may not resume that journal. A run into a fresh
# folder from a third directory (run_all.sh twice in a row) is the reference
# for what "every run" is.
#   tests/suite/interrupt.sh GILBENCH_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d /tmp/gilbench-interrupt.XXXXXX)"
pgid=""
cleanup() {
  [ -z "$pgid" ] || kill -KILL -- "-$pgid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  for f in "$tmp"/*.log; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done
  echo "interrupt: $*"
  exit 1
}

# Six blocks: E1, E11 twice (a task each, its calibration shared), E9, E3
# twice. E11's tasks last a set time whatever the build (calibrated): they
# are what gets interrupted. No gil=none: it races on purpose, which
# ThreadSanitizer would report.
wl="$root/workloads"
cat >"$tmp/interrupt.json" <<JSON
{
  "schema": "gilbench-suite/1",
  "name": "interrupt",
  "description": "tests/suite/interrupt.sh: a few blocks to interrupt.",
  "defaults": {"reps": 4, "warmup": 0, "gil": "new", "switch_interval": 0.005,
               "check_interval": 100, "pin": "cores", "timeout_s": 120},
  "experiments": [
    {"id": "E1", "workload": "$wl/e01_cpu_scaling.py", "entry": "squares", "args": [300000],
     "workers": 2, "sweeps": [{"mode": ["seq", "threads", "procs"]}]},
    {"id": "E11", "workload": "$wl/e11_mixed.py", "entry": "task", "calibrate": "calibrate",
     "workers": 2, "sweeps": [{"args": [[0.5, 60.0, "{calibrated}"], [1.0, 60.0, "{calibrated}"]],
                               "mode": ["seq", "threads", "procs"]}]},
    {"id": "E9", "workload": "$wl/e09_thrash.py", "entry": "countdown", "args": [300000],
     "gil": "legacy", "workers": 2,
     "sweeps": [{"mode": "seq"}, {"mode": "threads", "pin": ["core:0", "cores"]}]},
    {"id": "E3", "workload": "$wl/e03_counter_race.py", "entry": "race", "mode": "seq",
     "workers": 1, "sweeps": [{"args": [[2, 30000, 0], [2, 30000, 1]], "gil": ["legacy", "new"]}]}
  ]
}
JSON
mkdir -p "$tmp/a" "$tmp/b" "$tmp/c"
unset GILBENCH_BIN
opts=(--suite ../interrupt.json --skip-deps --skip-build --no-cpython)
journal="$tmp/run/results.json.journal"

journaled() { if [ -f "$journal" ]; then echo $(($(wc -l <"$journal") - 1)); else echo 0; fi; }

# Runs the command line $2 from directory $1 (its output in $tmp/$3.log) in a
# process group of its own; once the journal holds more than $4 runs, and $5 s
# into the next block, SIGINT to the group. Then checks that it stopped
# at once with status 130, kept the journal, wrote a valid results.json
# (copied to $tmp/$3/), and said how to continue (in $cont).
interrupt() {
  set -m
  (cd "$1" && eval "$2") >"$tmp/$3.log" 2>&1 &
  pgid=$!
  set +m
  local deadline=$((SECONDS + 120)) t0
  until [ "$(journaled)" -gt "$4" ]; do
    kill -0 "$pgid" 2>/dev/null || fail "$3: run_all.sh ended with $(journaled) runs journaled"
    [ "$SECONDS" -lt "$deadline" ] || fail "$3: the journal did not grow in 120 s"
    sleep 0.02
  done
  sleep "$5"
  kill -INT -- "-$pgid"
  t0=$SECONDS
  rc=0
  wait "$pgid" || rc=$?
  pgid=""
  [ "$rc" = 130 ] || fail "$3: run_all.sh exited $rc after SIGINT, not 130"
  [ $((SECONDS - t0)) -le 10 ] || fail "$3: run_all.sh took $((SECONDS - t0)) s to stop"
  cont="$(sed -n 's/^run_all\.sh: interrupted; continue with: //p' "$tmp/$3.log")"
  [[ "$cont" == *" --resume "* ]] || fail "$3: run_all.sh did not say how to continue with --resume"
  [ -f "$journal" ] || fail "$3: the journal was not kept"
  python3 "$root/tests/harness/check_schema.py" "$tmp/run/results.json" ||
    fail "$3: results.json does not validate"
  mkdir "$tmp/$3"
  cp "$tmp/run/results.json" "$journal" "$tmp/$3/"
}

# 1-3. from $tmp/a, paths relative to it, the binary named by GILBENCH_BIN;
# interrupted as E11 calibrates (it takes ~0.1 s, more in a sanitizer build)
interrupt "$tmp/a" "GILBENCH_BIN=$(printf '%q ' "$gb" "$root/run_all.sh" "${opts[@]}" --out ../run)" \
  first 0 0.01
n1="$(journaled)"
# 4. the printed command as a user would paste it, in another directory and
# shell (no GILBENCH_BIN): it names the suite, the options and the binary
# itself. Interrupted in E11's second block's rounds, its worker processes too.
interrupt "$tmp/b" "$cont" second "$n1" 0.3
grep -q "resuming: $n1 of " "$tmp/second.log" || fail "second: --resume did not resume $n1 runs"
n2="$(journaled)"
# a journal is resumed only by the plan that wrote it: --only E1 would mix two
rc=0
"$gb" suite "$tmp/interrupt.json" --only E1 --no-cpython --out "$tmp/run" --resume \
  >"$tmp/foreign.log" 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "foreign: resuming another plan's journal exited $rc, not 2"
grep -q "not in this plan" "$tmp/foreign.log" || fail "foreign: no clear error"
[ "$(journaled)" = "$n2" ] || fail "foreign: the refused resume changed the journal"
rc=0
(cd / && eval "$cont") >"$tmp/last.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "last: the printed command ($cont) exited $rc"
grep -q "resuming: $n2 of " "$tmp/last.log" || fail "last: --resume did not resume $n2 runs"
grep -qF "compare   $gb compare" "$tmp/last.log" || fail "last: --resume did not use $gb"
[ ! -e "$journal" ] || fail "last: the journal is left after the suite completed"

# 5. twice in a row: a fresh folder from $tmp/c, GILBENCH_BIN relative to it
rc=0
(cd "$tmp/c" && GILBENCH_BIN="$(realpath --relative-to=. "$gb")" "$root/run_all.sh" "${opts[@]}" \
  --out ../fresh) >"$tmp/fresh.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "the second run_all.sh exited $rc"

for d in run fresh; do
  python3 "$root/tests/harness/check_schema.py" "$tmp/$d/results.json" ||
    fail "$d/results.json does not validate"
  [ -s "$tmp/$d/report.md" ] || fail "$d has no report.md"
  for fig in e01_cpu_scaling e03_race e09_thrash e11_mixed; do
    if [ ! -s "$tmp/$d/figures/$fig.png" ] || [ ! -s "$tmp/$d/figures/$fig.svg" ]; then
      fail "$d lacks figure $fig"
    fi
  done
done
python3 - "$tmp" <<'PY' || fail "the results do not add up"
import json, os, sys

tmp = sys.argv[1]
load = lambda *p: json.load(open(os.path.join(tmp, *p)))["runs"]
KEYS = ("experiment", "entry", "args", "mode", "workers", "gil", "switch_interval",
        "check_interval", "pin", "interpreter", "latency_ms")
key = lambda r: json.dumps([r.get(k) for k in KEYS])
block = lambda r: json.dumps([r.get(k) for k in ("experiment", "entry", "args")])
ref, after = load("fresh", "results.json"), load("run", "results.json")
bad = [f"{key(r)}: {r['status']}" for r in after + ref if r["status"] != "ok"]
kept = []
for snap in ("first", "second"):
    lines = open(os.path.join(tmp, snap, "results.json.journal")).read().splitlines()
    head, jruns = json.loads(lines[0]), [json.loads(l) for l in lines[1:]]
    done = load(snap, "results.json")
    if head.get("journal") != "gilbench-result/1" or any("journal" in r for r in jruns):
        bad.append(f"{snap}: the journal has not one header, first")
    if done != jruns:
        bad.append(f"{snap}: results.json has {len(done)} runs, the journal {len(jruns)} (or others)")
    if not len(kept) < len(done) < len(ref) or done[:len(kept)] != kept:
        bad.append(f"{snap}: {len(done)} of {len(ref)} runs, after {len(kept)}: not a continuation")
    bad += [f"{snap}: {key(r)}: {r['status']}" for r in done if r["status"] != "ok"]
    for b in {block(r) for r in done}:  # the interrupted block is not recorded
        have = sorted(key(r) for r in done if block(r) == b)
        want = sorted(key(r) for r in ref if block(r) == b)
        if have != want:
            bad.append(f"{snap}: block {b}: {len(have)} of {len(want)} runs recorded")
    kept = done
keys = [key(r) for r in after]
if len(set(keys)) != len(keys):
    bad.append("duplicated runs after --resume")
if sorted(keys) != sorted(key(r) for r in ref):
    bad.append(f"after --resume {len(after)} runs, a full run {len(ref)}: not the same runs")
byk = {key(r): r for r in after}
for r in kept:
    for f in ("samples", "block", "calibrated", "stats"):
        if byk.get(key(r), {}).get(f) != r.get(f):
            bad.append(f"{key(r)}: {f} changed by --resume")
# one calibration for the experiment, however often it was resumed
cal = {r.get("calibrated") for r in after if r["experiment"] == "E11"}
if len(cal) != 1 or None in cal:
    bad.append(f"E11's runs have calibrations {sorted(map(str, cal))}")
print("\n".join(bad) if bad else
      f"interrupt: {len(load('first', 'results.json'))}, then {len(kept)} of {len(ref)} runs")
sys.exit(1 if bad else 0)
PY
echo "interrupt: 1 passed, 0 failed"
