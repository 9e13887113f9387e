FROM opensuse/leap:15.6
RUN zypper install -y mariadb=10.4
# expect: DL3036 @-1:12-19 nothing later in this RUN cleans it
RUN zypper install -y mariadb=10.4 && zypper clean
RUN zypper in -y mariadb=10.4 && zypper cc -a
RUN zypper clean && zypper install -y mariadb=10.4
# expect: DL3036 @-1:28-35
RUN zypper -n in mariadb=10.4 && rm -rf /var/cache/zypp/*
RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb
RUN --mount=type=tmpfs,target=/var/cache zypper install -y mariadb
RUN zypper -n rm mariadb
ONBUILD RUN zypper -n in mariadb=10.4
# expect: DL3036 @-1:23-25
