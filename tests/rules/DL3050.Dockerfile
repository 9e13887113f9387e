# fixture-config: {"label-schema": {"maintainer": "email", "org.opencontainers.image.version": "semver"}, "strict-labels": true}
FROM alpine:3.20
LABEL maintainer="a@example.com"
LABEL org.opencontainers.image.version="1.0.0" build-host="ci"
# expect: DL3050 @-1:48-58 label `build-host` is not in the label schema
LABEL Maintainer="x"
# expect: DL3050 @-1:7-17 `Maintainer`
ARG K
LABEL ${K}=x
