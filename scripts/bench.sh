#!/usr/bin/env bash
# Builds the parser benchmark (Release, build-bench/) and runs it.
#   scripts/bench.sh [DIR] [--reps N] [--min-seconds S]   (arguments go to parse_bench)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDFLINT_BUILD_TESTS=OFF -DDFLINT_BUILD_BENCH=ON
cmake --build build-bench --target parse_bench -j "$(nproc)"
exec build-bench/bench/parse_bench "$@"
