# fixture-config: {"label-schema": {"maintainer": "text"}}
FROM golang:1.22 AS build
RUN go build -o /app .
FROM build AS test
# expect: DL3049 @-1:1-19 stage `test` has no `maintainer` label
FROM alpine:3.20 AS base
LABEL maintainer="team@example.com"
FROM base AS final
COPY --from=build /app /app
FROM debian:12
# expect: DL3049 @-1:1-15 the stage `FROM debian:12` has no `maintainer` label
FROM alpine:3.20 AS common
FROM common AS app
LABEL "maintainer"="team@example.com"
