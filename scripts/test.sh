#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test.
#   scripts/test.sh                      normal build (build/)
#   scripts/test.sh --sanitize address,undefined   (build-asan/), every test
#   scripts/test.sh --sanitize thread              (build-tsan/), only the tests
#       that start threads (ctest label `threads`: tests/*.cmake give it)
set -euo pipefail
cd "$(dirname "$0")/.."
san=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) san="$2"; shift 2 ;;
    --sanitize=*) san="${1#*=}"; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
scripts/deps.sh
dir=build
btype=Release
if [ -n "$san" ]; then
  case "$san" in
    address,undefined|undefined,address) dir=build-asan ;;
    thread) dir=build-tsan ;;
    *) echo "test.sh: --sanitize takes address,undefined or thread" >&2; exit 2 ;;
  esac
  btype=RelWithDebInfo
fi
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$btype" -DGILBENCH_WERROR=ON \
      -DGILBENCH_SANITIZE="$san" >/dev/null
cmake --build "$dir" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
export GILBENCH_SANITIZE="$san"
# TSan finds races, and only code that runs on two threads can race
labels=()
[ "$san" != thread ] || labels=(-L threads)
ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" "${labels[@]}"
