"""``servicepoint sync|enroll|backup|restore``: the station's side of issue 4 on the command line.

``servicepoint sync`` is what an operating-system scheduler runs at night (Windows Task
Scheduler, a systemd timer): no PIN is needed to send records the station already holds.
Exit codes: 0 success, 1 the sync or backup did not succeed (reason printed), 2 refused input,
3 the sync went through but the county recorded conflicts for this station that a manager has
not acknowledged yet (listed in words; ``servicepoint sync acknowledge`` after following up).
"""


from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .core import Station, numbering

#: ``servicepoint sync``: synced, but conflicts wait for a manager (never plain success).
EXIT_CONFLICTS = 3


def _cli() -> Any:
    from . import cli  # late: cli imports this module to register the commands

    return cli


def _progress(args: argparse.Namespace) -> Any:
    def report(stage: str, done: int, total: int) -> None:
        if getattr(args, "verbose", False):
            print(f"  {stage} {done}/{total}", file=sys.stderr, flush=True)

    return report


def cmd_sync(args: argparse.Namespace) -> int:
    cli = _cli()
    action = getattr(args, "action", None)
    if action == "export":
        station = cli._open_signed_in(args)
        with station:
            info = station.sync.export(Path(args.file))
        span = f"{info.first_seq}–{info.last_seq}"
        cli._say(args, f"已导出 {info.changes} 条待上传记录（第 {span} 条，"
                       f"{info.size_bytes} 字节）到 {info.path}。请把这个文件交给县中心导入。",
                 f"Exported {info.changes} waiting changes ({info.first_seq}–{info.last_seq}, "
                 f"{info.size_bytes} bytes) to {info.path}. Take the file to the county centre.")
        return 0
    if action == "acknowledge":
        station = cli._open_signed_in(args)
        with station:
            count = station.sync.acknowledge_conflicts()
        cli._say(args, f"已确认 {count} 个冲突。", f"Acknowledged {count} conflict(s).")
        return 0
    if action == "fresh-block":
        station = cli._open_signed_in(args)
        with station:
            blocks = numbering.open_fresh_block(station)
            first = {b.series: b for b in blocks}["receipt"]
            number = f"{station.code}-{first.period}-{first.first_seq:06d}"
        cli._say(args, f"已启用新号段：下一张收据是 {number}，收据上印有“新号段”。",
                 f"A fresh block is open: the next receipt is {number}, marked “new block”.")
        return 0
    with Station.open(cli.station_dir(args)) as station:
        if action == "status":
            return _print_status(args, station)
        if args.server:
            station.sync.set_server(args.server)
        result = station.sync.run(trigger=args.trigger, progress=_progress(args))
        station.sync.close()
        print(result.summary(cli._lang(args)))
        if result.ok and args.backup:
            info = station.backups.ensure_daily()
            if info is not None:
                cli._say(args, f"已备份：{info.path}", f"Backed up: {info.path}")
    if not result.ok:
        return 1
    return 0 if result.clean else EXIT_CONFLICTS


def _print_status(args: argparse.Namespace, station: Station) -> int:
    cli = _cli()
    st = station.sync.status()
    lang = cli._lang(args)
    zh = lang != "en"
    rows = [
        ("登记" if zh else "Enrolled", ("是" if zh else "yes") if st.enrolled else
         ("否" if zh else "no")),
        ("县服务器" if zh else "Server", st.server_url or "-"),
        ("待上传" if zh else "Waiting", str(st.waiting)),
        ("上次成功" if zh else "Last success", st.last_success or ("从未" if zh else "never")),
        ("上次尝试" if zh else "Last attempt", st.last_attempt or "-"),
        ("上次错误" if zh else "Last error", st.last_error(lang) or "-"),
    ]
    if st.enrolled:
        rows.append(("下次自动同步" if zh else "Next nightly sync",
                     station.sync.next_nightly().strftime("%Y-%m-%d %H:%M")))
    if st.clock_off:
        rows.append(("电脑时钟" if zh else "PC clock",
                     (f"与县服务器相差 {st.clock_offset_s} 秒，请校准" if zh else
                      f"{st.clock_offset_s} s off the server's; please correct it")))
    if st.numbers_closed:
        rows.append(("单号暂停" if zh else "Numbers paused",
                     "本站从备份恢复后不能确定丢失的单号，暂停开单：请先同步；没有网络时由站长"
                     "执行 servicepoint sync fresh-block 启用新号段" if zh else
                     "restored from a backup without knowing every number issued since: no "
                     "receipts or trace codes until a sync, or a manager runs "
                     "servicepoint sync fresh-block"))
    elif st.restored_unconfirmed:
        rows.append(("注意" if zh else "Note", "本站从备份恢复后还没有和县服务器同步" if zh
                     else "restored from a backup and not synced with the county since"))
    conflicts = station.sync.conflicts()
    for c in conflicts:
        rows.append(("冲突" if zh else "Conflict", c.describe(lang)))
    if conflicts:
        rows.append(("处理" if zh else "Then", "站长核对后执行 servicepoint sync acknowledge"
                     if zh else "after following up, a manager runs servicepoint sync "
                     "acknowledge"))
    if st.stuck:
        rows.append(("警告" if zh else "Warning", "两天以上没有同步成功，请联系县中心" if zh else
                     "no successful sync for over two days; contact the county centre"))
    for label, value in rows:
        print(f"{label}: {value}")
    if st.stuck:
        return 1
    return EXIT_CONFLICTS if conflicts else 0


