ARG GLOBAL_VERSION=1.0
FROM alpine:3.20 AS base
COPY $foo .
# expect: UndefinedVar @-1:6-10 Usage of undefined variable '$foo'
ARG foo
COPY Dockerfile${foo} .
ARG DIR_BINARIES=binaries/
ARG DIR_ASSETS=assets/
COPY $DIR_ASSET .
# expect: UndefinedVar @-1:6-16 Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)
ENV PATH=$PAHT:/tmp/bin
# expect: UndefinedVar @-1:10-15 Usage of undefined variable '$PAHT' (did you mean $PATH?)
ENV PATH=$PATH:/opt/bin
RUN echo $UNDEFINED_IN_RUN
CMD echo $UNDEFINED_IN_CMD
ENTRYPOINT ["echo", "$UNDEFINED_JSON"]
HEALTHCHECK CMD curl $HC_URL
EXPOSE $PORT
COPY --chown=$APP_USER:$APP_GROUP src/ /app/
# expect: UndefinedVar @-1:14-23 '$APP_USER'
# expect: UndefinedVar @-2:24-34 '$APP_GROUP'
COPY --chmod=$MODE --from=busybox --exclude=$EXCL /a /b/
# expect: UndefinedVar @-1:14-19 '$MODE'
LABEL version=$GLOBAL_VERSION
# expect: UndefinedVar @-1:15-30 '$GLOBAL_VERSION'
ARG GLOBAL_VERSION
LABEL version=$GLOBAL_VERSION
USER ${APP_UID:-1000}
# expect: UndefinedVar @-1:6-22 '$APP_UID'
WORKDIR /srv/$TARGETARCH
# expect: UndefinedVar @-1:14-25 '$TARGETARCH'
ARG TARGETARCH
WORKDIR /srv/$TARGETARCH
VOLUME /data/$VOL /logs
# expect: UndefinedVar @-1:14-18 '$VOL'
STOPSIGNAL $SIG
# expect: UndefinedVar @-1:12-16 '$SIG'
ENV A=1 B=$A
# expect: UndefinedVar @-1:11-13 '$A'
ENV C=$A
ENV ${KEYVAR}=x
# expect: UndefinedVar @-1:5-14 '$KEYVAR'
RUN --mount=type=cache,target=$CACHE_DIR,id=$CACHE_ID --mount=type=bind,from=$STAGE,target=/x echo $NOPE
# expect: UndefinedVar @-1:31-41 '$CACHE_DIR'
# expect: UndefinedVar @-2:45-54 '$CACHE_ID'
ARG A1=$UNDEF_DEFAULT B1=$A1
# expect: UndefinedVar @-1:8-22 '$UNDEF_DEFAULT'
ADD --checksum=sha256:$SUM https://example.com/x.tgz /x/
# expect: UndefinedVar @-1:23-27 '$SUM'
COPY \$ESCAPED '$SINGLE' "$DOUBLE" /x/
# expect: UndefinedVar @-1:27-34 '$DOUBLE'
COPY $1 /x/
# expect: UndefinedVar @-1:6-8 '$1'
COPY ${BAD:x} $BUILDKIT_SBOM_SCAN_STAGE /y/
COPY <<EOT /etc/motd
Welcome $USER_NAME
EOT
# expect: UndefinedVar @-2:9-19 '$USER_NAME'
COPY <<'EOT' /etc/quoted
$NOT_EXPANDED
EOT
ONBUILD COPY $ONB /onbuild/
SHELL ["/bin/sh", "$X"]

FROM base AS child
COPY $foo $DIR_ASSETS $A $A1 /child/
ENV X=$PATH

FROM alpine:3.20 AS fresh
COPY $foo /x/
# expect: UndefinedVar @-1:6-10 '$foo'
COPY $GLOBAL_VERSION /g/
# expect: UndefinedVar @-1:6-21 '$GLOBAL_VERSION'

FROM python:3.12-slim AS py
ENV PATH=/root/.local/bin:$PATH PYV=$PYTHON_VERSION
COPY $NODE_VERSION /n/
# expect: UndefinedVar @-1:6-19 '$NODE_VERSION'

FROM golang:1.22 AS go
ENV PATH=$GOPATH/bin:$PATH

FROM scratch AS s
ENV PATH=$PATH:/bin
COPY $HOME /h/
# expect: UndefinedVar @-1:6-11 '$HOME'
