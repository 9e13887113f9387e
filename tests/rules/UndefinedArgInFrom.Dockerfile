ARG NODE_VERSION=20
ARG MY_ARCH=amd64
ARG tag=latest
ARG VARIANT
FROM node:${NODE_VERSON}-alpine
# expect: UndefinedArgInFrom @-1:11-25 FROM argument 'NODE_VERSON' is not declared (did you mean NODE_VERSION?)
FROM node:${NODE_VERSION}-alpine
FROM node:${NODE_VERSION}-${VARIANT}
FROM --platform=$BULIDPLATFORM alpine:3.20
# expect: UndefinedArgInFrom @-1:17-31 FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)
FROM --platform=$BUILDPLATFORM alpine:3.20
FROM --platform=linux/${MYARCH} busybox
# expect: UndefinedArgInFrom @-1:23-32 FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)
FROM busybox:${tag}${version} AS b
# expect: UndefinedArgInFrom @-1:20-30 FROM argument 'version' is not declared
FROM ${BASE:-alpine}:3.20
# expect: UndefinedArgInFrom @-1:6-21 FROM argument 'BASE' is not declared
FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20
FROM b
ARG LATE=1
RUN echo $LATE $UNDECLARED
FROM alpine:$LATE
# expect: UndefinedArgInFrom @-1:13-18 FROM argument 'LATE' is not declared
FROM alpine:${tag:bad}
FROM alpine:3.20
