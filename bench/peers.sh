#!/usr/bin/env bash
# dflint side by side with the npm Dockerfile linters of ../shared/peers.
#   bench/peers.sh [RUNS]
# Needs: a built build/tools/dflint, node + npm (the npm registry), GNU time.
# Prints medians of RUNS whole-process runs (after one warm-up) and the ratios:
#   1. one small Dockerfile per process (the pre-commit case)
#   2. the whole corpus in one process (files/s, peak memory)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
root=$PWD
shared=$(cd .. && pwd)/shared
[ -d "$shared/peers" ] || { echo "skip: ../shared/peers not found"; exit 0; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "skip: node/npm not installed"; exit 0; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
dflint=$root/build/tools/dflint
[ -x "$dflint" ] || { echo "build dflint first (scripts/try.sh)" >&2; exit 2; }

work=$root/build/peers-work
if [ ! -d "$work/node_modules" ]; then
  rm -rf "$work"; mkdir -p "$work"
  cp -r "$shared/peers/." "$work/"
  chmod -R u+w "$work"
  (cd "$work" && npm ci --no-audit --no-fund >/dev/null)
fi
one=$work/sample/01-node-copy-before-install.Dockerfile
corpus=$shared/corpus/files
mapfile -t files < <(find "$corpus" -type f | sort)

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# measure CMD... → "wall_s peak_kib" (medians)
measure() {
  local tmp; tmp=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$tmp" "$@" >/dev/null 2>&1 || true
  : >"$tmp.all"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$tmp" "$@" >/dev/null 2>&1 || true
    tail -1 "$tmp" >>"$tmp.all"
  done
  echo "$(cut -d' ' -f1 "$tmp.all" | median) $(cut -d' ' -f2 "$tmp.all" | median)"
  rm -f "$tmp" "$tmp.all"
}
# Per-process wall time in seconds (mean of RUNS): hyperfine when installed
# (no shell in between), else GNU time (10 ms resolution).
per_process() {
  if command -v hyperfine >/dev/null; then
    local json; json=$(mktemp)
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" -i "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.5f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    rm -f "$json"
  else
    measure "$@" | cut -d' ' -f1
  fi
}

echo "== one small Dockerfile per process (pre-commit) =="
d1=$(per_process "$dflint" --no-shellcheck "$one")
printf '%-34s %9.4f s\n' "dflint" "$d1"
best=""; best_name=""
cd "$work"
for p in dockerfile-utils dockerfilelint dockerlint; do
  case $p in
    dockerfile-utils) cmd=(node node_modules/.bin/dockerfile-utils lint -j "$one") ;;
    dockerfilelint) cmd=(node node_modules/.bin/dockerfilelint -j "$one") ;;
    dockerlint) cmd=(node node_modules/.bin/dockerlint "$one") ;;
  esac
  wall=$(per_process "${cmd[@]}")
  printf '%-34s %9.4f s   dflint is %6.1fx faster\n' "$p (its CLI)" "$wall" "$(awk -v a="$wall" -v b="$d1" 'BEGIN{print a/b}')"
  if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$wall; best_name=$p; fi
done
floor=$(per_process node -e 0)
printf '%-34s %9.4f s   (start-up floor of every peer)\n' "node -e 0" "$floor"
printf 'fastest peer: %s — ratio %.1fx (goal >= 30x)\n' "$best_name" "$(awk -v a="$best" -v b="$d1" 'BEGIN{print a/b}')"

echo
echo "== whole corpus in one process (${#files[@]} files) =="
read -r dwall dpeak < <(measure "$dflint" --no-shellcheck --no-fail -f json "${files[@]}")
printf '%-34s %9.3f s %9.0f files/s   peak %6.1f MiB\n' "dflint" "$dwall" "$(awk -v f=${#files[@]} -v w="$dwall" 'BEGIN{print (w>0?f/w:0)}')" "$(awk -v p="$dpeak" 'BEGIN{print p/1024}')"
read -r uwall upeak < <(measure node run-dockerfile-utils.js --quiet "$corpus")
printf '%-34s %9.3f s %9.0f files/s   peak %6.1f MiB\n' "dockerfile-utils" "$uwall" "$(awk -v f=${#files[@]} -v w="$uwall" 'BEGIN{print (w>0?f/w:0)}')" "$(awk -v p="$upeak" 'BEGIN{print p/1024}')"
printf 'throughput ratio vs dockerfile-utils: %.1fx (goal >= 100x); dflint peak memory %.1f MiB (goal < 20 MiB)\n' \
  "$(awk -v a="$uwall" -v b="$dwall" 'BEGIN{print (b>0?a/b:0)}')" "$(awk -v p="$dpeak" 'BEGIN{print p/1024}')"

echo
echo "== one core: dflint -j 1 (whole process: start-up, reading, linting, JSON) vs dockerfile-utils in-process (its own read+validate time) =="
read -r d1wall _ < <(measure "$dflint" --no-shellcheck --no-fail -j 1 -f json "${files[@]}")
ufps=$(node run-dockerfile-utils.js --quiet "$corpus" | tail -1 | python3 -c 'import json,sys; print("%.0f" % json.load(sys.stdin)["files_per_s"])')
d1fps=$(awk -v f=${#files[@]} -v w="$d1wall" 'BEGIN{printf "%.0f", (w>0?f/w:0)}')
printf '%-34s %9s files/s\n' "dflint -j 1 (process)" "$d1fps"
printf '%-34s %9s files/s\n' "dockerfile-utils (in-process)" "$ufps"
printf 'per-core throughput ratio: %.1fx\n' "$(awk -v a="$d1fps" -v b="$ufps" 'BEGIN{print (b>0?a/b:0)}')"
