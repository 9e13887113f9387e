# Lower case wins only with a strict majority; here it has one.
FROM alpine:3.20
# expect: ConsistentInstructionCasing @-1:1-5 Command 'FROM' should match the case of the command majority (lowercase)
run echo a
copy . /app
From alpine:3.20
# expect: ConsistentInstructionCasing @-1:1-5 Command 'From' should match the case of the command majority (lowercase)
cmd ["sh"]
