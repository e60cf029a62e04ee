"""``servicepoint farmers import`` and ``servicepoint catalog import``: CSV files, signed in."""

from __future__ import annotations

import argparse

from .common import SubParsers, open_signed_in, say


def cmd_import(args: argparse.Namespace) -> int:
    station = open_signed_in(args)
    try:
        if args.target == "farmers":
            n = station.farmers.import_csv(args.file)
            say(args, f"已导入 {n} 位农户。", f"Imported {n} farmers.")
        else:
            result = station.catalogue.import_csv(args.file)
            say(
                args,
                f"商品目录：新增 {result.added}，更新 {result.updated}。",
                f"Catalogue: {result.added} added, {result.updated} updated.",
            )
    finally:
        station.close()
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    for target, helptext in (
        ("farmers", "import farmers from CSV"),
        ("catalog", "import the county catalogue from CSV"),
    ):
        p = sub.add_parser(target, parents=[common], help=helptext)
        inner = p.add_subparsers(dest="action", required=True)
        q = inner.add_parser("import", parents=[common], help=helptext)
        q.add_argument("file")
        q.set_defaults(func=cmd_import, target=target)
