FROM golang:1.22 AS build
RUN go build -o /app .
FROM alpine:3.20 AS runtime-base
HEALTHCHECK NONE
FROM runtime-base AS app
COPY --from=build /app /app
FROM nginx:1.27
# expect: DL3057 @-1:1-16 the stage `FROM nginx:1.27` has no HEALTHCHECK
FROM scratch AS base1
FROM base1 AS base2
FROM base2 AS end1
HEALTHCHECK CMD ["/bin/check"]
FROM base2 AS end2
# expect: DL3057 @-1:1-19 stage `end2` has no HEALTHCHECK
