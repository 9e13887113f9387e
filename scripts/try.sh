#!/usr/bin/env bash
# Builds dflint (Release, in build/) and runs it on the node-app examples.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target dflint-cli -j "$(nproc)"

run() {
  local file=$1
  echo
  echo "==== dflint $file ===="
  local rc=0
  build/tools/dflint "$file" || rc=$?
  echo "==== exit code: $rc ===="
  # 0 = clean, 1 = findings; anything else means dflint itself failed.
  if [[ $rc -gt 1 ]]; then
    echo "dflint failed on $file (exit $rc)" >&2
    exit "$rc"
  fi
}

# The naive version has problems; findings (exit 1) are expected there.
run examples/node-app/Dockerfile.naive
run examples/node-app/Dockerfile
