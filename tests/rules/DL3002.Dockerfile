FROM debian:12 AS base
USER root
# expect: DL3002 @-1:6-10 last USER of stage `base` is `root`
RUN apt-get update
FROM base AS switched
USER root
RUN make install
USER app
FROM base AS uid
USER 0:0
# expect: DL3002 @-1:6-9
FROM base AS named
USER root:wheel
# expect: DL3002 @-1:6-16
FROM base AS other
USER rooter
USER 10001
ARG RUN_AS=root
FROM base AS viaarg
ARG RUN_AS=root
USER $RUN_AS
# expect: DL3002 @-1:6-13 (= `root`)
FROM base AS unknown
ARG RUN_AS
USER $RUN_AS
FROM scratch
ONBUILD USER root
