FROM debian:12-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
# expect: DL3059 @-1:1-4 directly follows the RUN on line 2
# a comment does not separate them
RUN curl -fsSLO https://example.com/a
# expect: DL3059 @-1:1-4 line 3
WORKDIR /app
RUN make
RUN --mount=type=cache,target=/root/.cache make test
RUN --mount=type=cache,target=/root/.cache make install
# expect: DL3059 @-1:1-4
RUN ./configure && make
RUN make install
RUN [ -f /etc/app.conf ] || cp /etc/app.conf.default /etc/app.conf
# expect: DL3059 @-1:1-4
RUN <<EOF
echo one
EOF
RUN echo two
FROM debian:12-slim
RUN echo three
ONBUILD RUN echo four
ONBUILD RUN echo five
