FROM golang:1.22
WORKDIR /src
RUN cd /src && go build -o /bin/app . && cd /
# expect: DL3003 @-1:5-7 `cd /src` only lasts until the end of this RUN
RUN make -C /src install
RUN echo cd
ONBUILD RUN cd /src && make
