FROM alpine:3.20
MAINTAINER Jane Doe <jane@example.com>
# expect: MaintainerDeprecated @-1:1-11 Maintainer instruction is deprecated in favor of using label
maintainer "ops team"
# expect: MaintainerDeprecated @-1:1-11 Maintainer instruction is deprecated
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
LABEL maintainer="Jane"
