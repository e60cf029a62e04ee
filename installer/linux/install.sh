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

# Messages in the operator's language, one language each: English for an English locale,
# otherwise Chinese.
case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
    en*) english=yes ;;
    *) english=no ;;
esac
say() {  # say CHINESE ENGLISH
    if [ "$english" = yes ]; then echo "$2"; else echo "$1"; fi
}

# The window needs every library Qt's xcb platform plugin loads; the bundle carries those a
# base desktop lacks (libxcb-cursor and the other xcb utility libraries), the PC gives the
# rest.  The self-test below names the packages too (servicepoint/platform_libs.py).
qxcb="$here/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
if [ -f "$qxcb" ] && command -v ldd >/dev/null 2>&1; then
    missing=$(LD_LIBRARY_PATH="$here/_internal${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
        ldd "$qxcb" 2>/dev/null | awk '/=> not found/ {print $1}' | sort -u | tr '\n' ' ')
    if [ -n "$missing" ]; then
        say "这台电脑缺少程序窗口需要的系统库：$missing" \
            "This PC lacks system libraries the window needs: $missing" >&2
    fi
fi

say "正在检查这台电脑上的程序（servicepoint --self-test）…" \
    "Checking the bundle on this PC (servicepoint --self-test)…"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! QT_QPA_PLATFORM=offscreen "$here/servicepoint" --self-test >"$log" 2>&1; then
    cat "$log" >&2
    say "自检失败，没有安装。" "The self-test failed: nothing was installed." >&2
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
