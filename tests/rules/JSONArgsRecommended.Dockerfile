FROM node:20 AS app
CMD node server.js
# expect: JSONArgsRecommended @-1:5-19 JSON arguments recommended for CMD to prevent unintended behavior related to OS signals
ENTRYPOINT /usr/local/bin/start --port 8080
# expect: JSONArgsRecommended @-1:12-44 JSON arguments recommended for ENTRYPOINT
entrypoint ["node", "server.js"]
CMD ["node", "server.js"]
CMD ["node", 'server.js']
# expect: JSONArgsRecommended @-1:5-26 for CMD
cmd echo $HOME | tee /tmp/x
# expect: JSONArgsRecommended @-1:5-28 JSON arguments recommended for cmd
CMD []
ONBUILD CMD node x.js
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
RUN echo "shell form RUN is fine"

FROM app AS with-shell
SHELL ["/bin/bash", "-c"]
CMD node server.js

FROM with-shell
ENTRYPOINT exec node server.js

FROM scratch
ENTRYPOINT /app \
  --flag
# expect: JSONArgsRecommended @-2:12 for ENTRYPOINT
