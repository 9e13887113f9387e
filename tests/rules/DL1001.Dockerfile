FROM debian:12-slim
# hadolint ignore=DL3008,DL3015
# expect: DL1001 @-1:3-32 silences DL3008,DL3015
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
#dflint ignore = DL3003 # needs the cd
# expect: DL1001 @-1:2-24
RUN cd /tmp && make
# hadolint global ignore=DL3059
# expect: DL1001 @-1:3-32 silences DL3059
# hadolint shell=bash
# hadolint ignore this line please
# just a comment mentioning hadolint ignore=DL3008
RUN echo done
