#!/usr/bin/env bash
# Makes the denoise evaluation set for org.headroom.edit.DenoiseSpeechProbe: dry espeak-ng
# speech and two kinds of noise, all 48 kHz mono float WAV. The probe mixes them itself at
# 10, 15 and 20 dB SNR, so the SNR rule lives in one place (Java), not here.
#   tune-*.wav    voices and texts the denoiser's constants were tuned on
#   heldout-*.wav other voices and other texts, looked at only to report
#   noise-pink.wav, noise-fan.wav: 200 s each; the probe takes different stretches as seeds
# Fan-like: brown noise low-passed at 900 Hz (the rumble), a 120 Hz blade tone with its second
# harmonic, and a faint broadband hiss 30 dB under the rumble. Needs espeak-ng and sox.
# Usage: make-denoise-set.sh DIR
set -euo pipefail
dir=${1:?usage: make-denoise-set.sh DIR}
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { # name voice speed text
  espeak-ng -v "$2" -s "$3" -w "$tmp/$1.wav" "$4"
  # 1.5 s of silence first (the room before the line: where a profile would come from), 0.5 s after
  sox "$tmp/$1.wav" -r 48000 -c 1 -e floating-point -b 32 "$dir/$1.wav" gain -n -6 pad 1.5 0.5
}

A="Scene twelve, take three. Quiet please, we are rolling. The light over the harbour changes every few minutes, so we will go again straight after this one."
B="Thank you everyone. Check the gate, reset the props, and could sound have a listen to the generator behind the van before we turn over."
C="Welcome back to the programme. Today we talk to a farmer who keeps bees on the edge of the moor, and who says the summer was the strangest she has known."
D="If you are just joining us, the road to the coast is closed after the bridge. Drivers should follow the signs through the village and expect some delay."

say tune-gb-a en-gb 155 "$A"
say tune-usf-b en-us+f2 165 "$B"
say tune-rp-b en-gb-x-rp 150 "$B"
say heldout-scot-c en-gb-scotland 150 "$C"
say heldout-usf-d en-us+f4 160 "$D"
say heldout-car-c en-029+m3 170 "$C"
say heldout-gbf-d en-gb+f3 145 "$D"

sox -R -n -r 48000 -c 1 -e floating-point -b 32 "$dir/noise-pink.wav" synth 200 pinknoise vol 0.3
sox -R -n -r 48000 -c 1 "$tmp/rumble.wav" synth 200 brownnoise lowpass 900 vol 0.5
sox -R -n -r 48000 -c 1 "$tmp/blade.wav" synth 200 sine 120 vol 0.05
sox -R -n -r 48000 -c 1 "$tmp/blade2.wav" synth 200 sine 240 vol 0.02
sox -R -n -r 48000 -c 1 "$tmp/hiss.wav" synth 200 whitenoise vol 0.004
sox -m "$tmp/rumble.wav" "$tmp/blade.wav" "$tmp/blade2.wav" "$tmp/hiss.wav" -e floating-point -b 32 "$dir/noise-fan.wav"
ls -l "$dir"
