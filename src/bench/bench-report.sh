#!/usr/bin/env bash
# Times `headroom report` on a folder of 100 one-minute takes (48 kHz / 24-bit stereo, made
# with sox: pink noise under a tremolo, four variants copied) three ways, each a whole process
# timed by GNU time (wall seconds, and CPU = user + system), start-up included:
#   1. the sum of the analyses: `headroom analyze --json` of all 100 takes in one JVM, one after another;
#   2. `headroom report --no-cache --jobs CORES` of the same folder, alternating run by run with 1;
#   3. the second, cached run, alternating with `headroom --version` (the JVM's start).
# Prints every run and the medians. Needs sox, GNU time (/usr/bin/time) and a built jar.
# Usage: src/bench/bench-report.sh [FOLDER] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
dir=${1:-/tmp/headroom-bench/takes}
runs=${2:-3}
cores=$(nproc)
headroom="$top/target/headroom"
[ -f "$top/target/headroom.jar" ] || { echo "bench: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
if [ ! -f "$dir/take100.wav" ]; then
  mkdir -p "$dir"
  for v in 1 2 3 4; do
    sox -n -r 48000 -b 24 -c 2 "$dir/.v$v.wav" synth 60 pinknoise vol 0.$((2 + v)) tremolo 3.$v 80 synth sine mix 50 vol 0.9
  done
  for i in $(seq -w 1 100); do cp "$dir/.v$(( (10#$i % 4) + 1 )).wav" "$dir/take$i.wav"; done
fi
html=$(mktemp -d)/report.html

# "wall cpu" of one run of the command given
measure() {
  local out
  out=$(mktemp)
  /usr/bin/time -o "$out" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$out"
  rm -f "$out"
}
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

# alternates A and B, RUNS times each; prints the runs, then the medians and their ratio
pair() {
  local name_a=$1 name_b=$2 n=$3 a_cmd=$4 b_cmd=$5 a b
  local log_a log_b
  log_a=$(mktemp)
  log_b=$(mktemp)
  for _ in $(seq 1 "$n"); do
    a=$(measure sh -c "$a_cmd")
    b=$(measure sh -c "$b_cmd")
    echo "  $name_a: $a   $name_b: $b (wall s, CPU s)"
    echo "$a" >>"$log_a"
    echo "$b" >>"$log_b"
  done
  local aw ac bw bc
  aw=$(cut -d' ' -f1 "$log_a" | median); ac=$(cut -d' ' -f2 "$log_a" | median)
  bw=$(cut -d' ' -f1 "$log_b" | median); bc=$(cut -d' ' -f2 "$log_b" | median)
  echo "  medians: $name_a wall $aw s, CPU $ac s; $name_b wall $bw s, CPU $bc s; wall ratio $(awk -v a="$aw" -v b="$bw" 'BEGIN {printf "%.2f", a / b}')"
  rm -f "$log_a" "$log_b"
}

echo "== report --no-cache --jobs $cores against the sum of the analyses ($cores cores)"
pair report analyses "$runs" "exec '$headroom' report '$dir' -o '$html' --no-cache --jobs $cores" \
  "exec '$headroom' analyze --json '$dir'/*.wav"
"$headroom" report "$dir" -o "$html" >/dev/null 2>&1 || true   # fills the cache
echo "== the cached report against headroom --version"
pair cached version 5 "exec '$headroom' report '$dir' -o '$html'" "exec '$headroom' --version"
