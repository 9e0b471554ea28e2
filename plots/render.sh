#!/usr/bin/env bash
# render.sh — draws every figure of a suite run: each plots/*.gp on the run's
# data files, as PNG (pngcairo) and SVG.
#   plots/render.sh RUN_DIR                 reads RUN_DIR/data, writes RUN_DIR/figures
#   plots/render.sh --data DIR --out DIR    the same with explicit folders
#   --strict                                a gnuplot warning fails the figure
# A figure whose data files are missing (its "# needs:" line) is skipped, said
# on stderr. Exit status: 0 if every figure with data was drawn, 1 otherwise.
set -euo pipefail
plots="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="" out="" strict=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --strict) strict=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) echo "render.sh: unknown option $1" >&2; exit 2 ;;
    *) data="$1/data"; out="$1/figures"; shift ;;
  esac
done
if [ -z "$data" ] || [ ! -d "$data" ]; then
  echo "render.sh: no data folder (usage: plots/render.sh RUN_DIR)" >&2
  exit 2
fi
command -v gnuplot >/dev/null || { echo "render.sh: gnuplot is not installed (scripts/deps.sh)" >&2; exit 1; }
[ -n "$out" ] || out="$data/../figures"
mkdir -p "$out"
data="$(cd "$data" && pwd)" out="$(cd "$out" && pwd)"
machine="" cores=1
if [ -f "$data/machine.txt" ]; then
  machine="$(sed -n 1p "$data/machine.txt" | tr -d "'\"\\\\")"
  cores="$(sed -n 2p "$data/machine.txt")"
fi
[[ "$cores" =~ ^[0-9]+$ ]] || cores=1
failed=0 drawn=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for gp in "$plots"/e*.gp "$plots"/compare.gp "$plots"/compare_per_core.gp "$plots"/runs.gp; do
  name="$(basename "$gp" .gp)"
  missing=""
  for need in $(sed -n 's/^# needs: //p' "$gp"); do
    [ -f "$data/$need" ] || missing="$missing $need"
  done
  if [ -n "$missing" ]; then
    case "$name" in compare | compare_per_core | runs) ;; *) echo "render: $name skipped (no$missing)" >&2 ;; esac
    continue
  fi
  for fmt in png svg; do
    if ! gnuplot -e "plots='$plots'; data='$data'; out='$out'; fmt='$fmt'; machine='$machine'; cores=$cores" \
         "$gp" >"$log" 2>&1 || { [ "$strict" = 1 ] && [ -s "$log" ]; }; then
      echo "render: $name.$fmt failed:" >&2
      sed 's/^/  /' "$log" >&2
      failed=1
    elif [ -s "$log" ]; then
      sed "s/^/render: $name.$fmt: /" "$log" >&2
    fi
  done
  drawn=$((drawn + 1))
done
echo "render: $drawn figures (PNG and SVG) in $out" >&2
exit "$failed"
