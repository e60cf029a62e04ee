"""``servicepoint backup|restore``: a backup now, and a restore that starts a new sync epoch."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.station import DB_FILENAME, Station
from .common import SubParsers, open_signed_in, say, station_dir


def cmd_backup(args: argparse.Namespace) -> int:
    with Station.open(station_dir(args)) as station:
        info = station.backups.backup(kind="manual", dest=Path(args.to) if args.to else None)
    say(
        args,
        f"已备份到 {info.path}（{info.size_bytes // 1024} KB）。",
        f"Backed up to {info.path} ({info.size_bytes // 1024} KB).",
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..core.backup import restore

    target = station_dir(args)
    manager_id = None
    if (target / DB_FILENAME).exists():
        # A manager's PIN, checked on the current station.
        with open_signed_in(args) as station:
            manager_id = station.require_manager().id
    # On a new PC there is no station yet to sign in to: the backup brings its managers.
    result = restore(target, Path(args.file), operator_id=manager_id)
    kept_zh = f"原来的数据库保存在 {result.kept_aside}。" if result.kept_aside else ""
    kept_en = f" The previous database is kept at {result.kept_aside}." if result.kept_aside else ""
    say(
        args,
        f"已从 {result.restored_from} 恢复。{kept_zh}"
        f"同步将从新的一轮（第 {result.epoch} 轮）继续。",
        f"Restored from {result.restored_from}.{kept_en} "
        f"Sync continues in a new epoch ({result.epoch}).",
    )
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="back up the station database now")
    p.add_argument("--to", help="folder for this backup (default: backups/ beside the data)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help="restore a backup (keeps the current file; new sync epoch)",
    )
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)
