# fixture-config: {"label-schema": {"org.opencontainers.image.revision": "hash"}}
FROM alpine:3.20
LABEL org.opencontainers.image.revision="2dbfae9"
LABEL org.opencontainers.image.revision="43c572f1272b6b3171dd1db9e41b7027128ce080"
LABEL org.opencontainers.image.revision="43c572f1272b"
LABEL org.opencontainers.image.revision="main"
# expect: DL3055 @-1:41-47 `main` is not one
LABEL org.opencontainers.image.revision="2DBFAE9"
# expect: DL3055 @-1:41-50 upper-case
LABEL org.opencontainers.image.revision=abc
# expect: DL3055 @-1:41-44 too short
ARG GIT_COMMIT
LABEL org.opencontainers.image.revision=$GIT_COMMIT
LABEL other="not-git-hash"
