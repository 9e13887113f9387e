# fixture-config: {"label-schema": {"maintainer": "text"}}
FROM alpine:3.20
LABEL maintainer="a" other="not reported without strict-labels"
