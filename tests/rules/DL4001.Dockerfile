FROM debian:12-slim AS one
RUN wget -q https://example.com/a
RUN curl -fsSLO https://example.com/b
# expect: DL4001 @-1:5-9 already uses `wget` (line 2)
RUN echo hello
RUN wget -q https://example.com/c
# expect: DL4001 @-1:5-9 already uses `curl` (line 3)

FROM debian:12-slim AS two
RUN curl -fsSLO https://example.com/a

FROM debian:12-slim AS three
RUN curl -fsSL https://example.com/a | sh && wget -q https://example.com/b
# expect: DL4001 @-1:5-9 uses both
ONBUILD RUN wget -q https://example.com/d
