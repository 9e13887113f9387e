FROM alpine:3.19
RUN apk add curl=8.5.0-r0
# expect: DL3019 @-1:9-12 without `--no-cache`
RUN apk add --no-cache curl=8.5.0-r0
RUN apk --no-cache add curl=8.5.0-r0
RUN apk update && apk add -U curl=8.5.0-r0 && rm -rf /var/cache/apk/*
RUN apk add curl=8.5.0-r0 && apk cache clean
RUN rm -rf /var/cache/apk/* && apk add curl=8.5.0-r0
# expect: DL3019 @-1:36-39
RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=8.5.0-r0
RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=8.5.0-r0
# expect: DL3019 @-1:50-53
RUN apk del curl
ONBUILD RUN apk add curl=8.5.0-r0
# expect: DL3019 @-1:17-20
