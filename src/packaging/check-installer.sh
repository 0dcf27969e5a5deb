#!/usr/bin/env bash
# Checks what `mvn -B -Pinstaller verify -DskipTests` built on Linux, as CI does after the tests:
#  1. the trimmed runtime holds every module jdeps finds in the jar;
#  2. the app image's launcher runs the commands (version, analyze, advise, export, monitor);
#  3. the .deb holds the launcher, the menu entry and the icon, and Headroom's own install scripts;
#  4. as root: the .deb installs on this machine (no desktop), puts `headroom` on the PATH and the
#     menu entry in place, and removing it takes them away again.
# Prints one line per check; exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "check-installer: $*" >&2; exit 1; }
ok() { echo "check-installer: ok: $*"; }

image=target/installer/image/headroom
launcher="$image/bin/headroom"
deb=$(ls target/installer/headroom_*_amd64.deb 2>/dev/null | head -n 1)
[ -x "$launcher" ] || fail "no app image launcher at $launcher (run mvn -B -Pinstaller verify -DskipTests)"
[ -n "$deb" ] || fail "no .deb in target/installer"

# 1. Modules: jdeps' list must be inside the one jlink was given.
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target/headroom.jar)
given=$(sed -n 's:.*<installer.modules>\(.*\)</installer.modules>.*:\1:p' pom.xml)
for module in ${found//,/ }; do
  case ",$given," in *",$module,"*) ;; *) fail "jdeps finds module $module in the jar; add it to installer.modules in pom.xml" ;; esac
done
ok "runtime modules $given cover jdeps' $found"

# 2. The launcher, from another folder so nothing resolves against the project by accident.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
testdata="$PWD/testdata"
abs_launcher="$PWD/$launcher"
(
  cd "$work"
  "$abs_launcher" --version >version.txt || fail "launcher --version failed"
  "$abs_launcher" analyze "$testdata/sine440-48000-2-q3.ogg" --json >analyze.json || fail "launcher analyze failed"
  grep -q '"integratedLufs"' analyze.json || fail "launcher analyze printed no loudness"
  "$abs_launcher" advise --environment street --json >advise.json || fail "launcher advise failed"
  "$abs_launcher" export "$testdata/dialogue-clipped-hum-48000-2-24.wav" --preset podcast-mp3-stereo -o out.mp3 >/dev/null \
    || fail "launcher export failed"
  "$abs_launcher" monitor --device demo --seconds 1 --record take.wav >/dev/null 2>&1 || fail "launcher monitor failed"
  [ -s out.mp3 ] && [ -s take.wav ] || fail "launcher wrote no export or recording"
)
ok "app image launcher: $(cat "$work/version.txt"); analyze, advise, export, monitor ran"

# 3. The package.
info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")
grep -q '^ *Package: headroom$' <<<"$info" || fail "$deb: no 'Package: headroom' in its control file"
grep -q '^ *Depends:.*libasound2' <<<"$info" || fail "$deb does not depend on libasound2 (the sound library javax.sound needs)"
for path in ./opt/headroom/bin/headroom ./opt/headroom/lib/app/headroom.jar ./opt/headroom/lib/headroom-headroom.desktop \
            ./opt/headroom/lib/headroom.png; do
  grep -q " $path\$" <<<"$contents" || fail "$deb does not hold $path"
done
scripts=$(mktemp -d)
dpkg-deb --control "$deb" "$scripts"
grep -Eq '^[[:space:]]*xdg-desktop-menu' "$scripts/postinst" && fail "$deb: postinst still calls xdg-desktop-menu (fails without a desktop)"
grep -q '/usr/bin/headroom' "$scripts/postinst" || fail "$deb: postinst does not put headroom on the PATH"
rm -rf "$scripts"
size=$(stat -c %s "$deb")
[ "$size" -le $((80 * 1024 * 1024)) ] || fail "$deb is $((size / 1048576)) MB, over the 80 MB target"
ok "$(basename "$deb"): $((size / 1048576)) MB, launcher, jar, menu entry, icon, own postinst"

# 4. Install and remove, where we may (CI runs as root on a machine with no desktop).
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq || fail "apt-get update failed (the package's dependencies come from the archive)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$deb" >/dev/null || fail "apt-get install $deb failed"
  [ "$(command -v headroom)" = /usr/bin/headroom ] || fail "installed, but headroom is not on the PATH"
  (cd "$work" && headroom --version >/dev/null) || fail "installed headroom --version failed"
  [ -f /usr/share/applications/headroom.desktop ] || fail "installed, but no menu entry"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq headroom >/dev/null || fail "apt-get remove headroom failed"
  [ ! -e /usr/bin/headroom ] && [ ! -e /usr/share/applications/headroom.desktop ] && [ ! -e /opt/headroom ] \
    || fail "removed, but files are left behind"
  ok "installed without a desktop, headroom on the PATH, menu entry in place; removed cleanly"
else
  echo "check-installer: not root: install and removal not tried"
fi
