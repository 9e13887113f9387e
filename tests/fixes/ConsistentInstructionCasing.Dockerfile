FROM debian:12 AS build
run echo hi
Copy . /src
RUN make
