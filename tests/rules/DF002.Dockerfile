# fixture-config: {"context": {"ignore_file": ".dockerignore", "ignore": ["node_modules"], "entries": [".git/", "node_modules/", ".env", "src/", "package.json"], "ignored": ["node_modules/"]}}
FROM node:20
WORKDIR /app
COPY package.json ./
COPY . .
# expect: DF002 @-1:6-7 `.git/` (the repository history), `.env` (secrets
COPY src/ ./src/
