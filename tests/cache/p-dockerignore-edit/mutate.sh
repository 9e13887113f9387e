# .dockerignore stops excluding local.env: COPY . . now takes in one more file (and the changed .dockerignore)
printf '# nothing ignored now\n' > .dockerignore
