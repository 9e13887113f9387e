COPY --from=foo bar .
# expect: DL3022 @-1:13-16 no stage named `foo`
COPY --from=0 bar .
# expect: DL3022 @-1:13-14 stage number 0
FROM scratch AS build
COPY --from=later foo .
# expect: DL3022 @-1:13-18 only defined later, on line 13
COPY --from=build foo .
RUN foo
FROM node:20
COPY --from=0 foo .
COPY --from=BUILD foo .
FROM alpine:3.20 AS later
COPY --from=haskell:latest bar .
COPY --from=ghcr.io/acme/tools bar .
COPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef bar .
COPY --from=2 x .
COPY --from=biuld x .
# expect: DL3022 @-1:13-18 no stage named `biuld`
ARG SRC=build
COPY --from=$SRC x .
COPY --from=$UNKNOWN x .
