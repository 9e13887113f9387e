FROM alpine:3.20 AS base
ENTRYPOINT ["/myapp"]
# expect: MultipleInstructionsDisallowed @-1:1-11 Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used
CMD ["/myapp"]
# expect: MultipleInstructionsDisallowed @-1:1-4 Multiple CMD instructions
HEALTHCHECK CMD ["/myapp", "check"]
# expect: MultipleInstructionsDisallowed @-1:1-12 Multiple HEALTHCHECK instructions
COPY <<EOF /a.txt
CMD not an instruction
EOF
ENTRYPOINT ["/myotherapp"]
CMD ["/myotherapp"]
# expect: MultipleInstructionsDisallowed @-1:1-4 Multiple cmd instructions
HEALTHCHECK NONE
cmd ["/third"]
ONBUILD CMD ["/trigger"]

FROM base AS child
ENTRYPOINT ["/child"]
CMD ["/child"]
HEALTHCHECK NONE

FROM alpine:3.20
CMD ["/only"]
