FROM node:20
COPY package.json ./
# expect: DL3045 @-1:19-21 no WORKDIR
COPY a /abs/
ADD b c
# expect: DL3045 @-1:7-8
FROM node:20 AS base
WORKDIR /app
FROM base
COPY . .
