#!/bin/sh
# Installs the servicepoint bundle this script sits in (unpacked from the .tar.gz).
#
#   sudo ./install.sh    for every user of the PC: /opt/servicepoint, /usr/local/bin/servicepoint,
#                        the menu entry and the nightly sync timer for every user
#   ./install.sh         for the signed-in user only: ~/.local/opt/servicepoint, ~/.local/bin
#
# Upgrading is the same: unpack the newer .tar.gz and run its install.sh.  Only the program
# folder is replaced; the station's data (~/.local/share/servicepoint of each user, with its
# backups) is never touched.  PREFIX=/some/where/servicepoint overrides the program folder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=paths.sh
. "$here/paths.sh"

echo "Checking the bundle on this PC (servicepoint --self-test)…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! QT_QPA_PLATFORM=offscreen "$here/servicepoint" --self-test >"$log" 2>&1; then
    cat "$log" >&2
    echo "The self-test failed: nothing was installed. 自检失败，没有安装。" >&2
    exit 1
fi

if [ "$here" != "$prefix" ]; then
    mkdir -p "$(dirname "$prefix")"
    rm -rf "$prefix.new"
    cp -a "$here" "$prefix.new"
    if [ -e "$prefix" ]; then
        rm -rf "$prefix.old"
        mv "$prefix" "$prefix.old"
    fi
    mv "$prefix.new" "$prefix"
    rm -rf "$prefix.old"
fi

mkdir -p "$bindir" "$share/applications" "$share/icons/hicolor/256x256/apps" "$units"
ln -sf "$prefix/servicepoint" "$bindir/servicepoint"
sed -e "s|^Exec=servicepoint|Exec=$prefix/servicepoint|" \
    -e "s|^TryExec=servicepoint|TryExec=$prefix/servicepoint|" \
    "$prefix/servicepoint.desktop" > "$share/applications/servicepoint.desktop"
cp "$prefix/servicepoint.png" "$share/icons/hicolor/256x256/apps/servicepoint.png"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

sed "s|@BIN@|$prefix/servicepoint|" "$prefix/servicepoint-sync.service" \
    > "$units/servicepoint-sync.service"
cp "$prefix/servicepoint-sync.timer" "$units/servicepoint-sync.timer"
# Enabled the way `systemctl enable` does it (a link in timers.target.wants), which works
# without a running user manager; each user's systemd starts the timer at their sign-in.
timer="no"
if command -v systemctl >/dev/null 2>&1; then
    mkdir -p "$units/timers.target.wants"
    ln -sf "$units/servicepoint-sync.timer" "$units/timers.target.wants/servicepoint-sync.timer"
    timer="yes, from the next sign-in"
    if [ "$(id -u)" != 0 ] && systemctl --user daemon-reload >/dev/null 2>&1 \
        && systemctl --user start servicepoint-sync.timer >/dev/null 2>&1; then
        timer="yes, running now"
    fi
fi

echo "Installed servicepoint $(cat "$prefix/VERSION") in $prefix"
echo "  command:    $bindir/servicepoint"
echo "  menu entry: $share/applications/servicepoint.desktop"
echo "  data:       ~/.local/share/servicepoint (each user's own; kept on upgrade and uninstall)"
echo "  nightly sync timer enabled: $timer"
if [ "$timer" = "no" ]; then
    echo "  Without systemd, add this line with 'crontab -e' for the station's user:"
    echo "    15 23 * * * $prefix/servicepoint sync --backup >/dev/null 2>&1"
fi
