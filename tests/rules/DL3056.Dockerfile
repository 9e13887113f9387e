# fixture-config: {"label-schema": {"org.opencontainers.image.version": "semver"}}
FROM alpine:3.20
LABEL org.opencontainers.image.version="1.0.0"
LABEL org.opencontainers.image.version="2.0.1-rc1"
LABEL org.opencontainers.image.version="1.0.0-alpha.1+build.5"
LABEL org.opencontainers.image.version="v1.4"
# expect: DL3056 @-1:40-46 `v1.4` is not one
LABEL org.opencontainers.image.version="not-sem-ver"
# expect: DL3056 @-1:40-53
LABEL org.opencontainers.image.version=01.2.3
# expect: DL3056 @-1:40-46
ARG VERSION=1.2.3
LABEL org.opencontainers.image.version=${VERSION}
ARG BAD_VERSION=1.2
LABEL org.opencontainers.image.version=${BAD_VERSION}
# expect: DL3056 @-1:40-54 `1.2`
LABEL other="not-sem-ver"
