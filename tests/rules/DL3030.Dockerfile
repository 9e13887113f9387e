FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all
# expect: DL3030 @-1:9-16 `yum install` without `-y`
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum -y groupinstall "Development Tools" && yum --assumeyes localinstall /tmp/x.rpm
RUN yum groupinstall "Development Tools"
# expect: DL3030 @-1:9-21
RUN yum clean all && yum makecache
RUN bash -c `# not even a yum command`
ONBUILD RUN yum localinstall /tmp/x.rpm
# expect: DL3030 @-1:17-29
