FROM alpine:3.20
FROM --platform=$FOOBAR alpine:3.20
FROM --platform=foobar/arm64 alpine:3.20
FROM --platform=$TARGETPLATFORM alpine:3.20
# expect: DL3065 @-1:6-32 redundant
FROM --platform=${TARGETPLATFORM} alpine:3.20 AS b
# expect: DL3065 @-1:6-34
FROM --platform=$BUILDPLATFORM alpine:3.20
