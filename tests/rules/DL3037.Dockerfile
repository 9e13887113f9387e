FROM opensuse/leap:15.6
RUN zypper install -y tomcat && zypper clean
# expect: DL3037 @-1:23-29 `tomcat` is installed without a version
RUN zypper install -y tomcat=9.0.39 tomcat\>=9.0 'tomcat<9.1' tomcat-9.0.39-1.rpm /tmp/x.rpm && zypper clean
RUN zypper -n install -t pattern devel_basis && zypper -n in pattern:devel_C_C++
RUN zypper -n install --from repo-oss git && zypper clean
# expect: DL3037 @-1:39-42 `git`
RUN zypper -n install -r repo-oss git=2.43 && zypper clean
ONBUILD RUN zypper in -y vim
# expect: DL3037 @-1:26-29
