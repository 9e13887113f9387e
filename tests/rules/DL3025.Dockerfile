FROM node:20 AS foo
ENTRYPOINT something --flag
# expect: DL3025 @-1:12-28 `ENTRYPOINT` is in shell form
CMD node server.js
# expect: DL3025 @-1:5-19 `CMD` is in shell form
CMD ["foo", "bar"]
CMD [ "foo", "bar" ]
CMD npm start && tail -f /dev/null
# expect: DL3025 @-1:5-35
HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
# expect: DL3025 @-1:32-67 `HEALTHCHECK CMD` is in shell form
HEALTHCHECK CMD [ "foobar" ]
HEALTHCHECK NONE
CMD [ "/bin/sh", "-c", \
      "echo foo && \
       echo bar" \
    ]
