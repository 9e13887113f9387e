FROM random.com/debian:12
COPY --from=untrusted.com/repo/image:tag /foo /bar
