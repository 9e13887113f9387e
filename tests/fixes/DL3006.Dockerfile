ARG IMG=node
FROM node
FROM --platform=$BUILDPLATFORM docker.io/library/node AS build
FROM localhost:5000/app AS app
FROM python
FROM redis
FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM build
FROM $IMG
