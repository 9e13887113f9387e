ARG GLOBAL_TOKEN
FROM scratch
ARG SECRET_PASSPHRASE
# expect: SecretsUsedInArgOrEnv @-1:5-22 Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")
ENV SUPER_Secret=foo
# expect: SecretsUsedInArgOrEnv @-1:5-17 (ENV "SUPER_Secret")
ENV password=bar secret=baz
# expect: SecretsUsedInArgOrEnv @-1:5-13 (ENV "password")
# expect: SecretsUsedInArgOrEnv @-2:18-24 (ENV "secret")
ARG super_duper_secret_token=foo auth=bar
# expect: SecretsUsedInArgOrEnv @-1:5-29 (ARG "super_duper_secret_token")
# expect: SecretsUsedInArgOrEnv @-2:34-38 (ARG "auth")
ENV apikey=bar sunflower=foo
# expect: SecretsUsedInArgOrEnv @-1:5-11 (ENV "apikey")
ENV git_key=
# expect: SecretsUsedInArgOrEnv @-1:5-12 (ENV "git_key")
ENV GITHUB_TOKEN ghp_legacy
# expect: SecretsUsedInArgOrEnv @-1:5-17 (ENV "GITHUB_TOKEN")
ARG DB_PASSWD API_CREDENTIALS
# expect: SecretsUsedInArgOrEnv @-1:5-14 (ARG "DB_PASSWD")
# expect: SecretsUsedInArgOrEnv @-2:15-30 (ARG "API_CREDENTIALS")
ENV PUBLIC_KEY=x KEY_FILE=/run/key TOKEN_VERSION=2 GPG_KEY_VERSION=1
ENV TOKENIZER=bert MONKEY=1 KEYS=a AUTHOR=me PASSWORDLESS=1
ARG SSH_KEY_FILE NPM_AUTH_TOKEN_FILE
ONBUILD ENV API_KEY=x
