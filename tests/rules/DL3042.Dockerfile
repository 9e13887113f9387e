FROM python:3.12-slim AS base
RUN pip install flask==3.0.3
# expect: DL3042 @-1:5-16 `pip install` keeps every downloaded package
RUN pip3 install --no-cache-dir flask==3.0.3
RUN python3 -m pip install --upgrade pip==24.0
# expect: DL3042 @-1:5-27 `python3 -m pip install`
RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3
RUN PIP_NO_CACHE_DIR=off pip install flask==3.0.3
# expect: DL3042 @-1:26-37
RUN export PIP_NO_CACHE_DIR=true && pip install flask==3.0.3
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
RUN pipx install black==24.4.2 && pipenv install
RUN pip download flask==3.0.3
RUN pip install --no-cache flask==3.0.3
RUN pip install flask==3.0.3 && pip cache purge
RUN pip install flask==3.0.3 && rm -rf /root/.cache/pip
RUN pip cache purge && pip install flask==3.0.3
# expect: DL3042 @-1:24-35
ONBUILD RUN pip install flask==3.0.3
# expect: DL3042 @-1:13-24

FROM base AS env
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.3

FROM env
RUN pip install gunicorn==22.0.0
