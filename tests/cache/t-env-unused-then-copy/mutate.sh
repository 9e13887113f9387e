# an ENV value changes and the next step is a COPY that does not use it
sed -i 's/^ENV GREETING=hello$/ENV GREETING=bonjour/' Dockerfile
