FROM centos:7
RUN yum install -y mariadb-10.4
# expect: DL3032 @-1:9-16 nothing later in this RUN cleans it
RUN yum install -y mariadb-10.4 && yum clean all
RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*
RUN yum clean all && yum install -y mariadb-10.4
# expect: DL3032 @-1:26-33
RUN yum install -y a-1 && yum clean all && yum -y localinstall /tmp/b.rpm
# expect: DL3032 @-1:51-63 `yum localinstall`
RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4
RUN yum makecache
ONBUILD RUN yum install -y mariadb-10.4
# expect: DL3032 @-1:17-24
