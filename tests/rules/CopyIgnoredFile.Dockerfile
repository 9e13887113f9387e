# fixture-config: {"context": {"ignore_file": ".dockerignore", "ignore": ["*.local.json", "secrets", "tmp/**"], "entries": ["config.local.json", "src/", "secrets/"], "ignored": ["config.local.json", "secrets/"]}}
FROM node:20
WORKDIR /app
COPY config.local.json ./
# expect: CopyIgnoredFile @-1:6-23 Attempting to Copy file "config.local.json"
ADD secrets/token /run/
# expect: CopyIgnoredFile @-1:5-18 Attempting to Add file "secrets/token"
COPY src/ ./src/
COPY . .
COPY --from=node:20 /usr/local/bin/node secrets/
