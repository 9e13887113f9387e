FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade
# expect: DL3035 @-1:15-27 `zypper dist-upgrade` upgrades the whole distribution
RUN zypper --non-interactive dup && zypper clean
# expect: DL3035 @-1:30-33
RUN zypper -n update && zypper -n patch
ONBUILD RUN zypper dup
# expect: DL3035 @-1:20-23
