FROM debian:12-slim AS plain
RUN curl -fsSL https://example.com/data.tar.gz | tar -xz -C /opt
# expect: DL4006 @-1:48-49 even when `curl` fails
RUN curl -fsSL https://example.com/a && curl -fsSL https://example.com/b || true
RUN set -o pipefail && curl -fsSL https://example.com/x | sh
RUN set -euxo pipefail; curl -fsSL https://example.com/x | sh
RUN curl -fsSL https://example.com/x | sh; set -o pipefail
# expect: DL4006 @-1:38-39
RUN case "$(uname -m)" in x86_64|amd64) arch=amd64 ;; *) arch=arm64 ;; esac && echo "$arch"
RUN { echo a; echo b; } | tee /etc/conf
# expect: DL4006 @-1:25-26 a command before the pipe
RUN ["sh", "-c", "echo a | cat"]
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN echo a | cat
# expect: DL4006 @-1:12-13
SHELL ["/bin/bash", "-c"]
RUN echo a | cat
# expect: DL4006 @-1:12-13 `/bin/bash` reports only
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN echo a | cat

FROM plain AS child
RUN echo inherited | cat

FROM alpine:3.20
SHELL ["/bin/ash", "-o", "pipefail", "-c"]
RUN echo a | cat
SHELL ["pwsh", "-c"]
RUN Get-ChildItem | Select-Object Name
