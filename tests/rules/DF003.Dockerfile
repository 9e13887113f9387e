FROM node:20
ARG BUILD_DATE
# expect: DF003 @-1:5-15 changes on every build
WORKDIR /app
COPY package.json ./
RUN npm install
COPY . .
ARG GIT_SHA
RUN echo "$GIT_SHA" > /app/revision
ARG VERSION
RUN echo building
LABEL org.opencontainers.image.created=$BUILD_DATE
ARG VCS_REF
LABEL org.opencontainers.image.revision=$VCS_REF
