FROM node:20
COPY foo bar
COPY foo bar baz
# expect: DL3021 @-1:14-17 destination `baz` does not end in `/`
COPY foo bar baz/
COPY foo bar "baz"
# expect: DL3021 @-1:14-19
COPY foo bar "baz/"
COPY package.json package-lock.json .
COPY ["a", "b", "/app"]
# expect: DL3021 @-1:17-23
WORKDIR /app
ARG DEST=/srv/
COPY a b $DEST
ENV OUT=/out
COPY a b ${OUT}
# expect: DL3021 @-1:10-16
