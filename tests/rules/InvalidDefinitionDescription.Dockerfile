# GO_VERSION the Go toolchain to build with
ARG GO_VERSION=1.22
# The Go toolchain to build with
ARG GO_VERSION2=1.22
# expect: InvalidDefinitionDescription @-2:1-33 Comment for ARG should follow the format: `# GO_VERSION2 <description>`
#
# Several args at once
ARG A B
# expect: InvalidDefinitionDescription @-2:1-23 Comment for ARG should follow the format: `# <arg_key> <description>`
#
# B is described here
ARG A B
#
# build compiles the server
FROM golang:${GO_VERSION} AS build
#
# Compiles the server
FROM golang:${GO_VERSION} AS Build2
# expect: InvalidDefinitionDescription @-2:1-22 Comment for FROM should follow the format: `# build2 <description>`
#
# A comment above a FROM without a stage name is not a description
FROM alpine:3.20
# A comment above RUN is fine
RUN true
#

ARG NO_COMMENT
# unrelated comment

ARG AFTER_BLANK
# expect: InvalidDefinitionDescription @-3:1-20 Comment for ARG should follow the format: `# AFTER_BLANK <description>`
#
#
#
ARG AFTER_EMPTY_COMMENT
