FROM alpine:3.20 AS build
FROM alpine:3.20 AS test
FROM alpine:3.20 AS build
# expect: DuplicateStageName @-1:21-26 Duplicate stage name "build", stage names should be unique
FROM alpine:3.20 AS Build
# expect: DuplicateStageName @-1:21-26 Duplicate stage name "build"
FROM alpine:3.20 AS build-2
FROM alpine:3.20
FROM alpine:3.20
FROM build AS test2
