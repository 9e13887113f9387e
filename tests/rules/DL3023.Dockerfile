FROM node:20 AS foo
COPY --from=foo bar .
# expect: DL3023 @-1:13-16 the stage this COPY is in
FROM scratch AS build
RUN foo
FROM node:20 AS run
COPY --from=build foo .
COPY --from=Run foo .
# expect: DL3023 @-1:13-16
COPY --from=2 foo .
# expect: DL3023 @-1:13-14
COPY --from=0 foo .
