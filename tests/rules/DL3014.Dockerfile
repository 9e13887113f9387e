FROM debian:12
RUN apt-get update && apt-get install curl=7.88.1
# expect: DL3014 @-1:31-38 without `-y`
RUN apt-get install -q curl=7.88.1 && apt-get install --quiet git=1:2.39.2
# expect: DL3014 @-1:13-20
# expect: DL3014 @-2:47-54
RUN apt-get install -y curl=7.88.1 && apt-get -qy install git=1
RUN apt-get --yes install a=1 && apt-get --assume-yes install b=1
RUN apt-get install -qq a=1 && apt-get install -q -q b=1 && apt-get install -q=2 c=1 && apt-get install --quiet --quiet d=1
RUN apt-get -o APT::Get::Assume-Yes=true install a=1
RUN yes | apt-get install a=1
RUN apt-get update && apt-get upgrade
ONBUILD RUN apt-get install vim=2:9.0
# expect: DL3014 @-1:21-28
