FROM fedora:40 AS build
RUN dnf install -y tomcat && dnf clean all
# expect: DL3041 @-1:20-26 `tomcat` is installed without a version
RUN microdnf install -y rpm-sign && microdnf clean all
# expect: DL3041 @-1:25-33 `rpm-sign`
RUN dnf install -y tomcat-9.0.1 openssl-1:1.1.1k gcc-c++-1.1.1 https://example.org/x.rpm 'pkgconfig(zlib)' /usr/bin/make && dnf clean all
RUN dnf module install -y nodejs && dnf clean all
# expect: DL3041 @-1:27-33 without a stream
RUN dnf module install -y nodejs:20/common && dnf clean all
RUN dnf -y --setopt=group_package_types="mandatory" group install "Development Tools"
RUN notdnf install tomcat
RUN V=1.2.3 && dnf -y install tini-$V
ENV version=2.51.0-2.fc42
RUN dnf -y install git-core-${version}
FROM build
RUN dnf -y install git-core-${version}
FROM fedora:40
RUN dnf -y install git-core-${version}
# expect: DL3041 @-1:20-39 `git-core-${version}` (`$version` is not visible in this stage)
ONBUILD RUN dnf in -y tomcat
# expect: DL3041 @-1:23-29
FROM registry.example.com/mariadb-ubi:11
RUN microdnf install -y MariaDB-server-debuginfo-${MARIADB_VERSION}
