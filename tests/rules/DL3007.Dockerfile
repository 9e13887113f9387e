FROM node:latest
# expect: DL3007 @-1:11-17 `latest` tag
FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM node:lts
FROM ghcr.io/org/app:latest AS x
# expect: DL3007 @-1:22-28
