from alpine:3.20
COPY a /a
# expect: ConsistentInstructionCasing @-1:1-5 Command 'COPY' should match the case of the command majority (lowercase)
copy b /b
