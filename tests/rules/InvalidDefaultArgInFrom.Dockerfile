ARG VERSION
ARG IMAGE
ARG SFX="box:"
ARG BUSYBOX_VARIANT=""
ARG OPTIONAL
ARG TAG=latest
ARG REPO=Busybox
FROM busybox:$VERSION
# expect: InvalidDefaultArgInFrom @-1:6-22 Default value for ARG busybox:$VERSION results in empty or invalid base image name
FROM $IMAGE
# expect: InvalidDefaultArgInFrom @-1:6-12 Default value for ARG $IMAGE results in empty or invalid base image name
FROM busy${SFX}
# expect: InvalidDefaultArgInFrom @-1:6-16 Default value for ARG busy${SFX}
FROM busybox:stable${BUSYBOX_VARIANT}
FROM busybox:stable${OPTIONAL}
FROM busybox:${TAG}
FROM ${REPO}:${TAG}
# expect: InvalidDefaultArgInFrom @-1:6-20 Default value for ARG ${REPO}:${TAG}
FROM busybox:${VERSION:-1.36}
FROM busybox:1.36
FROM Busybox:1.36
