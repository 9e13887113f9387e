FROM nginx:1.27
EXPOSE 127.0.0.1:80:80
# expect: ExposeInvalidFormat @-1:8-23 EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'
EXPOSE 80:80
# expect: ExposeInvalidFormat @-1:8-13 found '80:80'
EXPOSE 443 8080:80/tcp
# expect: ExposeInvalidFormat @-1:12-23 found '8080:80/tcp'
EXPOSE [::1]:8080:80
# expect: ExposeInvalidFormat @-1:8-21 found '[::1]:8080:80'
ARG MAPPING=9000:9000
EXPOSE $MAPPING
# expect: ExposeInvalidFormat @-1:8-16 found '9000:9000'
EXPOSE 80 443/tcp 53/udp 9000-9010
EXPOSE 80/http
