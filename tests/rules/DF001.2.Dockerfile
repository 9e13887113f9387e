# fixture-config: {"context": {"ignore_file": ".dockerignore", "ignore": ["node_modules"], "entries": ["node_modules/", "package.json", "package-lock.json", "src/", "src/server.js", "README.md"], "ignored": ["node_modules/"]}}
FROM node:20
WORKDIR /app
COPY . .
# expect: DF001 @-1:6-7 a change to src/server.js reruns the npm install
RUN npm ci
