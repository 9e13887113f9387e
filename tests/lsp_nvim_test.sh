#!/usr/bin/env bash
# `dflint lsp` with a real client: headless Neovim (0.7+) opens a Dockerfile,
# waits for the diagnostics and writes them (tests/lsp_nvim_test.lua); they
# must be the findings of `dflint -f json` on the same file, at the same
# places. Neovim keeps 0-based lines and byte columns (it converts the
# server's UTF-16 columns itself); dflint's JSON has 1-based lines and
# character columns; both are converted here before comparing.
# Usage: lsp_nvim_test.sh DFLINT LUA_CONFIG. Exit 77 (skipped) without nvim.
set -euo pipefail
dflint=$1
lua=$2
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIP: nvim not installed"
  exit 77
fi
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/.git"  # bounds the config file search, for the server and the CLI alike
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share" XDG_STATE_HOME="$work/.local/state"
# Non-ASCII text before findings (😀: 4 bytes, 1 character, 2 UTF-16 units).
printf '%s\n' \
  'FROM ubuntu' \
  'LABEL description="héllo 😀"' \
  '  RUN echo "😀é" && apt-get install curl' \
  'MAINTAINER me' \
  'WORKDIR app' > "$work/Dockerfile"

set +e
DFLINT=$dflint DOCKERFILE="$work/Dockerfile" OUT="$work/out.txt" \
  timeout 90 nvim --headless -n -i NONE -u "$lua" >"$work/nvim.log" 2>&1
status=$?
set -e
if [ ! -f "$work/out.txt" ] || [ $status -ne 0 ]; then
  echo "FAIL: nvim exited with $status"
  cat "$work/nvim.log" "$work/out.txt" 2>/dev/null || true
  exit 1
fi
echo "--- Neovim saw:"
cat "$work/out.txt"

"$dflint" -f json "$work/Dockerfile" >"$work/before.json" || true
"$dflint" -f json "$work/out.txt.edited" >"$work/after.json" || true

python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]

def expected(json_file, text_file, tag):
    lines = open(text_file, encoding="utf-8").read().split("\n")
    def byte_col(line, char_col):  # 1-based line and char column -> byte column
        return len(lines[line - 1][: char_col - 1].encode("utf-8"))
    out = []
    for d in json.load(open(json_file))["diagnostics"]:
        out.append(f'{tag} {d["code"]} {d["line"] - 1} {byte_col(d["line"], d["column"])} '
                   f'{d["endLine"] - 1} {byte_col(d["endLine"], d["endColumn"])}')
    return sorted(out)

seen = open(f"{work}/out.txt", encoding="utf-8").read().split("\n")
ok = True
for tag, js, txt in (("diag", "before.json", "Dockerfile"), ("edited", "after.json", "out.txt.edited")):
    want = expected(f"{work}/{js}", f"{work}/{txt}", tag)
    got = sorted(l for l in seen if l.startswith(tag + " "))
    if want != got:
        ok = False
        print(f"FAIL: {tag}: Neovim's diagnostics differ from `dflint -f json`")
        print("  want:", *want, sep="\n    ")
        print("  got: ", *got, sep="\n    ")
    elif not want:
        ok = False
        print(f"FAIL: {tag}: no diagnostics at all")
    else:
        print(f"ok: {tag}: {len(want)} diagnostics match")
before = [l.split()[1] for l in seen if l.startswith("diag ")]
after = [l.split()[1] for l in seen if l.startswith("edited ")]
if "DL3006" not in before or "DL3006" in after:
    ok = False
    print("FAIL: the edit (tagging the image) did not remove DL3006")
for line in ("hover OK", "action Ignore DL3014 on this line", "action DL3014: add `-y`", "sync 2", "done"):
    if line not in seen:
        ok = False
        print(f"FAIL: missing `{line}`")
sys.exit(0 if ok else 1)
EOF
