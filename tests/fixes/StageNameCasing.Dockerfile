FROM golang:1.22 AS Builder
RUN go build -o /out/app .
FROM Builder AS Test
RUN --mount=type=bind,from=Builder,source=/out,target=/mnt ls /mnt
FROM alpine:3.20
COPY --from=Builder /out/app /app
COPY --from=Test /etc/hostname /tmp/x
