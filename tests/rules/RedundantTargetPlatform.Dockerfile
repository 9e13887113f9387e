FROM --platform=$TARGETPLATFORM alpine:3.20
# expect: RedundantTargetPlatform @-1:6-32 Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior
FROM --platform=${TARGETPLATFORM} alpine:3.20 AS b
# expect: RedundantTargetPlatform @-1:6-34 Setting platform to predefined ${TARGETPLATFORM} in FROM
FROM --platform=$BUILDPLATFORM alpine:3.20
FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20
FROM --platform=linux/amd64 alpine:3.20
FROM --platform=${TARGETPLATFORM}-x alpine:3.20
FROM alpine:3.20
