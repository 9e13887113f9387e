FROM alpine:3.20
RUN apk add \

    curl
# expect: NoEmptyContinuation @-2:1 Empty continuation
