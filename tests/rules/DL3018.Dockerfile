FROM alpine:3.19
RUN apk add --no-cache curl
# expect: DL3018 @-1:24-28 `curl` is installed without a version
RUN apk add --no-cache curl=8.5.0-r0 git~2.43 "bash>=5.2" 'zlib<2' ./local.apk
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0 \
      musl-dev
# expect: DL3018 @-1:7-15 `musl-dev`
RUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing --repository=https://example.org flow=0.78.0-r0
RUN apk --no-cache add -t .deps make=4.4.1-r2 && apk del .deps
ARG EXTRA
RUN apk add --no-cache $EXTRA
ENV TOOLS="jq=1.7.1-r0 yq"
RUN apk add --no-cache ${TOOLS}
# expect: DL3018 @-1:24-32 `yq` (from `${TOOLS}`)
ONBUILD RUN apk add --no-cache tini
# expect: DL3018 @-1:32-36
