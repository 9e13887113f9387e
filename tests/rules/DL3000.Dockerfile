FROM node:20
WORKDIR app
# expect: DL3000 @-1:9-12 `/app`
WORKDIR /srv
WORKDIR $HOME
WORKDIR sub
# expect: DL3000 @-1:9-12 `/srv/sub`
