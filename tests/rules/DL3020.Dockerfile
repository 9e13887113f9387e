FROM debian:12
ADD requirements.txt /app/
# expect: DL3020 @-1:5-21 `requirements.txt` is a plain file
ADD file.tar file.gz file.bz2 file.xz file.tgz /usr/src/app/
ADD http://example.com/file /usr/src/app/
ADD https://example.com/tool.zip /opt/
ADD "file.tgz" "https://example.com/x" /usr/src/app/
ADD --chown=app file.zip /usr/src/app/
# expect: DL3020 @-1:17-25 `file.zip`
ADD "dir" /usr/src/app/
# expect: DL3020 @-1:5-10
ADD git@github.com:moby/buildkit.git /src/buildkit
ADD https://example.com/a.tgz conf/ /opt/
# expect: DL3020 @-1:31-36 `conf/` is a plain
ARG BUNDLE=release.tar.gz
ADD ${BUNDLE} /opt/
ARG JAR=target/app.jar
ADD $JAR /app.jar
# expect: DL3020 @-1:5-9
