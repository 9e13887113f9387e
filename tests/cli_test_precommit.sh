#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml, id `dflint`) with the real
# pre-commit framework: `pre-commit try-repo` in a temporary git repository,
# once failing on a bad Dockerfile and once passing on a fixed one.
#
#   tests/cli_test_precommit.sh DFLINT SOURCE_DIR
#
# The hook is `language: system` (the dflint binary on PATH), so the build
# folder of DFLINT goes first on PATH and nothing is downloaded. try-repo
# reads committed files only: when .pre-commit-hooks.yaml is not committed
# as it is in the working tree, a one-commit snapshot repository holding it
# stands in for the project. Exits 77 (ctest: skipped) without pre-commit or git.
set -euo pipefail
dflint=$(realpath "$1")
src=$(realpath "$2")
command -v pre-commit > /dev/null || { echo "SKIP: pre-commit is not installed (Debian: apt-get install pre-commit)"; exit 77; }
command -v git > /dev/null || { echo "SKIP: git is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home PRE_COMMIT_HOME=$work/pre-commit-cache GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
export PATH="$(dirname "$dflint"):$PATH"
unset NO_COLOR HADOLINT_FAILURE_THRESHOLD HADOLINT_IGNORE HADOLINT_NOFAIL HADOLINT_FORMAT || true
mkdir -p "$HOME"

if git -C "$src" ls-files --error-unmatch .pre-commit-hooks.yaml > /dev/null 2>&1 &&
   git -C "$src" diff --quiet HEAD -- .pre-commit-hooks.yaml; then
  hooks=$src
else
  hooks=$work/hooks
  mkdir -p "$hooks"
  cp "$src/.pre-commit-hooks.yaml" "$hooks/"
  git -C "$hooks" init -q
  git -C "$hooks" add .pre-commit-hooks.yaml
  git -C "$hooks" commit -q -m "snapshot of .pre-commit-hooks.yaml"
fi
echo "hook repository: $hooks"

project=$work/project
mkdir -p "$project"
cd "$project"
git init -q
# The hook finds the project's config file, as dflint does from the command line.
printf 'failure-threshold: warning\n' > .dflint.yaml
printf 'FROM alpine\nCMD ["true"]\n' > Dockerfile
git add .dflint.yaml Dockerfile

status=0
set +e
pre-commit try-repo "$hooks" dflint --all-files --color never > "$work/bad.log" 2>&1
bad=$?
set -e
cat "$work/bad.log"
if [[ $bad -eq 0 ]] || ! grep -q 'Failed' "$work/bad.log" || ! grep -q 'DL3006' "$work/bad.log"; then
  echo "FAIL: the hook should fail on an untagged FROM (exit $bad)"
  status=1
fi

printf 'FROM alpine:3.20\nCMD ["true"]\n' > Dockerfile
git add Dockerfile
set +e
pre-commit try-repo "$hooks" dflint --all-files --color never > "$work/good.log" 2>&1
good=$?
set -e
cat "$work/good.log"
if [[ $good -ne 0 ]] || ! grep -q 'Passed' "$work/good.log"; then
  echo "FAIL: the hook should pass on the fixed Dockerfile (exit $good)"
  status=1
fi
[[ $status -eq 0 ]] && echo "pre-commit hook: failed on the bad Dockerfile, passed on the fixed one"
exit "$status"
