FROM node:20
ENTRYPOINT ["a"]
# expect: DL4004 @-1:1-11
ENTRYPOINT ["b"]
