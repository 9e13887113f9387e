FROM node:20
WORKDIR /app
COPY ./ ./
# expect: DF001 @-1:6-8 reruns the npm install
RUN npm install
CMD ["node", "server.js"]

FROM node:20 AS good
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .

FROM python:3.12 AS py
WORKDIR /srv
COPY . /srv
# expect: DF001 @-1:6-7 pip install
RUN pip install --no-cache-dir -r requirements.txt

FROM golang:1.22 AS go
WORKDIR /src
COPY . .
# expect: DF001 @-1:6-7 go install
RUN go mod download && go build -o /app
RUN npm install express
