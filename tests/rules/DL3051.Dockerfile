# fixture-config: {"label-schema": {"maintainer": "text", "org.opencontainers.image.source": "url"}}
FROM alpine:3.20
LABEL maintainer=""
# expect: DL3051 @-1:18-20 set to an empty value
LABEL other=""
ARG EMPTY=
LABEL maintainer=$EMPTY
# expect: DL3051 @-1:18-24 expands to an empty string
ARG UNKNOWN
LABEL maintainer=$UNKNOWN
LABEL org.opencontainers.image.source=
# expect: DL3051 @-1:7-39 `org.opencontainers.image.source`
LABEL maintainer="me"
