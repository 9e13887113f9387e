FROM debian:12-slim
RUN sudo apt-get update
# expect: DL3004 @-1:5-9 `sudo` in a RUN
RUN apt-get update && apt-get install -y --no-install-recommends sudo
RUN apt-get update && sudo apt-get install -y curl && /usr/bin/sudo -u app true
# expect: DL3004 @-1:23-27
# expect: DL3004 @-2:55-68
RUN echo sudo
ONBUILD RUN sudo make install
# expect: DL3004 @-1:13-17
