#!/usr/bin/env bash
# Install + consumer test (registered in ctest as install_consumer).
#
#   tests/install/run.sh BUILD_DIR [CXX] [EXTRA_FLAGS]
#
# Installs BUILD_DIR into a temporary prefix, then builds tests/install/main.cpp
#   1. as a CMake project using find_package(dflint) and dflint::dflint, and
#   2. with a plain `CXX -std=c++20 main.cpp $(pkg-config --cflags --libs dflint)`,
# runs both programs and compares their output with the expected dump.
# EXTRA_FLAGS go to the compiler and linker (e.g. the sanitizer flags the
# library was built with).
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [CXX] [EXTRA_FLAGS]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
cxx=${2:-c++}
extra=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dflint-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
expected="dflint $version
(from \"node:16\" \"AS\" \"build\")
(workdir \"/practice_backend/\")
(copy [\"--chown=node\"] \"package.json\" \"./\")
(run \"npm install     && npm cache clean --force\")
(cmd \"node\" \"server.js\")"

check_output() {
  local what=$1 actual=$2
  if [[ $actual != "$expected" ]]; then
    echo "FAIL ($what): unexpected output" >&2
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    exit 1
  fi
  echo "ok: $what"
}

echo "== cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log" >&2; exit 1; }

echo "== find_package(dflint) consumer"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here" -B "$tmp/consumer" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_CXX_FLAGS="$extra" \
  -DCMAKE_EXE_LINKER_FLAGS="$extra" \
  -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/consumer-configure.log" 2>&1 ||
  { cat "$tmp/consumer-configure.log" >&2; exit 1; }
cmake --build "$tmp/consumer" >"$tmp/consumer-build.log" 2>&1 ||
  { cat "$tmp/consumer-build.log" >&2; exit 1; }
check_output "find_package consumer" "$("$tmp/consumer/app")"

echo "== pkg-config consumer"
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
pkg_flags=$(pkg-config --cflags --libs dflint)
echo "pkg-config --cflags --libs dflint: $pkg_flags"
# shellcheck disable=SC2086  # flag lists are meant to be split
"$cxx" -std=c++20 $extra "$here/main.cpp" $pkg_flags -o "$tmp/app-pkgconfig"
check_output "pkg-config consumer" "$("$tmp/app-pkgconfig")"
