#!/bin/sh
# Install, run and purge AllGuide's .deb on a fresh Debian 12 (a debootstrap minbase
# chroot: none of Qt's system libraries), and check that nothing is left behind.
#
#   packaging/linux/check_deb_install.sh dist/allguide_<version>_amd64.deb
#
# 1. apt-get resolves the package's Depends on a system that has none of them
#    (--simulate lists them), and they are installed first; then the file list of the
#    whole system is taken ("before").
# 2. apt-get install ./allguide_*.deb must pull nothing more; as a normal user
#    /usr/bin/allguide --version, --about and --smoke-test (offscreen, every language)
#    run; the desktop entries and metainfo are where they should be.
# 3. apt-get purge allguide; the file list ("after") must equal "before", except the
#    user's own settings (the home folder) and apt's and dpkg's own records.
# 4. With its Recommends installed too (libcups2, for printing), every library of every
#    file resolves. (Steps 1-3 leave them out, as a kiosk installed with
#    --no-install-recommends does: then only the print plugin's libcups is missing.)
#
# Needs root, debootstrap and network to the Debian mirror. The fresh system is
# cached as a tarball under $ALLGUIDE_CHROOT_CACHE (default /tmp/allguide-deb-check),
# so a second run takes well under a minute. Prints the time of each step.
set -eu

# Mounts made for the chroot live in a mount namespace of their own, so none can be
# left on the host, whatever ends the script (a CI time-out's kill -9 included).
if [ -z "${ALLGUIDE_CHECK_NAMESPACE:-}" ] && unshare --mount --propagation private true 2>/dev/null; then
    ALLGUIDE_CHECK_NAMESPACE=1 exec unshare --mount --propagation private sh "$0" "$@"
fi

deb=${1:?usage: $0 path/to/allguide_VERSION_amd64.deb}
[ -f "$deb" ] || { echo "check_deb_install: $deb: no such file" >&2; exit 2; }
deb=$(realpath "$deb")
[ "$(id -u)" -eq 0 ] || { echo "check_deb_install: run as root (chroot, mounts)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
    echo "check_deb_install: needs debootstrap: apt-get install -y debootstrap" >&2; exit 2; }

