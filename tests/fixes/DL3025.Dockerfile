FROM node:20
CMD node server.js
FROM node:20 AS other
ENTRYPOINT /usr/bin/app --serve
CMD echo $HOME
