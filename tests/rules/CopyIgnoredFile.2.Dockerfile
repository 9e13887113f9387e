# fixture-config: {"context": {"ignore_file": ".dockerignore", "ignore": ["*", "!src"], "entries": ["src/"], "ignored": []}}
FROM node:20
COPY build.txt /x/
COPY . .
