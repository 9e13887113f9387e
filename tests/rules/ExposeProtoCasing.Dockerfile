FROM nginx:1.27
EXPOSE 80/TCP
# expect: ExposeProtoCasing @-1:11-14 Defined protocol '80/TCP' in EXPOSE instruction should be lowercase
EXPOSE 443/tcp 53/Udp 8080
# expect: ExposeProtoCasing @-1:19-22 Defined protocol '53/Udp'
EXPOSE 9000-9010/SCTP
# expect: ExposeProtoCasing @-1:18-22 '9000-9010/SCTP'
ARG PORTS="7000/TCP 7001/udp"
EXPOSE $PORTS
# expect: ExposeProtoCasing @-1:8-14 '7000/TCP'
EXPOSE 8080:80/TCP
# expect: ExposeProtoCasing @-1:16-19 '8080:80/TCP'
EXPOSE 80/http 81/
EXPOSE 80/tcp 81/udp 82/sctp
