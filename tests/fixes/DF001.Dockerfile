FROM node:20
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
FROM python:3.12 AS py
WORKDIR /srv
COPY --chown=1000:1000 . /srv
RUN pip install --no-cache-dir -r requirements.txt
FROM golang:1.22 AS go
COPY . /src
RUN go mod download && go build ./...
