#!/usr/bin/env bash
# Runs the whole suite as CI does (.ci/run) on N fresh clones of HEAD, one after the other, idle or with
# a busy loop on every core, and prints one line per run: pass/fail, wall time, the closing count.
#   bash scripts/soak.sh 5            # idle
#   bash scripts/soak.sh 5 --loaded   # a busy loop on each core while the suite runs
set -uo pipefail
runs="${1:-5}"
loaded="${2:-}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${SOAK_DIR:-/tmp/dateline-soak}"
mkdir -p "$out"
busy=()
if [ "$loaded" = "--loaded" ]; then
  for _ in $(seq "$(nproc)"); do
    timeout 7200 sh -c 'while :; do :; done' &
    busy+=($!)
  done
fi
trap 'for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done' EXIT
for i in $(seq "$runs"); do
  dir="$(mktemp -d /tmp/dateline-clone-XXXX)"
  git clone -q "$repo" "$dir"
  commit="$(git -C "$dir" rev-parse --short HEAD)"
  log="$out/run-$commit-${loaded:+loaded-}$i.log"
  start=$(date +%s)
  (cd "$dir" && CI=true bash .ci/run >"$log" 2>&1)
  status=$?
  elapsed=$(( $(date +%s) - start ))
  summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)"
  echo "run $i ${loaded:+(loaded) }$commit: $([ $status -eq 0 ] && echo green || echo RED) in ${elapsed} s — ${summary:-no count} — $log"
  rm -rf "$dir"
done
