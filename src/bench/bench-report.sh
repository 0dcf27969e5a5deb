#!/usr/bin/env bash
# Times `headroom report` on a folder of 100 one-minute takes (48 kHz / 24-bit stereo, made
# with sox: pink noise under a tremolo, four variants copied) three ways, each as a whole
# process with farm-bench (median of RUNS, start-up included):
#   1. the sum of the analyses: `headroom analyze --json` of all 100 takes in one JVM, one after another;
#   2. `headroom report --no-cache --jobs CORES` of the same folder, paired run by run against 1;
#   3. the second, cached run against `headroom --version` (the JVM's start).
# Needs sox, farm-bench and a built jar (mvn -B -q package -DskipTests).
# Usage: src/bench/bench-report.sh [FOLDER] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
dir=${1:-/tmp/headroom-bench/takes}
runs=${2:-3}
cores=$(nproc)
headroom="$top/target/headroom"
[ -f "$top/target/headroom.jar" ] || { echo "bench: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
if [ ! -f "$dir/take100.wav" ]; then
  mkdir -p "$dir"
  for v in 1 2 3 4; do
    sox -n -r 48000 -b 24 -c 2 "$dir/.v$v.wav" synth 60 pinknoise vol 0.$((2 + v)) tremolo 3.$v 80 synth sine mix 50 vol 0.9
  done
  for i in $(seq -w 1 100); do cp "$dir/.v$(( (10#$i % 4) + 1 )).wav" "$dir/take$i.wav"; done
fi
html=$(mktemp -d)/report.html
echo "== report --no-cache --jobs $cores (A) against the sum of the analyses (B)"
farm-bench -n "$runs" --warmup 0 --timeout 3000 \
  --vs "sh -c 'exec $headroom analyze --json $dir/*.wav >/dev/null'" \
  -- "$headroom" report "$dir" -o "$html" --no-cache --jobs "$cores"
"$headroom" report "$dir" -o "$html" 2>/dev/null || true   # fills the cache
echo "== cached report (A) against headroom --version (B)"
farm-bench -n 5 --timeout 600 --vs "$headroom --version" -- "$headroom" report "$dir" -o "$html"
