FROM debian:12-slim
RUN wget https://example.com/tool.tar.gz
# expect: DL3047 @-1:5-9 `wget` prints its progress bar
RUN wget --progress=dot:giga https://example.com/tool.tar.gz
RUN wget -q https://example.com/a && wget -qO- https://example.com/b | sh
RUN wget -nv https://example.com/a && wget --no-verbose https://example.com/b
RUN wget -o /tmp/wget.log https://example.com/a && wget --append-output=/tmp/log https://example.com/b
RUN wget -O /tmp/a https://example.com/a 2>/dev/null
RUN curl -fsSLO https://example.com/a && wget -O - https://example.com/b | tar -xz
# expect: DL3047 @-1:42-46
ONBUILD RUN wget https://example.com/c
# expect: DL3047 @-1:13-17
