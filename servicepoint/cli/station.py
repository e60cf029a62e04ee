"""``servicepoint init|demo``: create the real station, build the training one."""

from __future__ import annotations

import argparse
import sys

from ..core import paths
from ..core.station import Station
from .common import SubParsers, ask_pin, data_dir, say, station_dir


def cmd_init(args: argparse.Namespace) -> int:
    pin = args.pin or ask_pin(args.manager)
    station = Station.create(
        station_dir(args),
        code=args.code,
        name=args.name,
        village=args.village,
        township=args.township,
        county=args.county,
        manager_name=args.manager,
        manager_pin=pin,
    )
    say(
        args,
        f"已创建服务站 {station.code}：{station.path}",
        f"Created station {station.code} at {station.path}",
    )
    station.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..core.training import build_training_station

    target = paths.station_dir(data_dir(args), training=True)

    def progress(stage: str, done: int, total: int) -> None:
        if args.verbose:
            print(f"  {stage} {done}/{total}", file=sys.stderr)

    station = build_training_station(target, seed=args.seed, progress=progress)
    say(
        args,
        f"已建好培训站（{station.farmers.count()} 位农户）：{station.path}",
        f"Training station built ({station.farmers.count()} farmers): {station.path}",
    )
    station.close()
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new station")
    p.add_argument("--code", required=True, help="station code, e.g. GJ01")
    p.add_argument("--name", required=True)
    p.add_argument("--village", required=True)
    p.add_argument("--township", required=True)
    p.add_argument("--county", required=True)
    p.add_argument("--manager", required=True, help="the first manager's name")
    p.add_argument("--pin", help="manager PIN (else SERVICEPOINT_PIN or a prompt)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="build the training station")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--verbose", action="store_true")
    p.set_defaults(func=cmd_demo)
