#!/usr/bin/env bash
# dflint's SARIF passes Microsoft's SARIF validator with GitHub's rules
# (`Sarif.Multitool validate --rule-kind "Gh;Sarif"`) with no error.
#
#   tests/cli_test_sarif.sh DFLINT SOURCE_DIR CACHE_DIR
#
# The validator is installed from npm (@microsoft/sarif-multitool, a
# self-contained .NET program) into CACHE_DIR on first use; set
# SARIF_MULTITOOL=/path/to/Sarif.Multitool to use another. Exits 77 (ctest:
# skipped) when npm or the registry is not available.
set -euo pipefail
dflint=$(realpath "$1") src=$2 cache=$3

tool=${SARIF_MULTITOOL:-}
if [[ -z $tool ]]; then
  case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=darwin ;;
    *) echo "SKIP: no sarif-multitool package for $(uname -s)"; exit 77 ;;
  esac
  tool=$cache/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool
  if [[ ! -e $tool ]]; then
    command -v npm > /dev/null || { echo "SKIP: npm is not installed"; exit 77; }
    mkdir -p "$cache"
    if ! timeout 600 npm install --prefix "$cache" --no-audit --no-fund @microsoft/sarif-multitool > "$cache/npm.log" 2>&1; then
      echo "SKIP: npm install @microsoft/sarif-multitool failed (no network?):"
      tail -5 "$cache/npm.log"
      exit 77
    fi
  fi
  # npm may not run the package's install script that makes it executable.
  chmod u+x "$tool"
fi
if ! "$tool" --version > /dev/null 2>&1; then
  echo "SKIP: $tool does not run on this machine:"
  "$tool" --version 2>&1 | tail -5 || true
  exit 77
fi
# Call the program itself: the npm wrapper runs it through a shell, which
# splits "Gh;Sarif" at the semicolon.
export DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Findings of many rules: the rule fixtures and the examples (paths relative
# to the repository, as in CI), plus wide characters, a fix, and a syntax error.
cd "$src"
files=(tests/rules/*.Dockerfile examples/node-app/Dockerfile*)
"$dflint" --no-config --no-fail -f sarif -o "$work/repo.sarif" "${files[@]}"
mkdir -p "$work/lint/sub dir"
printf 'FROM node\nLABEL 日本="😀" \\\n  other=x\nRUN echo 日本😀 $HOME && cd /tmp\nCOPY --form=x a b\nRUN <<EOF\necho\n' > "$work/lint/sub dir/Dockerfile"
(cd "$work/lint" && "$dflint" --no-config --no-fail -f sarif -o "$work/unicode.sarif" "sub dir/Dockerfile")

status=0
for sarif in "$work/repo.sarif" "$work/unicode.sarif"; do
  validation=${sarif%.sarif}.validation.sarif
  "$tool" validate --rule-kind "Gh;Sarif" --level "Error;Warning;Note" -o "$validation" "$sarif" > "$work/validate.log" 2>&1 || true
  python3 - "$sarif" "$validation" "$work/validate.log" <<'PY' || status=1
import json, sys
sarif, validation, log = sys.argv[1:4]
results = sum(len(r.get("results", [])) for r in json.load(open(sarif))["runs"])
try:
    v = json.load(open(validation))
except (OSError, ValueError) as e:
    print(open(log).read())
    sys.exit(f"no validation log: {e}")
counts = {"error": 0, "warning": 0, "note": 0}
for run in v["runs"]:
    for r in run.get("results", []):
        level = r.get("level", "warning")
        counts[level] = counts.get(level, 0) + 1
        if level in ("error", "warning"):
            m = r["message"]
            print(f"  {level} {r.get('ruleId')}: {m.get('text') or ' '.join(m.get('arguments', []))}")
    for inv in run.get("invocations", []):
        for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
            if n.get("level", "warning") == "error":
                counts["error"] += 1
                print(f"  tool error: {n['message'].get('text')}")
print(f"{sarif.split('/')[-1]}: {results} results; validator (Gh;Sarif): "
      f"{counts['error']} errors, {counts['warning']} warnings, {counts['note']} notes")
if results == 0:
    sys.exit("the SARIF has no results: nothing was validated")
sys.exit(1 if counts["error"] else 0)
PY
done
exit "$status"
