FROM node:20-slim
RUN npm install
RUN npm ci && npm install --omit=dev
RUN npm install -g typescript
# expect: DL3016 @-1:20-30 `typescript` is installed without a version
RUN npm i -g typescript@5.4.5 @angular/cli@17 @scope/tool
# expect: DL3016 @-1:47-58 `@scope/tool`
RUN npm install --registry https://registry.example.com express
# expect: DL3016 @-1:57-64
RUN npm install --loglevel verbose sax@0.1.1 ./local ../sibling /abs ~/home . pkg-1.2.3.tgz
RUN npm install git+https://github.com/npm/cli.git
# expect: DL3016 @-1:17-51 names no commit or tag
RUN npm install git+https://github.com/npm/cli.git#v10.2.0 github:user/repo#abc123
RUN npm install user/repo
# expect: DL3016 @-1:17-26 `user/repo` names no commit or tag
RUN npm run install && npm run build
ONBUILD RUN npm install express
# expect: DL3016 @-1:25-32
