#!/usr/bin/env bash
# Proves the README's set-up on a really fresh Debian 12: a minbase debootstrap with only
# python3, python3-venv, make, git and ca-certificates (no Qt libraries, no font), a
# clone of this repository's HEAD, then in a chroot:
#   1. as a user without root or sudo: `make run` and `make test` stop before Qt starts,
#      printing the one apt-get command (no Qt traceback); Qt's import does fail there;
#   2. with sudo asking a password, `make run` stops the same way; with sudo without
#      a password, `make system-libraries` installs what Qt needs through `sudo -n`.
#      With --full, as CI does instead (root): the X11 test tools only, then `make test` as
#      root (the whole suite, X11 tests included, after the check installs);
#   3. as the user again: the check is silent, Qt starts offscreen, `ldd` finds every
#      library of the xcb/offscreen/wayland plugins.
# Needs root and debootstrap (apt-get install debootstrap), and the network (Debian
# mirror, PyPI). Usage: sudo tools/check_fresh_setup.sh [--full] [--keep] [WORKDIR]
# WORKDIR (default /tmp/allguide-fresh) keeps the debootstrap tarball between runs.
set -euo pipefail

full=0 keep=0
while [ $# -gt 0 ]; do
  case $1 in
    --full) full=1 ;;
    --keep) keep=1 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
  shift
done
work=${1:-/tmp/allguide-fresh}
repo=$(cd "$(dirname "$0")/.." && pwd)
tarball=$work/bookworm-minbase.tgz
root=$work/root
mirror=http://deb.debian.org/debian
started=$(date +%s)
step() { echo "== [$(( $(date +%s) - started )) s] $*"; }

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "apt-get install debootstrap first" >&2; exit 2; }
mkdir -p "$work"

if [ ! -f "$tarball" ]; then
  step "debootstrap tarball (once): $tarball"
  debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
    --make-tarball="$tarball" bookworm "$work/tarball-tmp" "$mirror" >"$work/tarball.log"
  rm -rf "$work/tarball-tmp"
fi

cleanup() {
  for mount in "$root/dev/shm" "$root/dev/pts" "$root/proc"; do
    mountpoint -q "$mount" && umount "$mount"
  done
  [ "$keep" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root"
step "fresh system from the tarball"
debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
  --unpack-tarball="$tarball" bookworm "$root" "$mirror" >"$work/debootstrap.log"
mount -t proc proc "$root/proc"
mount -t devpts devpts "$root/dev/pts"
mkdir -p "$root/dev/shm" && mount -t tmpfs shm "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" useradd --create-home --shell /bin/bash dev
git clone --quiet "$repo" "$root/home/dev/allguide"
chroot "$root" chown -R dev:dev /home/dev/allguide

# A network that reaches PyPI through a TLS proxy (PIP_CERT on this machine): its
# certificate goes in too, for pip only.
pip_env=()
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  cp "$PIP_CERT" "$root/etc/pip-ca.crt" && chmod 644 "$root/etc/pip-ca.crt"
  pip_env=(PIP_CERT=/etc/pip-ca.crt)
fi
in_root() {
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    "${pip_env[@]}" "$@"
}
as_dev() {
  chroot --userspec=dev:dev "$root" env -i PATH=/usr/bin:/bin HOME=/home/dev LANG=C.UTF-8 \
    "${pip_env[@]}" bash -c "cd /home/dev/allguide && $1"
}
qt_start='QT_QPA_PLATFORM=offscreen .venv/bin/python -c "from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]); QLabel(\"AllGuide\").show(); print(\"Qt started:\", app.platformName())"'

step "as a user without root or sudo: make run (must stop with the install command)"
if as_dev "make run" >"$work/run-user.log" 2>&1; then
  echo "FAIL: make run succeeded without Qt's libraries" >&2; exit 1
fi
step "as that user: make test (must stop the same way)"
if as_dev "make test" >"$work/test-user.log" 2>&1; then
  echo "FAIL: make test succeeded without Qt's libraries" >&2; exit 1
fi
cat "$work/test-user.log" | sed -n '/AllGuide: Qt needs/,$p'
for log in run-user test-user; do
  if grep -q Traceback "$work/$log.log"; then
    echo "FAIL: a traceback in $log.log" >&2; exit 1
  fi
  [ "$(grep -c 'apt-get install' "$work/$log.log")" = 1 ] \
    || { echo "FAIL: not exactly one install command in $log.log" >&2; exit 1; }
done
grep -q 'AllGuide: Qt needs' "$work/test-user.log"
step "without them, Qt's import fails (what the check prevents):"
as_dev "$qt_start" 2>&1 | tail -1 || true

check_started=$(date +%s)
if [ "$full" = 1 ]; then
  # As CI does (.ci/run, top): its own tools only, then the README's test command as root.
  step "as root, like CI: X11 test tools, then make test (installs Qt's libraries first)"
  in_root bash -c "cd /home/dev/allguide && apt-get install -y -qq --no-install-recommends \
      strace xvfb openbox xdotool x11-utils x11-xserver-utils >/dev/null && make test" \
    >"$work/install-root.log" 2>&1 || { tail -40 "$work/install-root.log"; echo "FAIL: make test" >&2; exit 1; }
  grep -E '^(AllGuide|\+ )' "$work/install-root.log"
  tail -3 "$work/install-root.log"
  step "make test (with the installation) took $(( $(date +%s) - check_started )) s"
else
  in_root apt-get install -y -qq --no-install-recommends sudo >/dev/null 2>&1
  echo 'dev ALL=(ALL) ALL' >"$root/etc/sudoers.d/dev"
  step "as the user, with sudo that asks a password: make run stops the same way"
  if as_dev "make run" >"$work/run-sudo-password.log" 2>&1; then
    echo "FAIL: make run succeeded without Qt's libraries" >&2; exit 1
  fi
  grep -E '^ +sudo apt-get install' "$work/run-sudo-password.log" | cut -c1-70
  echo 'dev ALL=(ALL) NOPASSWD: ALL' >"$root/etc/sudoers.d/dev"
  step "as the user, with sudo without a password: make system-libraries installs them"
  check_started=$(date +%s)
  as_dev "make system-libraries" >"$work/install-sudo.log" 2>&1
  grep -E '^\+ ' "$work/install-sudo.log" | cut -c1-100
  step "installed in $(( $(date +%s) - check_started )) s"
fi

step "as the user: the check is now silent, and Qt starts"
out=$(as_dev "make --no-print-directory system-libraries" 2>&1)
[ -z "$out" ] || { echo "FAIL: the check printed: $out" >&2; exit 1; }
as_dev "time .venv/bin/python tools/qt_system_libs.py --check-only" 2>&1 | grep real
as_dev "$qt_start"
step "ldd of the platform plugins: nothing missing"
if as_dev "ldd .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/lib{qxcb,qoffscreen,qwayland}.so \
    .venv/lib/python3*/site-packages/PySide6/Qt/plugins/xcbglintegrations/*.so" | grep 'not found'; then
  echo "FAIL: libraries still missing" >&2; exit 1
fi

step "fresh set-up checked (logs in $work)"
