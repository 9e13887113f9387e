# fixture-config: {"trustedRegistries": ["trusted.com", "*.corp.example", "docker.io"]}
FROM ubuntu:24.04 AS a
FROM docker.io/library/node:20 AS b
FROM trusted.com/debian:12 AS c
FROM mirror.corp.example/debian:12 AS d
FROM random.com/debian:12 AS e
# expect: DL3026 @-1:6-16 comes from `random.com`
FROM c AS f
FROM scratch
COPY --from=untrusted.com/repo/image:tag /foo /bar
# expect: DL3026 @-1:13-41
COPY --from=trusted.com/repo/image:tag /foo /bar
COPY --from=a /foo /bar
RUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar
# expect: DL3026 @-1:28-56 the mounted image
RUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar
ARG REGISTRY
FROM ${REGISTRY}/debian:12
