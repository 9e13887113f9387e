FROM alpine:3.20 as build
# expect: FromAsCasing @-1:18-20 'as' and 'FROM' keywords' casing do not match
FROM alpine:3.20 AS build2
from alpine:3.20 AS build3
# expect: FromAsCasing @-1:18-20 'AS' and 'from' keywords' casing do not match
from alpine:3.20 as build4
FROM alpine:3.20 As build5
# expect: FromAsCasing @-1:18-20 'As' and 'FROM'
from alpine:3.20 aS build6
# expect: FromAsCasing @-1:18-20 'aS' and 'from'
From alpine:3.20 as build7
FrOm alpine:3.20 AS build8
FROM alpine:3.20
FROM --platform=linux/amd64 alpine:3.20 as build9
# expect: FromAsCasing @-1:41-43 'as' and 'FROM'
