FROM ubuntu:24.04
RUN apt update && apt-get install -y curl=8.5.0
# expect: DL3027 @-1:5-8 uses `apt`
RUN apt-get update && apt-cache policy curl
RUN /usr/bin/apt install -y git
# expect: DL3027 @-1:5-17
RUN echo apt install
ONBUILD RUN apt search curl
# expect: DL3027 @-1:13-16 `apt search curl`
