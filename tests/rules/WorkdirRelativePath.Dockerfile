FROM alpine:3.20
WORKDIR app/
# expect: WorkdirRelativePath @-1:9-13 Relative workdir "app/" can have unexpected results if the base image changes
WORKDIR subdir
WORKDIR /abs

FROM alpine:3.20 AS a
WORKDIR /app

FROM a AS b
WORKDIR subdir/

FROM alpine:3.20 AS c
ARG DIR=src
WORKDIR $DIR
# expect: WorkdirRelativePath @-1:9-13 Relative workdir "src"
WORKDIR other

FROM alpine:3.20 AS d
ARG ROOT=/srv
WORKDIR ${ROOT}/app
WORKDIR rel

FROM alpine:3.20 AS e
WORKDIR $FROM_BUILD_ARG/app
WORKDIR ./after-unknown

FROM alpine:3.20 AS f
WORKDIR ./rel
# expect: WorkdirRelativePath @-1:9-14 Relative workdir "./rel"

FROM python:3.12 AS g
WORKDIR $PYTHON_VERSION

FROM alpine:3.20 AS h
WORKDIR "quoted dir"
# expect: WorkdirRelativePath @-1:9-21 Relative workdir "quoted dir"

FROM h AS i
WORKDIR relative-to-h

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
WORKDIR C:\\app
ONBUILD WORKDIR relative
