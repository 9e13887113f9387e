FROM python:3.12-slim
RUN pip install flask
# expect: DL3013 @-1:17-22 `flask` is installed without a version
RUN pip3 install --no-cache-dir flask==3.0.3 'gunicorn>=22' requests
# expect: DL3013 @-1:61-69 `requests`
RUN python -m pip install --index-url https://example.com/simple uvicorn
# expect: DL3013 @-1:66-73
RUN /opt/venv/bin/pip install -r requirements.txt
RUN pip install -r requirements.txt gunicorn
# expect: DL3013 @-1:37-45
RUN pip install -c constraints.txt flask gunicorn
RUN pip install . ./libs/core dist/app-1.0-py3-none-any.whl app.tar.gz
RUN pip install git+https://github.com/org/repo.git@v1.2#egg=repo
RUN pip install git+https://github.com/org/repo.git#egg=repo
# expect: DL3013 @-1:17-61 names no tag or commit
RUN pip install --root-user-action=ignore mypkg
# expect: DL3013 @-1:43-48
RUN pip install --root-user-action ignore -e ./local mypkg~=1.0
RUN pipx install black
# expect: DL3013 @-1:18-23 `black`
RUN pipx install --python "$(which python3)" "poetry==1.8.5"
RUN pipenv install black
ARG TOOLS="httpie rich==13.7.1"
RUN pip install $TOOLS
# expect: DL3013 @-1:17-23 `httpie` (from `$TOOLS`)
RUN pip install "black==${BLACK_VERSION}" $EXTRA_PACKAGES
ONBUILD RUN pip install flask
# expect: DL3013 @-1:25-30
