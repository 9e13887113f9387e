FROM alpine:3.20 AS Builder
# expect: StageNameCasing @-1:21-28 Stage name 'Builder' should be lowercase
FROM alpine:3.20 AS builder2
FROM alpine:3.20 as BUILD
# expect: StageNameCasing @-1:21-26 Stage name 'BUILD' should be lowercase
FROM alpine:3.20
FROM builder2 AS final-stage.v1_x
from alpine:3.20 as mIxEd
# expect: StageNameCasing @-1:21-26 'mIxEd'
FROM --platform=$BUILDPLATFORM golang:1.22 AS Go-Build
# expect: StageNameCasing @-1:47-55 'Go-Build'
FROM scratch AS scratch-like
