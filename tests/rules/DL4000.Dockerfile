MAINTAINER Lukas
# expect: DL4000 @-1:1-11 deprecated
FROM busybox:1.36
maintainer hudu@mail.com
# expect: DL4000 @-1:1-11 MAINTAINER is deprecated
LABEL MAINTAINER is deprecated="hudu@mail.com"
