FROM opensuse/leap:15.6
RUN zypper install httpd=2.4.58 && zypper clean
# expect: DL3034 @-1:12-19 `zypper install` without `-n`
RUN zypper -n install httpd=2.4.58 && zypper --non-interactive in git=2.43
RUN zypper install -y httpd=2.4.58 && zypper rm --no-confirm git
RUN zypper rm git
# expect: DL3034 @-1:12-14
RUN zypper refresh && zypper search httpd
ONBUILD RUN zypper patch
# expect: DL3034 @-1:20-25