def cmd_enroll(args: argparse.Namespace) -> int:
    cli = _cli()
    station = cli._open_signed_in(args)
    with station:
        station.sync.enroll(args.server, args.code)
        station.sync.close()
    cli._say(args, f"已在县服务器登记：{args.server}", f"Enrolled with {args.server}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    cli = _cli()
    with Station.open(cli.station_dir(args)) as station:
        info = station.backups.backup(kind="manual",
                                      dest=Path(args.to) if args.to else None)
    cli._say(args, f"已备份到 {info.path}（{info.size_bytes // 1024} KB）。",
             f"Backed up to {info.path} ({info.size_bytes // 1024} KB).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .core.backup import restore

    cli = _cli()
    target = cli.station_dir(args)
    manager_id = None
    if (target / "station.db").exists():
        station = cli._open_signed_in(args)  # a manager's PIN, checked on the current station
        with station:
            manager_id = station.require_manager().id
    # On a new PC there is no station yet to sign in to: the backup brings its managers.
    result = restore(target, Path(args.file), operator_id=manager_id)
    kept_zh = f"原来的数据库保存在 {result.kept_aside}。" if result.kept_aside else ""
    kept_en = (f" The previous database is kept at {result.kept_aside}."
               if result.kept_aside else "")
    cli._say(args, f"已从 {result.restored_from} 恢复。{kept_zh}"
                   f"同步将从新的一轮（第 {result.epoch} 轮）继续。",
             f"Restored from {result.restored_from}.{kept_en} "
             f"Sync continues in a new epoch ({result.epoch}).")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common],
                       help="sync with the county server once (for schedulers); "
                            "status; export to a USB file")
    p.add_argument("--server", help="county server address (else the enrolled one)")
    p.add_argument("--trigger", default="cli", choices=("cli", "nightly", "startup", "manual"),
                   help=argparse.SUPPRESS)
    p.add_argument("--backup", action="store_true", help="make the daily backup after success")
    p.add_argument("--verbose", action="store_true")
    p.set_defaults(func=cmd_sync, action=None)
    inner = p.add_subparsers(dest="action")
    q = inner.add_parser("status", parents=[common], help="changes waiting, last success, "
                                                          "last error")
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser("export", parents=[common],
                         help="write unsent changes to a signed file (USB stick)")
    q.add_argument("file")
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser("acknowledge", parents=[common],
                         help="a manager has followed up the conflicts the county recorded")
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser("fresh-block", parents=[common],
                         help="after a restore with no county reachable: go on numbering in a "
                              "fresh block (manager)")
    q.set_defaults(func=cmd_sync)

    p = sub.add_parser("enroll", parents=[common],
                       help="enrol with the county server using its one-time code")
    p.add_argument("--server", required=True, help="e.g. http://county.example:8750")
    p.add_argument("--code", required=True, help="the enrolment code the county printed")
    p.set_defaults(func=cmd_enroll)

    p = sub.add_parser("backup", parents=[common], help="back up the station database now")
    p.add_argument("--to", help="folder for this backup (default: backups/ beside the data)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup (keeps the current file; new sync epoch)")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)
