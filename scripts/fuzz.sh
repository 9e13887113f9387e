#!/usr/bin/env bash
# Builds the libFuzzer target with clang (build-fuzz/) and fuzzes the parser.
#
#   scripts/fuzz.sh [seconds]     # default 300
#
# The corpus lives in build-fuzz/corpus (seeded from ../shared/corpus/files when
# present, plus examples/); crash reproducers are written to build-fuzz/artifacts/.
# Extra libFuzzer flags can be given in FUZZ_FLAGS (e.g. FUZZ_FLAGS=-jobs=2).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-300}
build="build-fuzz"
corpus=$build/corpus
artifacts=$build/artifacts

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (scripts/deps.sh test installs it)" >&2; exit 1; }

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDFLINT_FUZZ=ON \
  -DDFLINT_BUILD_TESTS=OFF \
  -DDFLINT_BUILD_BENCH=OFF
cmake --build "$build" --target parse_fuzzer -j "$(nproc)"

mkdir -p "$corpus" "$artifacts"
# Seed: real Dockerfiles (copied once; libFuzzer adds its own findings next to them).
if [[ -d ../shared/corpus/files && ! -e $build/.seeded-shared ]]; then
  find ../shared/corpus/files -type f -size -64k | while IFS= read -r f; do
    cp "$f" "$corpus/shared-$(echo "$f" | sha1sum | cut -c1-16)"
  done
  touch "$build/.seeded-shared"
fi
find examples -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' \) | while IFS= read -r f; do
  cp "$f" "$corpus/example-$(echo "$f" | sha1sum | cut -c1-16)"
done
if [[ -d ../shared/conformance && ! -e $build/.seeded-conformance ]]; then
  # BuildKit's parser test inputs exercise the odd corners (heredocs, escapes, directives).
  find ../shared/conformance -type f -name 'Dockerfile*' -size -64k | while IFS= read -r f; do
    cp "$f" "$corpus/conf-$(echo "$f" | sha1sum | cut -c1-16)"
  done
  touch "$build/.seeded-conformance"
fi

echo "fuzz.sh: fuzzing for ${seconds}s; corpus $corpus ($(find "$corpus" -type f | wc -l) files)"
# shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
"$build/tests/fuzz/parse_fuzzer" \
  -max_total_time="$seconds" \
  -max_len=65536 \
  -timeout=10 \
  -rss_limit_mb=4096 \
  -print_final_stats=1 \
  -artifact_prefix="$artifacts/" \
  ${FUZZ_FLAGS:-} \
  "$corpus"
