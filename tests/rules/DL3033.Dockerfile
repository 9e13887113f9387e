FROM centos:7 AS build
RUN yum install -y tomcat && yum clean all
# expect: DL3033 @-1:20-26 `tomcat` is installed without a version
RUN yum install -y tomcat-9.2 openssl-1:1.1.1k rpm-sign-4.16.1.3 gcc-c++-1.1.1 /tmp/local.rpm @development && yum clean all
RUN yum install -y rpm-sign python3-pip && yum clean all
# expect: DL3033 @-1:20-28 `rpm-sign`
# expect: DL3033 @-2:29-40 `python3-pip`
RUN yum module install -y nodejs && yum clean all
# expect: DL3033 @-1:27-33 module `nodejs` is installed without a stream
RUN yum module install -y nodejs:18 && yum clean all
RUN yum group install -y "Development Tools" && yum clean all
RUN yum --enablerepo epel install -y jq-1.6 && yum clean all
ARG version=2.51.0-2.fc42
RUN yum -y install git-core-$version
ENV other=1.2
FROM centos:7
RUN yum -y install git-core-${version}
RUN yum -y install httpd-${other}
# expect: DL3033 @-1:20-34 `httpd-${other}`
RUN bash -c `# not even a yum command`
ONBUILD RUN yum install -y tomcat
# expect: DL3033 @-1:28-34
