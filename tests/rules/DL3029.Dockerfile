FROM --platform=linux debian:12
# expect: DL3029 @-1:17-22 `--platform=linux` fixes the platform
FROM --platform=linux/amd64 debian:12 AS build
# expect: DL3029 @-1:17-28
FROM --platform=$FOOBAR debian:12
# expect: DL3029 @-1:17-24
FROM debian:12
FROM --platform=$BUILDPLATFORM debian:12
FROM --platform="$BUILDPLATFORM" debian:12
FROM --platform=${BUILDPLATFORM:-} debian:12
FROM --platform=$TARGETPLATFORM debian:12
FROM --platform=$TARGETOS/$TARGETARCH debian:12
FROM --platform=linux/arm64 debian:12 AS tools-arm64
