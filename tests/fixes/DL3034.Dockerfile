FROM opensuse/leap:15.6
RUN zypper install httpd=2.4.58 && zypper clean
