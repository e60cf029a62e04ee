"""``servicepoint sync|enroll``: the station's side of issue 4 on the command line.

``servicepoint sync`` is what an operating-system scheduler runs at night (Windows Task
Scheduler, a systemd timer): no PIN is needed to send records the station already holds.
Exit codes: 0 success, 1 the sync or backup did not succeed (reason printed), 2 refused input,
3 the sync went through but the county recorded conflicts for this station that a manager has
not acknowledged yet (listed in words; ``servicepoint sync acknowledge`` after following up).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..core import numbering
from ..core.station import Station
from .common import SubParsers, lang, open_signed_in, pick, say, station_dir

#: ``servicepoint sync``: synced, but conflicts wait for a manager (never plain success).
EXIT_CONFLICTS = 3


def _progress(args: argparse.Namespace) -> Callable[[str, int, int], None]:
    def report(stage: str, done: int, total: int) -> None:
        if getattr(args, "verbose", False):
            print(f"  {stage} {done}/{total}", file=sys.stderr, flush=True)

    return report


def cmd_sync(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action == "export":
        with open_signed_in(args) as station:
            info = station.sync.export(Path(args.file))
        span = f"{info.first_seq}–{info.last_seq}"
        say(
            args,
            f"已导出 {info.changes} 条待上传记录（第 {span} 条，"
            f"{info.size_bytes} 字节）到 {info.path}。请把这个文件交给县中心导入。",
            f"Exported {info.changes} waiting changes ({info.first_seq}–{info.last_seq}, "
            f"{info.size_bytes} bytes) to {info.path}. Take the file to the county centre.",
        )
        return 0
    if action == "acknowledge":
        with open_signed_in(args) as station:
            count = station.sync.acknowledge_conflicts()
        say(args, f"已确认 {count} 个冲突。", f"Acknowledged {count} conflict(s).")
        return 0
    if action == "fresh-block":
        with open_signed_in(args) as station:
            blocks = numbering.open_fresh_block(station)
            first = {b.series: b for b in blocks}["receipt"]
            number = f"{station.code}-{first.period}-{first.first_seq:06d}"
        say(
            args,
            f"已启用新号段：下一张收据是 {number}，收据上印有“新号段”。",
            f"A fresh block is open: the next receipt is {number}, marked “new block”.",
        )
        return 0
    with Station.open(station_dir(args)) as station:
        if action == "status":
            rows, code = status_rows(station, lang(args))
            for label, value in rows:
                print(f"{label}: {value}")
            return code
        if args.server:
            station.sync.set_server(args.server)
        result = station.sync.run(trigger=args.trigger, progress=_progress(args))
        station.sync.close()
        print(result.summary(lang(args)))
        if result.ok and args.backup:
            backup = station.backups.ensure_daily()
            if backup is not None:
                say(args, f"已备份：{backup.path}", f"Backed up: {backup.path}")
    if not result.ok:
        return 1
    return 0 if result.clean else EXIT_CONFLICTS


def status_rows(
    station: Station, lang: str, *, with_values: bool = True
) -> tuple[list[tuple[str, str]], int]:
    """What ``sync status`` prints, as (label, value) rows, and its exit code: 1 when sync is
    stuck, 3 with unacknowledged conflicts, else 0.

    ``with_values=False`` (``diagnose``) names each conflict's table and field but leaves out
    the two values, which can be a farmer's phone or ID number.
    """
    st = station.sync.status()
    zh = lang != "en"
    rows = [
        (
            "登记" if zh else "Enrolled",
            ("是" if zh else "yes") if st.enrolled else ("否" if zh else "no"),
        ),
        ("县服务器" if zh else "Server", st.server_url or "-"),
        ("证书指纹" if zh else "Certificate", station.sync.pinned_fingerprint() or "-"),
        ("待上传" if zh else "Waiting", str(st.waiting)),
        ("上次成功" if zh else "Last success", st.last_success or ("从未" if zh else "never")),
        ("上次尝试" if zh else "Last attempt", st.last_attempt or "-"),
        ("上次错误" if zh else "Last error", st.last_error(lang) or "-"),
    ]
    if st.enrolled:
        rows.append(
            (
                "下次自动同步" if zh else "Next nightly sync",
                station.sync.next_nightly().strftime("%Y-%m-%d %H:%M"),
            )
        )
    if st.clock_off:
        rows.append(
            (
                "电脑时钟" if zh else "PC clock",
                (
                    f"与县服务器相差 {st.clock_offset_s} 秒，请校准"
                    if zh
                    else f"{st.clock_offset_s} s off the server's; please correct it"
                ),
            )
        )
    if st.numbers_closed:
        rows.append(
            (
                "单号暂停" if zh else "Numbers paused",
                "本站从备份恢复后不能确定丢失的单号，暂停开单：请先同步；没有网络时由站长"
                "执行 servicepoint sync fresh-block 启用新号段"
                if zh
                else "restored from a backup without knowing every number issued since: no "
                "receipts or trace codes until a sync, or a manager runs "
                "servicepoint sync fresh-block",
            )
        )
    elif st.restored_unconfirmed:
        rows.append(
            (
                "注意" if zh else "Note",
                "本站从备份恢复后还没有和县服务器同步"
                if zh
                else "restored from a backup and not synced with the county since",
            )
        )
    conflicts = station.sync.conflicts()
    for c in conflicts:
        text = (
            c.describe(lang)
            if with_values
            else (
                f"{c.entity}.{c.field}（两边的值未列出）"
                if zh
                else f"{c.entity}.{c.field} (values left out)"
            )
        )
        rows.append(("冲突" if zh else "Conflict", text))
    if conflicts:
        rows.append(
            (
                "处理" if zh else "Then",
                "站长核对后执行 servicepoint sync acknowledge"
                if zh
                else "after following up, a manager runs servicepoint sync acknowledge",
            )
        )
    if st.stuck:
        rows.append(
            (
                "警告" if zh else "Warning",
                "两天以上没有同步成功，请联系县中心"
                if zh
                else "no successful sync for over two days; contact the county centre",
            )
        )
        return rows, 1
    return rows, EXIT_CONFLICTS if conflicts else 0


def _confirmed_fingerprint(args: argparse.Namespace, station: Station) -> str | None:
    """Over HTTPS: the fingerprint the server presents, shown, and then compared with
    ``--fingerprint`` or confirmed by the person at the keyboard (or ``--yes``)."""
    from ..core.errors import InvalidInput
    from ..core.sync_enrol import check_matches

    given = args.fingerprint
    # The checks that need no network first (with a stand-in while no fingerprint is given).
    station.sync.enrol_check(args.server, args.code, given or "0" * 64, insecure=args.insecure)
    presented = station.sync.presented_fingerprint(args.server)
    if presented is None:
        return None
    say(
        args,
        f"县服务器出示的证书指纹：{presented}",
        f"The county server's certificate fingerprint: {presented}",
    )
    if given:
        return check_matches(given, presented)
    if args.yes:
        return presented
    if not sys.stdin.isatty():
        raise InvalidInput("enrol_fingerprint_needed")
    question = pick(
        args,
        "和县技术员给的指纹一字不差吗？[y/N] ",
        "Is it exactly the fingerprint the county technician gave? [y/N] ",
    )
    if input(question).strip().lower() not in ("y", "yes", "是"):
        raise InvalidInput("enrol_not_confirmed")
    return presented


def cmd_enroll(args: argparse.Namespace) -> int:
    with open_signed_in(args) as station:
        try:
            fingerprint = _confirmed_fingerprint(args, station)
            station.sync.enroll(
                args.server, args.code, fingerprint=fingerprint, insecure=args.insecure
            )
        finally:
            station.sync.close()
    say(args, f"已在县服务器登记：{args.server}", f"Enrolled with {args.server}")
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "sync",
        parents=[common],
        help="sync with the county server once (for schedulers); status; export to a USB file",
    )
    p.add_argument("--server", help="county server address (else the enrolled one)")
    p.add_argument(
        "--trigger",
        default="cli",
        choices=("cli", "nightly", "startup", "manual"),
        help=argparse.SUPPRESS,
    )
    p.add_argument("--backup", action="store_true", help="make the daily backup after success")
    p.add_argument("--verbose", action="store_true")
    p.set_defaults(func=cmd_sync, action=None)
    inner = p.add_subparsers(dest="action")
    q = inner.add_parser(
        "status", parents=[common], help="changes waiting, last success, last error"
    )
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser(
        "export", parents=[common], help="write unsent changes to a signed file (USB stick)"
    )
    q.add_argument("file")
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser(
        "acknowledge",
        parents=[common],
        help="a manager has followed up the conflicts the county recorded",
    )
    q.set_defaults(func=cmd_sync)
    q = inner.add_parser(
        "fresh-block",
        parents=[common],
        help="after a restore with no county reachable: go on numbering in a fresh block (manager)",
    )
    q.set_defaults(func=cmd_sync)

    p = sub.add_parser(
        "enroll", parents=[common], help="enrol with the county server using its one-time code"
    )
    p.add_argument("--server", required=True, help="e.g. https://county.example:8750")
    p.add_argument("--code", required=True, help="the enrolment code the county printed")
    p.add_argument(
        "--fingerprint",
        metavar="AA:BB:…",
        help="the county certificate's SHA-256 fingerprint the technician gave (https)",
    )
    p.add_argument(
        "--yes", action="store_true", help="accept the fingerprint the server presents (https)"
    )
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow an http:// address off this PC (the code and key cross the network in clear)",
    )
    p.set_defaults(func=cmd_enroll)
