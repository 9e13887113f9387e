FROM alpine:3.20 AS scratch
# expect: ReservedStageName @-1:21-28 Stage name should not use the same name as reserved stage "scratch"
FROM alpine:3.20 AS context
# expect: ReservedStageName @-1:21-28 reserved stage "context"
FROM alpine:3.20 AS Context
# expect: ReservedStageName @-1:21-28 reserved stage "context"
FROM scratch
FROM scratch AS base
FROM alpine:3.20 AS scratch2
FROM alpine:3.20 AS mycontext
