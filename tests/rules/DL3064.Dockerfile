ARG GITHUB_TOKEN
# expect: DL3064 @-1:5-17 build argument `GITHUB_TOKEN` may hold a secret
FROM debian:12
ARG openai_api_key=
# expect: DL3064 @-1:5-19 well-known credential variable
ENV DB_PASSWORD=hunter2
# expect: DL3064 @-1:5-16 `ENV DB_PASSWORD`
ENV APP_NAME=shop DB_USER=app
ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg SSL_PRIVATE_KEY_PATH=/run/secrets/key
ENV PASSWORD=
ENV MTP_SECRET 00000000
# expect: DL3064 @-1:5-15 contains `secret`
ONBUILD ARG NPM_TOKEN
# expect: DL3064 @-1:13-22
ONBUILD ENV LOG_LEVEL=info
ARG TRAVIS_OS_NAME=linux
ARG USERNAME=vscode
# expect: DL3064 @-1:5-13 contains `username`
ENV TOKEN=$GITHUB_TOKEN AUTH=1
# expect: DL3064 @-1:5-10
