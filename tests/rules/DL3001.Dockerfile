FROM debian:12-slim
RUN apt-get install -y --no-install-recommends ssh vim procps
RUN service nginx start
# expect: DL3001 @-1:5-12 `service` makes no sense in a RUN
RUN ps aux | grep nginx && /usr/bin/top -b -n 1
# expect: DL3001 @-1:5-7 `ps`
# expect: DL3001 @-2:28-40 `top`
RUN echo kill && mountpoint -q /data || true
ONBUILD RUN ssh user@host true
# expect: DL3001 @-1:13-16
