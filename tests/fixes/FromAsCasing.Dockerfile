FROM golang:1.22 as build
RUN go build ./...
FROM alpine:3.20
COPY --from=build /go/bin/app /app
