FROM fedora:40
RUN dnf install -y mariadb-10.4
# expect: DL3040 @-1:9-16 `dnf install` leaves its download cache
RUN dnf install -y mariadb-10.4 && dnf clean all
RUN dnf in -y mariadb-10.4 && rm -rf /var/cache/libdnf5
RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*
RUN microdnf clean all && dnf install -y mariadb-10.4
# expect: DL3040 @-1:31-38
RUN dnf install -y mariadb-10.4 && microdnf clean all
# expect: DL3040 @-1:9-16
RUN dnf -y upgrade
# expect: DL3040 @-1:12-19 `dnf upgrade`
RUN microdnf update -y && microdnf install -y tar-1.34 && microdnf clean all
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y mariadb-10.4
RUN dnf repolist && dnf config-manager --set-enabled crb
ONBUILD RUN dnf -y reinstall tzdata
# expect: DL3040 @-1:20-29
