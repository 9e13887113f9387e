FROM debian:12
COPY packaged-app.tar /usr/src/app/
# expect: DL3010 @-1:6-22 extracted with `tar` on line 5
WORKDIR /usr/src/app
RUN echo start && \
    tar -xf packaged-app.tar && rm packaged-app.tar
COPY build/dist.tgz /opt/
# expect: DL3010 @-1:6-20 `gunzip`
RUN gunzip /opt/dist.tgz
COPY vendor.tar.xz /tmp/vendor.tar.xz
# expect: DL3010 @-1:6-19 `tar`
RUN tar xJf /tmp/vendor.tar.xz -C /opt
COPY notes.tar.gz /srv/
RUN tar -czf backup.tar.gz --exclude=notes.tar.gz /srv
COPY package.json /app/
COPY --from=builder /usr/local/share/some.tar /opt/some.tar
RUN tar -xf /opt/some.tar
COPY later.tar /tmp/
FROM debian:12
RUN tar -xf /tmp/later.tar
