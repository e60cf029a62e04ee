#!/bin/sh
# Removes servicepoint installed by install.sh (run it the same way: with sudo for an
# install for every user, without for a user's own).  The station's data
# (~/.local/share/servicepoint of each user, with its backups) is never removed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=paths.sh
. "$here/paths.sh"
[ "$(id -u)" = 0 ] || systemctl --user stop servicepoint-sync.timer >/dev/null 2>&1 || true

rm -f "$units/timers.target.wants/servicepoint-sync.timer"
rm -f "$units/servicepoint-sync.service" "$units/servicepoint-sync.timer"
rm -f "$share/applications/servicepoint.desktop"
rm -f "$share/icons/hicolor/256x256/apps/servicepoint.png"
if [ "$(readlink "$bindir/servicepoint" 2>/dev/null)" = "$prefix/servicepoint" ]; then
    rm -f "$bindir/servicepoint"
fi
rm -rf "$prefix"
echo "servicepoint removed. The station's data stays in ~/.local/share/servicepoint."
echo "程序已卸载。服务站数据仍保存在 ~/.local/share/servicepoint。"
