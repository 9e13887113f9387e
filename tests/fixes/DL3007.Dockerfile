ARG BASE=node
FROM node:latest
FROM --platform=linux/amd64 library/node:latest AS build
FROM docker.io/library/python:latest AS py
FROM ghcr.io/acme/tool:latest
FROM redis:latest
FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM ${BASE}:latest
