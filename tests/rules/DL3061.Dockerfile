# syntax=docker/dockerfile:1
ARG BASE=debian:12
LABEL foo=bar
# expect: DL3061 @-1:1-6 comes before the first FROM (line 7)
run echo hi
# expect: DL3061 @-1:1-4 `run`
FROM ${BASE}
LABEL foo=bar
ARG A=B
RUN echo bla
