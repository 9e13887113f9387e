# fixture-config: {"label-schema": {"org.opencontainers.image.created": "rfc3339"}}
FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"
LABEL org.opencontainers.image.created="2021-03-10T10:26:33.564595127+01:00"
LABEL org.opencontainers.image.created="2024-05-01 12:30:00+00:00"
LABEL org.opencontainers.image.created="2024-05-01"
# expect: DL3053 @-1:40-52 no time and time zone
LABEL org.opencontainers.image.created="2024-05-01T12:30:00"
# expect: DL3053 @-1:40 no time zone
LABEL org.opencontainers.image.created="not-date"
# expect: DL3053 @-1:40-50 `not-date` is not one
LABEL org.opencontainers.image.created="2024-02-30T00:00:00Z"
# expect: DL3053 @-1:40 no such date
LABEL org.opencontainers.image.created="2024-05-01T12:30:00+0200"
# expect: DL3053 @-1:40 colon
ARG BUILD_DATE
LABEL org.opencontainers.image.created=$BUILD_DATE
LABEL other="not-date"
