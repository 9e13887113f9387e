USER 12345
USER 1234:5678
USER foobar
# expect: DL3066 @-1:6-12 `foobar` is a name
USER foobar:barfoo
# expect: DL3066 @-1:6-12
ARG APP_UID
FROM foobar:barfoo
USER ${APP_UID}
ARG NAME=app
USER $NAME:1000
# expect: DL3066 @-1:6-11 (= `app`)
ARG ID=1000
USER ${ID}
USER root
# expect: DL3066 @-1:6-10 `root` is a name
