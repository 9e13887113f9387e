FROM foo:bar AS scratch
# expect: DL3063 @-1:17-24 `scratch` means Docker's empty base image
FROM foo:bar AS Context
# expect: DL3063 @-1:17-24 build context
FROM foo:bar AS foobar
FROM scratch
