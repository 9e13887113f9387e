# fixture-config: {"label-schema": {"org.opencontainers.image.licenses": "spdx"}}
FROM alpine:3.20
LABEL org.opencontainers.image.licenses="MIT"
LABEL org.opencontainers.image.licenses="BSD-3-Clause"
LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
LABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0"
LABEL org.opencontainers.image.licenses="gpl-3.0-or-later"
LABEL org.opencontainers.image.licenses="LicenseRef-acme-eula"
LABEL org.opencontainers.image.licenses="Apache License 2.0"
# expect: DL3054 @-1:41-61 `Apache License 2.0` is not one
LABEL org.opencontainers.image.licenses="not-spdx"
# expect: DL3054 @-1:41-51
LABEL org.opencontainers.image.licenses=GPLv2
# expect: DL3054 @-1:41-46
LABEL org.opencontainers.image.licenses="MIT OR"
# expect: DL3054 @-1:41
LABEL other="not-spdx"
