#!/usr/bin/env bash
# Every figure script runs on the committed reference data (results/reference),
# or for figures newer than that run on tests/suite/data, without a gnuplot
# warning (render.sh --strict), PNG and SVG.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ref="$root/results/reference"
[ -d "$ref/data" ] || { echo "gnuplot: no reference data in $ref; 0 passed, 0 failed"; exit 0; }
out="$(mktemp -d /tmp/gilbench-gp.XXXXXX)"
trap 'rm -rf "$out"' EXIT
"$root/plots/render.sh" --data "$ref/data" --out "$out" --strict
# Figures added after the reference run draw data of a later run of theirs
# (tests/suite/data, named as the export or report names it).
"$root/plots/render.sh" --data "$root/tests/suite/data" --out "$out" --strict
n=0
for gp in "$root"/plots/e*.gp; do
  name="$(basename "$gp" .gp)"
  [ -s "$out/$name.png" ] && [ -s "$out/$name.svg" ] || { echo "gnuplot: $name was not drawn"; exit 1; }
  n=$((n + 1))
done
echo "gnuplot: $n passed, 0 failed"
