#!/usr/bin/env bash
# Makes the benchmark's programme: one hour of 48 kHz / 24-bit stereo dialogue-like audio.
# Speech from espeak-ng (two voices, panned slightly apart), a pause between lines, a low
# pink-noise room tone under everything, levels around -20 dBFS RMS with peaks near -6 dBFS:
# the material a production assistant analyses. Needs sox and espeak-ng.
# Usage: make-hour.sh OUT.wav [SECONDS]
set -euo pipefail
out=${1:?usage: make-hour.sh OUT.wav [SECONDS]}
seconds=${2:-3600}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

espeak-ng -v en-gb -s 150 -w "$tmp/a.wav" "Scene twelve, take three. Quiet please, we are rolling. \
The light over the harbour changes every few minutes, so we will go again straight after this one."
espeak-ng -v en-us -s 165 -w "$tmp/b.wav" "Thank you everyone. Check the gate, reset the props, \
and could sound have a listen to the generator behind the van before we turn over."
# one minute-ish loop: voices, pauses, both channels, 48 kHz/24-bit
sox "$tmp/a.wav" -r 48000 -c 2 "$tmp/a2.wav" remix 1v0.9 1v0.7 gain -n -8 pad 0 1.2
sox "$tmp/b.wav" -r 48000 -c 2 "$tmp/b2.wav" remix 1v0.6 1v0.9 gain -n -9 pad 0 0.8
sox "$tmp/a2.wav" "$tmp/b2.wav" "$tmp/loop.wav"
len=$(soxi -D "$tmp/loop.wav")
reps=$(python3 -c "import math;print(math.ceil($seconds/$len))")
sox "$tmp/loop.wav" "$tmp/speech.wav" repeat $((reps - 1)) trim 0 "$seconds"
sox -n -r 48000 -c 2 -b 24 "$tmp/room.wav" synth "$seconds" pinknoise vol 0.002
sox -m -v 1 "$tmp/speech.wav" -v 1 "$tmp/room.wav" -b 24 "$out"
soxi "$out"
