FROM alpine:3.20
ENV APP_HOME /opt/app
# expect: LegacyKeyValueFormat @-1:5-22 "ENV key=value" should be used instead of legacy "ENV key value" format
ENV JAVA_OPTS -Xmx1g -Dfoo=1
# expect: LegacyKeyValueFormat @-1:5-29 "ENV key=value"
LABEL maintainer Jane
# expect: LegacyKeyValueFormat @-1:7-22 "LABEL key=value" should be used instead of legacy "LABEL key value" format
env lower value
# expect: LegacyKeyValueFormat @-1:5-16 "env key=value" should be used instead of legacy "env key value" format
ENV QUOTED "a b"
# expect: LegacyKeyValueFormat @-1:5-17
ENV APP_HOME=/opt/app
ENV A=1 B=2
ENV EMPTY=
LABEL version="1.0" description="x y"
ARG NAME value
ONBUILD ENV X y
