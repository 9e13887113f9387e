FROM fedora:40
RUN dnf install httpd-2.4.62 && dnf clean all
# expect: DL3038 @-1:9-16 `dnf install` without `-y`
RUN microdnf install httpd-2.4.62 && microdnf clean all
# expect: DL3038 @-1:14-21 `microdnf install`
RUN dnf install -y httpd-2.4.62 && dnf --assumeyes group install "Development Tools" && dnf clean all
RUN dnf in nano-7.2 && dnf clean all
# expect: DL3038 @-1:9-11
RUN notdnf install httpd
RUN dnf --setopt=assumeyes=True install httpd-2.4.62 && dnf clean all
ONBUILD RUN dnf module install nodejs:20
# expect: DL3038 @-1:24-31
