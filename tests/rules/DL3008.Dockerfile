FROM debian:12
RUN apt-get update && apt-get install -y curl
# expect: DL3008 @-1:42-46 `curl` is installed without a version
RUN apt-get install -y --no-install-recommends curl=7.88.1 git=1:2.39.2-1.1 ./local.deb pkg/bookworm-backports
RUN apt-get install -y -t bookworm-backports openjdk-17-jdk=17.0.9 -o Dpkg::Options::=--force-confold
RUN apt-get install -y \
      ca-certificates=20230311 \
      wget
# expect: DL3008 @-1:7-11 `wget`
ENV PACKAGES="make gcc=4:12.2.0-3"
RUN apt-get install -y $PACKAGES
# expect: DL3008 @-1:24-33 `make` (from `$PACKAGES`)
ARG TOOLS
RUN apt-get install -y $TOOLS
RUN LIST="a b=1.0" && apt-get install -y $LIST
# expect: DL3008 @-1:42-47 `a` (from `$LIST`)
RUN apt-get install -y $(cat /tmp/packages.txt)
RUN apt-get install -y "nodejs=${NODE_VERSION}"
RUN apt-cache policy curl && apt-get download curl
ONBUILD RUN apt-get install -y vim
# expect: DL3008 @-1:32-35 `vim`
RUN ["apt-get", "install", "-y", "jq=1.6-2.1"]
