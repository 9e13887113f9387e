FROM golang:1.22
RUN go install golang.org/x/tools/gopls@latest
# expect: DL3062 @-1:16-47 asks for a moving version
RUN go install github.com/go-delve/delve/cmd/dlv@v1.22.1
RUN go get example.com/pkg
# expect: DL3062 @-1:12-27 has no version
RUN go get -tool golang.org/x/tools/cmd/stringer@v0.20.0
RUN go install ./... && go install . && go install /go/src/app
RUN go install -tags netgo -ldflags "-s -w" ./cmd/server
RUN go run main.go && go run ./cmd/gen --out x
RUN go run example.com/tool@v1.0.0 arg1 example.com/not-a-package
RUN go run example.com/tool -flag
# expect: DL3062 @-1:12-28
RUN go build -o /bin/app . && go mod download
ONBUILD RUN go install example.com/pkg
# expect: DL3062 @-1:24-39
