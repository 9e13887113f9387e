ARG base=alpine:3.20
arg other=1
FROM $base
Run echo mixed
# expect: ConsistentInstructionCasing @-1:1-4 Command 'Run' should match the case of the command majority (uppercase)
RUN echo upper
copy . /app
# expect: ConsistentInstructionCasing @-1:1-5 Command 'copy' should match the case of the command majority (uppercase)
ONBUILD run echo trigger
from alpine:3.20 AS second
# expect: ConsistentInstructionCasing @-1:1-5 Command 'from' should match the case of the command majority (uppercase)
WORKDIR /app
CMD ["sh"]
