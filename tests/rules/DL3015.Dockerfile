FROM debian:12
RUN apt-get update && apt-get install -y curl=7.88.1
# expect: DL3015 @-1:31-38 without `--no-install-recommends`
RUN apt-get install -y --no-install-recommends curl=7.88.1
RUN apt-get -o APT::Install-Recommends=false install -y curl=7.88.1
RUN apt-get -y install curl=7.88.1
# expect: DL3015 @-1:16-23
RUN apt-get install -y -o APT::Install-Recommends=true curl=7.88.1
# expect: DL3015 @-1:13-20
RUN apt-get update && apt-get remove -y curl
ONBUILD RUN apt-get install -y vim=2:9.0
# expect: DL3015 @-1:21-28
