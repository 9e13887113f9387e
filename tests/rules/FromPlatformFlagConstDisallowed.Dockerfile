FROM --platform=linux/amd64 alpine:3.20
# expect: FromPlatformFlagConstDisallowed @-1:17-28 FROM --platform flag should not use constant value "linux/amd64"
FROM --platform=linux/amd64 alpine:3.20 AS my_amd64_stage
FROM --platform=linux/amd64 alpine:3.20 AS linux
FROM --platform=linux/arm64 alpine:3.20 AS build
# expect: FromPlatformFlagConstDisallowed @-1:17-28 constant value "linux/arm64"
FROM --platform=linux/aarch64 alpine:3.20 AS build-arm64
FROM --platform="linux/arm/v7" alpine:3.20 AS builder
# expect: FromPlatformFlagConstDisallowed @-1:17-31 constant value "linux/arm/v7"
FROM --platform=$BUILDPLATFORM alpine:3.20
FROM --platform=linux/$TARGETARCH alpine:3.20
FROM --platform=windows alpine:3.20 AS windows-stage
FROM --platform=windows alpine:3.20 AS win
# expect: FromPlatformFlagConstDisallowed @-1:17-24 constant value "windows"
FROM --platform=not/a/valid/platform alpine:3.20
FROM --platform=arm64 alpine:3.20
# expect: FromPlatformFlagConstDisallowed @-1:17-22 constant value "arm64"