suite=${ALLGUIDE_CHECK_SUITE:-bookworm}
mirror=${ALLGUIDE_CHECK_MIRROR:-http://deb.debian.org/debian}
cache=${ALLGUIDE_CHROOT_CACHE:-/tmp/allguide-deb-check}
base=$cache/$suite-minbase.tar
start=$(date +%s)
step_start=$start
step() {
    now=$(date +%s)
    echo "check_deb_install: [$((now - step_start)) s] $*"
    step_start=$now
}
fail() { echo "check_deb_install: FAILED: $*" >&2; exit 1; }

mkdir -p "$cache"
if [ ! -f "$base" ]; then
    fresh=$(mktemp -d "$cache/debootstrap.XXXXXX")
    debootstrap --variant=minbase "$suite" "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        { tail -20 "$cache/debootstrap.log" >&2; fail "debootstrap (log: $cache/debootstrap.log)"; }
    chmod 755 "$fresh"
    tar -C "$fresh" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf --one-file-system "$fresh"
    step "fresh $suite minbase system made and cached in $base"
fi

root=$(mktemp -d /tmp/allguide-deb-root.XXXXXX)
cleanup() {
    for mount in dev/pts proc; do
        mountpoint -q "$root/$mount" 2>/dev/null && umount -l "$root/$mount"
    done
    # Never past a mount point still there: the host's files are not the chroot's.
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM
tar -C "$root" -xf "$base"
chmod 755 "$root"  # mktemp's 0700 would keep the user and apt's _apt out
# No host folder is bound in: debootstrap's own /dev nodes (null, zero, urandom, tty),
# a proc and a new, private pseudo-terminal instance. In the private mount namespace
# the script started in, they go with it even if it is killed before cleaning up.
mount -t proc proc "$root/proc"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts"
rm -f "$root/dev/ptmx" && ln -s pts/ptmx "$root/dev/ptmx"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
package_file=/tmp/$(basename "$deb")
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
step "fresh system unpacked in $root"

in_root apt-get update -qq || fail "apt-get update"
dependencies=$(in_root apt-get install --simulate --no-install-recommends "$package_file" |
    sed -n 's/^Inst \([^ ]*\) .*/\1/p' | grep -vx allguide || true)
[ -n "$dependencies" ] || fail "apt-get found no dependencies to install: is the system fresh?"
# shellcheck disable=SC2086 # one package a word
in_root apt-get install -y -qq --no-install-recommends $dependencies >/dev/null ||
    fail "installing the Depends"
step "Depends installed: $(echo "$dependencies" | wc -l) packages"

in_root useradd --create-home family
snapshot() {
    # Type, mode and (files) size of every path, without apt's and dpkg's records,
    # caches, logs, temporary and virtual file systems and the user's home.
    chroot "$root" find / -xdev \
        \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/cache -o -path /var/log \
        -o -path /tmp -o -path /proc -o -path /sys -o -path /dev -o -path /home/family \
        -o -path /etc/resolv.conf \) -prune -o \( -type f -printf '%y %m %s %p\n' \) \
        -o \( ! -type f -printf '%y %m %p\n' \) | LC_ALL=C sort
}
before=$root.before
after=$root.after
snapshot >"$before"
trap 'cleanup; rm -f "$before" "$after" "$after.diff"' EXIT
trap 'cleanup; rm -f "$before" "$after" "$after.diff"; exit 130' INT TERM

output=$(in_root apt-get install -y --no-install-recommends "$package_file" 2>&1) ||
    { echo "$output" >&2; fail "apt-get install ./$(basename "$deb")"; }
echo "$output" | grep -q "^The following additional packages will be installed" &&
    { echo "$output" >&2; fail "the package pulled in more than its Depends"; }
step "allguide installed with apt-get"

# Every ELF file's libraries resolve: the offscreen smoke test loads neither the X11
# nor the Wayland plugin, so this is what proves their Depends (libxcb-cursor0...).
# But for an optional feature's plugin (printsupport: its libcups2 is only recommended,
# and not installed here, as on a kiosk installed with --no-install-recommends).
unresolved_libraries() {
    in_root sh -c '
    export LD_LIBRARY_PATH=/opt/allguide/_internal:/opt/allguide/_internal/PySide6/Qt/lib
    find /opt/allguide -type f \( -name "*.so*" -o -name allguide \) | while read -r file; do
        ldd "$file" 2>/dev/null | sed -n "s|^[[:space:]]*\([^ ]*\) => not found|$file: \1|p"
    done'
}
unresolved=$(unresolved_libraries | grep -v '/plugins/printsupport/' || true)
[ -z "$unresolved" ] || { echo "$unresolved" >&2; fail "libraries not found (above): Depends lacks them"; }
step "every library of every ELF file in /opt/allguide resolves (ldd), but the optional print plugin's"

as_family() {
    chroot --userspec=family:family "$root" env -i HOME=/home/family \
        PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
version=$(as_family allguide --version) || fail "allguide --version"
echo "  $version"
as_family allguide --about | grep -q "^AllGuide " || fail "allguide --about"
as_family allguide --about | grep -q "LGPL-3.0" || fail "allguide --about lists no LGPL component"
for path in /usr/share/applications/org.allguide.AllGuide.desktop \
    /usr/share/metainfo/org.allguide.AllGuide.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.allguide.AllGuide.svg \
    /usr/share/doc/allguide/copyright; do
    [ -f "$root$path" ] || fail "$path is not installed"
done
as_family allguide --smoke-test || fail "allguide --smoke-test (as a normal user, offscreen)"
step "--version, --about and --smoke-test ran as user 'family'"

in_root apt-get purge -y -qq allguide >/dev/null || fail "apt-get purge allguide"
snapshot >"$after"
step "allguide purged"
in_root dpkg-query -W allguide >/dev/null 2>&1 && fail "dpkg still knows allguide"
# Left behind ("+") fails; gone ("-") fails too, except an empty directory no package
# owns that the package shared (dpkg removes /opt with it: debootstrap made /opt, no
# package ships it; dpkg makes it again with the next package that needs it).
diff "$before" "$after" | sed -n 's/^> /+ /p; s/^< /- /p' >"$after.diff" || true
unexpected=$(while read -r sign type _mode path; do
    if [ "$sign" = "-" ] && [ "$type" = d ] && ! in_root dpkg-query -S "$path" >/dev/null 2>&1; then
        echo "check_deb_install: note: dpkg removed the empty directory $path, which no package owns" >&2
    else
        echo "$sign $type $path"
    fi
done <"$after.diff")
rm -f "$after.diff"
if [ -n "$unexpected" ]; then
    echo "$unexpected" | head -40 >&2
    fail "the system's files differ from before the install (above: - gone, + left)"
fi
files=$(wc -l <"$after")

# With its Recommends too (as apt-get installs by default), nothing is left unresolved.
recommends=$(dpkg-deb -f "$deb" Recommends | sed 's/ *([^)]*)//g; s/ *| */|/g; s/, */ /g')
if [ -n "$recommends" ]; then
    # shellcheck disable=SC2086 # one relation a word; "a|b" takes the first apt knows
    for relation in $recommends; do
        chosen=""
        for package in $(echo "$relation" | tr '|' ' '); do
            in_root apt-cache show "$package" >/dev/null 2>&1 && { chosen=$package; break; }
        done
        [ -n "$chosen" ] || fail "no package of the Recommends '$relation' is known to apt"
        in_root apt-get install -y -qq --no-install-recommends "$chosen" >/dev/null ||
            fail "installing the recommended $chosen"
    done
    output=$(in_root apt-get install -y --no-install-recommends "$package_file" 2>&1) ||
        { echo "$output" >&2; fail "apt-get install ./$(basename "$deb") beside its Recommends"; }
    unresolved=$(unresolved_libraries)
    [ -z "$unresolved" ] || { echo "$unresolved" >&2; fail "libraries not found with the Recommends"; }
    in_root apt-get purge -y -qq allguide >/dev/null || fail "apt-get purge allguide (again)"
    step "with its Recommends ($recommends) every library resolves"
fi
echo "check_deb_install: OK: installed, ran and purged; the $files paths outside apt's" \
    "records and the home folder are as before. Total $(($(date +%s) - start)) s"
