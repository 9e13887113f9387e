FROM node:20 AS foo
RUN something
FROM scratch AS foo
# expect: DL3024 @-1:17-20 already used by the stage on line 1
RUN something
FROM node:20 AS run
FROM node:20 AS Run
# expect: DL3024 @-1:17-20
FROM node:20 AS other
