FROM node:20 AS assets
WORKDIR /app
RUN yarn install --frozen-lockfile && yarn build

FROM node:20-slim AS build
RUN yarn install --frozen-lockfile
# expect: DL3060 @-1:5-17 yarn keeps a copy
RUN yarn install && yarn cache clean
RUN yarn cache clean && yarn install
# expect: DL3060 @-1:25-37
RUN yarn --frozen-lockfile
# expect: DL3060 @-1:5-9
RUN yarn --version && yarn build
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
RUN yarn install && rm -rf /usr/local/share/.cache/yarn
RUN npm install
ONBUILD RUN yarn install
# expect: DL3060 @-1:13-25

FROM build AS final
COPY --from=assets /app/dist /srv
