FROM node:20
CMD ["npm", "start"]
# expect: DL4003 @-1:1-4 line 4
CMD ["node", "server.js"]
FROM node:20 AS other
CMD ["node"]
ONBUILD CMD ["x"]
