#!/usr/bin/env bash
# Installs the Debian packages dflint needs, if any are missing.
#
#   scripts/deps.sh build   # what building the library and CLI needs
#   scripts/deps.sh test    # the above plus what the test suite needs
#
# Quiet and a no-op when everything is installed. As root the missing packages
# are installed with apt-get; otherwise the command to run is printed and the
# script exits 1.
set -euo pipefail

BUILD_PACKAGES=(
  cmake
  ninja-build
  g++
  pkg-config
  libboost-dev
  libfmt-dev
  nlohmann-json3-dev
  catch2
  libyaml-cpp-dev
  libxxhash-dev
  python3  # the build generates the rule registry (scripts/gen_rules.py)
)

TEST_PACKAGES=(
  git
  shellcheck
  pre-commit
  pybind11-dev
  python3-dev
  clang
  libclang-rt-dev
)

usage() {
  echo "usage: $0 build|test" >&2
  exit 2
}

[[ $# -eq 1 ]] || usage
case "$1" in
  build) wanted=("${BUILD_PACKAGES[@]}") ;;
  test) wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
  *) usage ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "dflint: missing Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "dflint: installing missing Debian packages: ${missing[*]}" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
