# fixture-config: {"trustedRegistries": ["trusted.com"]}
FROM ubuntu:18.04 AS builder1
# expect: DL3026 @-1:6-18 Docker Hub
FROM zemanlx/ubuntu:18.04 AS builder2
# expect: DL3026 @-1:6-26
FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
# expect: DL3026 @-1:6-15
FROM trusted.com/foo AS builder4
FROM builder4 AS builder5
