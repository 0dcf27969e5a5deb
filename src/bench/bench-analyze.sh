#!/usr/bin/env bash
# Times `headroom analyze` against `ffmpeg -af ebur128=peak=true` on the same one-hour
# 48 kHz / 24-bit stereo file, in the same run, so a shared, noisy machine affects both alike.
# Prints each tool's median wall time, its real-time factor, the ratio between them, and
# headroom's peak resident memory. Needs hyperfine, ffmpeg, sox and espeak-ng (Debian
# packages) and a built jar (mvn -B -q package -DskipTests).
# Usage: src/bench/bench-analyze.sh [FILE.wav] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
file=${1:-/tmp/headroom-bench/hour-48000-2-24.wav}
runs=${2:-5}
jar="$top/target/headroom.jar"
[ -f "$jar" ] || { echo "bench: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
if [ ! -f "$file" ]; then
  mkdir -p "$(dirname "$file")"
  "$here/make-hour.sh" "$file" 3600 >/dev/null
fi
seconds=$(soxi -D "$file")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

headroom=("$top/target/headroom" analyze --json "$file")
ffmpeg_cmd="ffmpeg -nostats -hide_banner -i '$file' -af ebur128=peak=true -f null -"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/times.json" \
  -n headroom "${headroom[*]} > /dev/null" \
  -n ffmpeg "$ffmpeg_cmd 2> /dev/null"

/usr/bin/time -v "${headroom[@]}" > "$out/report.json" 2> "$out/time.txt"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$out/time.txt")

python3 - "$out/times.json" "$seconds" "$rss_kb" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
seconds, rss_kb = float(sys.argv[2]), int(sys.argv[3])
h, f = times["headroom"]["median"], times["ffmpeg"]["median"]
print(f"programme: {seconds:.0f} s")
print(f"headroom analyze: median {h:.2f} s  ({seconds / h:.0f}x real time)")
print(f"ffmpeg ebur128:   median {f:.2f} s  ({seconds / f:.0f}x real time)")
print(f"headroom / ffmpeg time: {h / f:.3f}  (target < 0.333)")
print(f"headroom peak RSS: {rss_kb / 1024:.0f} MB  (target < 300 MB)")
PY
