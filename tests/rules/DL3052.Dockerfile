# fixture-config: {"label-schema": {"org.opencontainers.image.source": "url", "org.opencontainers.image.url": "url"}}
FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"
LABEL org.opencontainers.image.source="github.com/acme/app"
# expect: DL3052 @-1:39-60 `github.com/acme/app` is not a valid URL
LABEL org.opencontainers.image.url="not-url"
# expect: DL3052 @-1:36-45
LABEL org.opencontainers.image.url="https://example.com/my docs"
# expect: DL3052 @-1:36 white space
LABEL other="not-url"
LABEL org.opencontainers.image.url="mailto:team@example.com" org.opencontainers.image.source="http://[::1]:8080/x?y=1#z"
ARG REPO=https://github.com/acme/app
LABEL org.opencontainers.image.source=$REPO
ARG REPO_UNSET
LABEL org.opencontainers.image.source=$REPO_UNSET
ARG BAD=ftp//x
LABEL org.opencontainers.image.source=${BAD}
# expect: DL3052 @-1:39-45 `ftp//x`
LABEL org.opencontainers.image.source=""
