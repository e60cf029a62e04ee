"""``servicepoint check``: the integrity check and every invariant; exit 1 when one fails."""

from __future__ import annotations

import argparse
import json

from ..core.station import Station
from .common import SubParsers, say, station_dir


def cmd_check(args: argparse.Namespace) -> int:
    with Station.open(station_dir(args)) as station:
        problems = station.check()
    if args.json:
        print(json.dumps({"ok": not problems, "problems": problems}, ensure_ascii=False))
    elif problems:
        say(args, f"发现 {len(problems)} 个问题：", f"{len(problems)} problems found:")
        for p in problems:
            print(f"  - {p}")
    else:
        say(
            args,
            "检查通过：数据完整，所有账目一致。",
            "Check passed: the database is intact and every invariant holds.",
        )
    return 1 if problems else 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="integrity check and every invariant")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
