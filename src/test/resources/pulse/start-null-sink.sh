#!/usr/bin/env bash
# Starts a private, user-level PulseAudio with one null sink ("vsink") so the capture tests
# have a real device to record from, on a machine (CI) without a sound card.
#
# Needs: apt-get install -y pulseaudio pulseaudio-utils libasound2-plugins
#
# Usage:   eval "$(src/test/resources/pulse/start-null-sink.sh)"
#          mvn -B -o test -Dheadroom.pulse=true -Dtest='org.headroom.audio.LineSource*'
#          "$PULSE_DIR/stop.sh"            # when done
#
# Only the export lines go to stdout (so eval works); progress goes to stderr.
#
# Why each piece:
# - XDG_RUNTIME_DIR, HOME and PULSE_SERVER all point into one temporary folder, so the
#   daemon, its socket, its cookie and the client configuration never touch the real user's.
# - auth-anonymous=1: clients (paplay, pactl, the ALSA pulse plugin inside the JVM) need no
#   cookie.
# - --exit-idle-time=-1: the daemon would otherwise quit after 20 s without clients, e.g.
#   while Maven compiles.
# - Java's javax.sound on Linux talks to ALSA only. libasound2-plugins adds the ALSA "pulse"
#   PCM; the $HOME/.asoundrc written below makes ALSA's "default" device that plugin, so the
#   JVM's "default [default]" mixer records from PulseAudio's default source, which we set to
#   vsink.monitor (what is played into vsink comes back out of its monitor).
#   Debian's /usr/share/alsa/alsa.conf.d/50-pulseaudio.conf already defines pcm.pulse; the
#   .asoundrc only redirects "default". ALSA finds it through the HOME environment variable
#   (and the same file as $XDG_CONFIG_HOME/alsa/asoundrc, which alsa-lib 1.2 also reads), so
#   the JVM must be started with the exported environment; Maven's forked test JVM inherits
#   it. Maven itself is unaffected: Java takes user.home (and so ~/.m2) from the password
#   database, not from HOME.
# - Running as root works: the daemon only warns that it is not meant to run as root.
set -euo pipefail

command -v pulseaudio >/dev/null || { echo "pulseaudio not installed (apt-get install -y pulseaudio pulseaudio-utils libasound2-plugins)" >&2; exit 1; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/headroom-pulse.XXXXXX")"
mkdir -p "$dir/runtime" "$dir/home"
chmod 700 "$dir/runtime"
export XDG_RUNTIME_DIR="$dir/runtime"
export HOME="$dir/home"
export PULSE_SERVER="unix:$XDG_RUNTIME_DIR/pulse/native"

export XDG_CONFIG_HOME="$HOME/.config"
mkdir -p "$XDG_CONFIG_HOME/alsa"
cat > "$HOME/.asoundrc" <<'ASOUND'
pcm.!default { type pulse }
ctl.!default { type pulse }
ASOUND
cp "$HOME/.asoundrc" "$XDG_CONFIG_HOME/alsa/asoundrc"

pulseaudio --daemonize=yes --exit-idle-time=-1 -n \
    -L "module-native-protocol-unix auth-anonymous=1" \
    -L "module-null-sink sink_name=vsink rate=48000 channels=2" \
    --log-target=file:"$dir/pulse.log" >&2

# The daemon forks before its socket exists; wait for it to answer.
for _ in $(seq 1 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
done
pactl info >/dev/null 2>&1 || { echo "PulseAudio did not start; see $dir/pulse.log" >&2; exit 1; }

pactl set-default-sink vsink
pactl set-default-source vsink.monitor

cat > "$dir/stop.sh" <<STOP
#!/usr/bin/env bash
XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" HOME="$HOME" XDG_CONFIG_HOME="$XDG_CONFIG_HOME" PULSE_SERVER="$PULSE_SERVER" pulseaudio --kill 2>/dev/null || true
rm -rf "$dir"
STOP
chmod +x "$dir/stop.sh"

echo "PulseAudio null sink ready in $dir (source vsink.monitor)" >&2
echo "export XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR'"
echo "export HOME='$HOME'"
echo "export XDG_CONFIG_HOME='$XDG_CONFIG_HOME'"
echo "export PULSE_SERVER='$PULSE_SERVER'"
echo "export PULSE_DIR='$dir'"
