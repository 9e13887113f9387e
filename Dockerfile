# syntax=docker/dockerfile:1
# dflint, built from this repository: a Debian 12 build stage with the
# toolchain, then a slim runtime stage with just the binary.
#
#   docker build -t dflint .
#   docker run --rm -i dflint - < Dockerfile          # lint standard input
#   docker run --rm -v "$PWD:/src" dflint .           # lint every Dockerfile below the current folder
#
# dflint lints this file in its own test suite (tests/cli_test.cpp).

ARG DEBIAN_RELEASE=bookworm

FROM debian:${DEBIAN_RELEASE} AS build
# What scripts/deps.sh installs for a build. The package versions are the
# ones of the Debian release pinned above, so they are not pinned one by one.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      cmake ninja-build g++ pkg-config python3 \
      libboost-dev libfmt-dev nlohmann-json3-dev libyaml-cpp-dev libxxhash-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DDFLINT_BUILD_TESTS=OFF -DDFLINT_BUILD_BENCH=OFF \
 && cmake --build build --target dflint-cli \
 && strip build/tools/dflint

FROM debian:${DEBIAN_RELEASE}-slim
# The shared libraries the binary links, and ShellCheck for the SC rules.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends libfmt9 libyaml-cpp0.7 libxxhash0 shellcheck \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/build/tools/dflint /usr/local/bin/dflint
# nobody:nogroup, by number so that runtimes can tell it is not root
USER 65534:65534
WORKDIR /src
ENTRYPOINT ["dflint"]
CMD ["--help"]
