FROM alpine:3.20
LABEL org.opencontainers.image.title="app" maintainer="me@example.com"
LABEL Version="1.0"
# expect: DL3048 @-1:7-14 contains upper-case letters
LABEL com.docker.label="x"
# expect: DL3048 @-1:7-23 namespace
LABEL io.docker.x=1 org.dockerproject.y=2
# expect: DL3048 @-1:7-18 `io.docker.`
# expect: DL3048 @-2:21-40 `org.dockerproject.`
LABEL com.docker.extension.publisher-url="https://example.com" com.docker.desktop.extension.api.version="0.3.4"
LABEL build_version="1" com.example/with-slash="y" org.valid-key.label3=z
LABEL invalid..key="foo" 1abc=x end-="z" a--b=1
# expect: DL3048 @-1:7-19 contains `..`
# expect: DL3048 @-2:26-30 starts with `1`
# expect: DL3048 @-3:33-37 ends with `-`
# expect: DL3048 @-4:42-46 contains `--`
LABEL invalid$character="foo"
# expect: DL3048 @-1:7-24 depends on `$character`
LABEL "quoted.key"="v" "Quoted.Upper"="w"
# expect: DL3048 @-1:24-38 `Quoted.Upper`
ARG KEYNAME=my.key
LABEL ${KEYNAME}=v
ARG UNSET
LABEL ${UNSET}=v
# expect: DL3048 @-1:7-15 depends on `$UNSET`
LABEL Vendor ACME Corp
# expect: DL3048 @-1:7-13 label key `Vendor`
ONBUILD LABEL NotChecked=1
