# fixture-config: {"strict-labels": true}
FROM alpine:3.20
LABEL maintainer="a"
# expect: DL3050 @-1:7-17 `maintainer`
