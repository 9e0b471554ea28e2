#!/usr/bin/env bash
# Installs the Debian packages gilbench needs that this machine lacks.
# Used by run_all.sh, scripts/test.sh and .ci/run. Safe to run repeatedly.
set -euo pipefail
pkgs=(build-essential cmake pkg-config git libgmp-dev libhwloc-dev hwloc libjansson-dev
      libcmocka-dev gnuplot-nox python3 lua5.4 ruby)
[ "${GILBENCH_WITH_CLANG:-0}" = 1 ] && pkgs+=(clang libclang-rt-14-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
