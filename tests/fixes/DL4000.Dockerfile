FROM debian:12
MAINTAINER Jane Doe <jane@example.com>
RUN true
