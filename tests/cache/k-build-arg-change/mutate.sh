# a build arg changes; the first RUN after its ARG misses although it does not use it
sed -i 's/^VERSION=1$/VERSION=2/' "$ORACLE_BUILD_ARGS"
