#!/usr/bin/env bash
# Install test of the bindings (registered in ctest as install_bindings).
#
#   tests/install/run_bindings.sh BUILD_DIR SOURCE_DIR [CC] [EXTRA_FLAGS] [PYTHON]
#
# Installs BUILD_DIR into a temporary prefix, then
#   1. builds examples/c/lint.c with a plain
#      `CC examples/c/lint.c $(pkg-config --cflags --libs dflint)` and runs it
#      on examples/node-app/Dockerfile.naive (expects DL3006 and DF001);
#   2. when the Python module was built (and PYTHON is given), imports it from
#      <prefix>/lib/python3/dist-packages and lints the same file.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR [CC] [EXTRA_FLAGS] [PYTHON]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
cc=${3:-cc}
extra=${4:-}
python=${5:-}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dflint-install-bindings.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
naive=$src/examples/node-app/Dockerfile.naive

expect_codes() {
  local what=$1 output=$2
  for code in DL3006 DF001; do
    if ! grep -q " $code " <<<"$output"; then
      echo "FAIL ($what): no $code in the output:" >&2
      echo "$output" >&2
      exit 1
    fi
  done
  echo "ok: $what"
}

echo "== cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log" >&2; exit 1; }
libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$build/CMakeCache.txt")
libdir=${libdir:-lib}
[[ -f $prefix/include/dflint.h ]] || { echo "FAIL: dflint.h not installed" >&2; exit 1; }

echo "== C example against the installed package (pkg-config)"
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
pkg_flags=$(pkg-config --cflags --libs dflint)
echo "pkg-config --cflags --libs dflint: $pkg_flags"
# shellcheck disable=SC2086  # flag lists are meant to be split
"$cc" -std=c99 -Wall -Wextra -Werror -pedantic $extra "$src/examples/c/lint.c" $pkg_flags -o "$tmp/lint"
set +e
out=$(LD_LIBRARY_PATH="$prefix/$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$tmp/lint" "$naive")
rc=$?
set -e
echo "$out"
[[ $rc -le 1 ]] || { echo "FAIL (C example): exit code $rc" >&2; exit 1; }
expect_codes "C example" "$out"
grep -q "^$naive:4:6: warning DL3006 " <<<"$out" || { echo "FAIL (C example): DL3006 not at 4:6" >&2; exit 1; }

pydir=$prefix/$libdir/python3/dist-packages
if [[ -z $python ]]; then
  echo "skip: Python module (not built)"
  exit 0
fi
echo "== Python module from $pydir"
[[ -f $pydir/dflint.pyi && -f $pydir/dflint-stubs/py.typed ]] || { echo "FAIL: stubs not installed" >&2; exit 1; }
out=$(cd "$tmp" && PYTHONPATH=$pydir "$python" -c '
import sys, dflint
assert dflint.__file__.startswith(sys.argv[2]), dflint.__file__
for d in dflint.lint(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1]):
    print(f"{sys.argv[1]}:{d.line}:{d.column}: {d.severity} {d.code} {d.message}")
' "$naive" "$pydir")
echo "$out"
expect_codes "Python module" "$out"
