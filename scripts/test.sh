#!/usr/bin/env bash
# The full test run (what CI runs through .ci/run):
#   1. build/      RelWithDebInfo, ctest
#   2. build-asan/ developer build with -DDFLINT_SANITIZE=ON (ASan + UBSan, -O1), ctest
# Set DFLINT_SKIP_SANITIZERS=1 to skip step 2 locally.
# Exits non-zero when any build or test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh test

jobs=$(nproc)
status=0

echo "==== build/ (RelWithDebInfo) ===="
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs" || status=1

if [[ ${DFLINT_SKIP_SANITIZERS:-0} == 1 ]]; then
  echo "==== build-asan/: skipped (DFLINT_SKIP_SANITIZERS=1) ===="
else
  echo "==== build-asan/ (ASan + UBSan) ===="
  # -O1 keeps the Spirit X3 code fast enough under the sanitizers; benchmarks are
  # meaningless here, so they are not built.
  cmake -S . -B build-asan -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DDFLINT_SANITIZE=ON \
    -DDFLINT_BUILD_BENCH=OFF
  cmake --build build-asan -j "$jobs"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" || status=1
fi

if [[ $status -ne 0 ]]; then
  echo "==== FAILED: some tests failed ====" >&2
else
  echo "==== all tests passed ===="
fi
exit "$status"
