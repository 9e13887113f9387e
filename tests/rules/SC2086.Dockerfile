FROM alpine:3.20
ARG VERSION=1
ENV APP=/app
RUN echo $VERSION $APP && \
    cd /tmp && echo $undefined_thing
# expect: SC2086 @-1:21-37 Double quote
# expect: SC2154 @-2:21-37 referenced but not assigned
RUN ["sh", "-c", "echo $x"]
RUN <<EOF
echo $1
EOF
# expect: SC2086 @-2:6-8
RUN cat <<EOF > /etc/motd
hello $user_name
EOF
# expect: SC2154 @-2:7-17
