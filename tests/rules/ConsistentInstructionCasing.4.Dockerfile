# A tie goes to upper case.
from alpine:3.20
# expect: ConsistentInstructionCasing @-1:1-5 Command 'from' should match the case of the command majority (uppercase)
COPY a /a
