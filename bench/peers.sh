#!/usr/bin/env bash
# dflint side by side with the npm Dockerfile linters of ../shared/peers.
#   bench/peers.sh [RUNS]
# Needs: a built build/ (dflint and bench/read_floor), node + npm (the npm registry), python3;
# GNU time (Debian package `time`) for the peak memory figures.
# Prints medians of RUNS whole-process runs (after one warm-up) and the ratios:
#   1. one small Dockerfile per process (the pre-commit case)
#   2. the whole corpus in one process (files/s, peak memory), and the time
#      reading the files alone takes (bench/read_floor.cpp)
#   3. one core: dflint -j 1 vs dockerfile-utils in-process
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
root=$PWD
shared=$(cd .. && pwd)/shared
[ -d "$shared/peers" ] || { echo "skip: ../shared/peers not found"; exit 0; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "skip: node/npm not installed"; exit 0; }
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

# measure CMD... → "wall_s peak_kib": the median wall time of RUNS runs after
# one warm-up, timed by python (sub-millisecond resolution), and the peak RSS
# of one more run under GNU time (a python parent's own memory would be counted
# in the child's peak: Linux keeps the high-water mark across exec). peak_kib
# is 0 without GNU time.
measure() {
  local wall peak=0 tmp
  wall=$(python3 - "$runs" "$@" <<'PY'
import os, statistics, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
walls = []
devnull = os.open(os.devnull, os.O_WRONLY)
for k in range(runs + 1):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
    if k:
        walls.append(time.perf_counter() - start)
print("%.4f" % statistics.median(walls))
PY
)
  if [ -x /usr/bin/time ]; then
    tmp=$(mktemp)
    /usr/bin/time -f '%M' -o "$tmp" "$@" >/dev/null 2>&1 || true
    peak=$(tail -1 "$tmp")
    rm -f "$tmp"
  fi
  echo "$wall $peak"
}
# Per-process wall time in seconds (mean of RUNS): hyperfine when installed
# (no shell in between), else measure's median.
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
# The floor: reading the same files and nothing else (all cores), which no
# linter that reads them can beat.
floor_bin=$root/build/bench/read_floor
if [ -x "$floor_bin" ]; then
  read -r fwall _ < <(measure "$floor_bin" "${files[@]}")
  printf '%-34s %9.3f s   (open+read+close of every file, no parsing)\n' "reading the files alone" "$fwall"
  printf 'best ratio any tool reading these files could reach here: %.0fx; dflint takes %.1fx the reading time\n' \
    "$(awk -v a="$uwall" -v b="$fwall" 'BEGIN{print (b>0?a/b:0)}')" "$(awk -v a="$dwall" -v b="$fwall" 'BEGIN{print (b>0?a/b:0)}')"
fi

echo
echo "== one core: dflint -j 1 (whole process: start-up, reading, linting, JSON) vs dockerfile-utils in-process (its own read+validate time) =="
read -r d1wall _ < <(measure "$dflint" --no-shellcheck --no-fail -j 1 -f json "${files[@]}")
ufps=$(node run-dockerfile-utils.js --quiet "$corpus" | tail -1 | python3 -c 'import json,sys; print("%.0f" % json.load(sys.stdin)["files_per_s"])')
d1fps=$(awk -v f=${#files[@]} -v w="$d1wall" 'BEGIN{printf "%.0f", (w>0?f/w:0)}')
printf '%-34s %9s files/s\n' "dflint -j 1 (process)" "$d1fps"
printf '%-34s %9s files/s\n' "dockerfile-utils (in-process)" "$ufps"
printf 'per-core throughput ratio: %.1fx\n' "$(awk -v a="$d1fps" -v b="$ufps" 'BEGIN{print (b>0?a/b:0)}')"
