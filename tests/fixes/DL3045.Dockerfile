FROM node:20
COPY package.json .
COPY . src/
RUN npm ci
FROM alpine:3.20
WORKDIR /srv
COPY a.txt b/
