FROM debian:12-slim
RUN ln -sf /bin/bash /bin/sh
# expect: DL4005 @-1:22-29 replaces /bin/sh
RUN ln -sf /bin/true /sbin/initctl
RUN ln -s /bin/sh /usr/local/bin/sh && echo /bin/sh
RUN rm /bin/sh && ln -s bash /bin/sh/
# expect: DL4005 @-1:30-38
ONBUILD RUN ln -sf /bin/bash /bin/sh
# expect: DL4005 @-1:30-37
