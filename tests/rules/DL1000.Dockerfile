FROM alpine:3.20
COPY --form=build /a /b
# expect: DL1000 @-1:6-18 did you mean --from?
ENV A=1 B
# expect: DL1000 @-1:9-10 can't find =
RUN echo ok
