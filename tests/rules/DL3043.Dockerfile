FROM debian:12
ONBUILD ONBUILD RUN anything
# expect: DL3043 @-1:9-16 `ONBUILD ONBUILD` is not allowed
ONBUILD FROM debian:buster
# expect: DL3043 @-1:9-13
onbuild maintainer "BoJack Horseman"
# expect: DL3043 @-1:9-19
ONBUILD ADD anything anywhere
ONBUILD USER anything
ONBUILD RUN anything
ONBUILD HEALTHCHECK NONE
MAINTAINER "Some Guy"
