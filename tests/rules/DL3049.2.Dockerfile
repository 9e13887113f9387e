# fixture-config: {"label-schema": {"maintainer": "email", "org.opencontainers.image.version": "semver"}}
FROM alpine:3.20
# expect: DL3049 @-1:1-17 `maintainer`
# expect: DL3049 @-2:1-17 `org.opencontainers.image.version`
LABEL other="x"
FROM alpine:3.20
LABEL maintainer="a@example.com"
# expect: DL3049 @-2:1-17 `org.opencontainers.image.version`
ONBUILD LABEL org.opencontainers.image.version=1.0.0
