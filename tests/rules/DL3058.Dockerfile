# fixture-config: {"label-schema": {"maintainer": "email"}}
FROM alpine:3.20
LABEL maintainer="abcd@google.com"
LABEL maintainer="Jane Doe <jane@example.com>"
LABEL maintainer="not-email"
# expect: DL3058 @-1:18-29 no `@domain` part
LABEL maintainer="a..b@example.com"
# expect: DL3058 @-1:18-36 `a..b@example.com`
LABEL maintainer " team@example.com"
# expect: DL3058 @-1:18 white space
LABEL other="not-email"
