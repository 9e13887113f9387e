FROM node
# expect: DL3006 @-1:6-10 has no tag
FROM node:16
FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM scratch
FROM localhost:5000/app
# expect: DL3006 @-1:6-24
FROM node:16 AS build
FROM build
ARG VERSION=20
FROM python:${VERSION}
FROM $BASE
