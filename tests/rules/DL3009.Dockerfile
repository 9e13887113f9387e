FROM debian:12 AS base
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1
# expect: DL3009 @-1:5-19 `apt-get update` downloads the package lists
RUN apt-get update && apt-get install -y git=1:2.39.2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y git=1:2.39.2 && apt-get dist-clean
RUN apt-get update && apt-get install -y git=1:2.39.2 && rm -rf /tmp/build
# expect: DL3009 @-1:5-19
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y git=1:2.39.2
# expect: DL3009 @-1:36-50
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update
RUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get update
RUN --mount=type=cache,target=/var/lib/apt apt-get update
# expect: DL3009 @-1:44-58
RUN apt update && apt install -y git && rm /var/lib/apt/lists/*_*

FROM debian:12 AS unused
RUN apt-get update && apt-get install -y curl=7.88.1
ONBUILD RUN apt-get update
# expect: DL3009 @-1:13-27

FROM base
RUN aptitude update
# expect: DL3009 @-1:5-20 `aptitude update`
