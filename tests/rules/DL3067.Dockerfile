FROM alpine:3.20 AS build
FROM scratch
COPY --from=build / /
# expect: DL3067 @-1:19-20 entire file system of `build`
COPY --from=build "/" "/"
# expect: DL3067 @-1:19-22
COPY / /
COPY --from=build /app /
COPY --from=build / /app
