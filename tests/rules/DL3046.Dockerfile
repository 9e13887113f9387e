FROM debian:12-slim
RUN useradd -u 123456 app
# expect: DL3046 @-1:16-22 high UID 123456
RUN useradd -l -u 123456 app
RUN useradd --no-log-init --uid 123456789 app
RUN useradd --uid=123456789 app
# expect: DL3046 @-1:13-28
RUN useradd -u 12345 app && useradd app2
ARG APP_UID=1000
RUN useradd -u ${APP_UID} app
ARG BIG_UID=100000000
RUN useradd -m -u "$BIG_UID" -s /bin/bash app
# expect: DL3046 @-1:19-29 100000000
RUN useradd -u "$UNKNOWN" app
ONBUILD RUN useradd -u 999999 app
# expect: DL3046 @-1:24-30
