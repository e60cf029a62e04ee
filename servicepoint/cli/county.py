"""``servicepoint county …``: running and administering the county server.

The database is a SQLite file in the county data folder unless ``--db`` gives a PostgreSQL
URL (or ``SERVICEPOINT_COUNTY_DB``).  ``add-station`` prints the one-time enrolment code on
its last line, so a script can take it with ``tail -1``.

The server is imported inside the command only: the desktop bundle leaves it out, and its
entry point turns the ``ModuleNotFoundError`` into a plain sentence (installer/entry.py).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import SubParsers, data_dir, lang

if TYPE_CHECKING:
    from ..server.storage import Storage


def _storage(args: argparse.Namespace) -> Storage:
    from ..server.storage import Storage, database_url

    value = args.db or os.environ.get("SERVICEPOINT_COUNTY_DB")
    return Storage.open(database_url(value, data_dir(args) / "county"))


def cmd_county(args: argparse.Namespace) -> int:
    from ..core.messages import render
    from ..server import county, pull
    from ..server.entities import Refusal

    storage = _storage(args)
    try:
        if args.action == "serve":
            from ..core.logs import stop_logging
            from ..server.runner import serve

            stop_logging()  # the server keeps its own county.log beside its database
            from ..server.config import ServerConfig

            serve(storage, args.host, args.port, ServerConfig(docs=args.docs))
            return 0
        if args.action == "add-station":
            with storage.write() as conn:
                code = county.add_station(conn, args.code, args.name, args.county)
            days = county.ENROLMENT_VALID_DAYS
            print(
                f"服务站 {args.code.upper()} 的一次性登记码（{days} 天内有效）"
                f" / one-time enrolment code for {args.code.upper()}:"
            )
            print(code)
            return 0
        if args.action == "revoke-station":
            with storage.write() as conn:
                n = county.revoke_station(conn, args.code)
            print(f"已注销 {n} 个凭证 / revoked {n} token(s)")
            return 0
        if args.action == "add-user":
            password = os.environ.get("SERVICEPOINT_COUNTY_PASSWORD") or getpass.getpass(
                f"{args.name} password: "
            )
            with storage.write() as conn:
                county.add_user(conn, args.name, password)
            print(f"已保存县中心账号 {args.name} / saved county user {args.name}")
            return 0
        if args.action == "import":
            from ..server.app import ServerConfig
            from ..server.transfer import import_export_file

            result = import_export_file(storage, Path(args.file).read_bytes(), ServerConfig())
            print(
                f"已导入服务站 {result['station']} 的 {result['applied']} 条新记录"
                f"（文件共 {result['changes']} 条，已确认到第 {result['acked_seq']} 条）/ "
                f"imported {result['applied']} new of {result['changes']} changes from "
                f"{result['station']} (acknowledged up to {result['acked_seq']})"
            )
            return 0
        if args.action == "catalog-import":
            from ..server.transfer import csv_text

            with storage.write() as conn:
                counts = county.import_catalogue_csv(conn, csv_text(Path(args.file).read_bytes()))
            print(
                f"新增 {counts['added']} 种，更新 {counts['updated']} 种 / "
                f"added {counts['added']}, updated {counts['updated']}"
            )
            return 0
        if args.action == "compact":
            with storage.write() as conn:
                n = pull.compact(conn)
            print(f"removed {n} superseded entries")
            return 0
    except Refusal as error:
        print(render(error.code, lang(args), error.params), file=sys.stderr)
        return 2
    finally:
        storage.close()
    return 2


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("county", parents=[common], help="run and administer the county server")
    inner = p.add_subparsers(dest="action", required=True)

    def action(name: str, helptext: str) -> argparse.ArgumentParser:
        q = inner.add_parser(name, parents=[common], help=helptext)
        q.add_argument(
            "--db",
            help="database URL or SQLite file (default: county/county.db "
            "in the data folder; postgresql://… for PostgreSQL)",
        )
        q.set_defaults(func=cmd_county)
        return q

    q = action("serve", "serve the county API (FastAPI on uvicorn)")
    q.add_argument("--host", default="127.0.0.1")
    q.add_argument("--port", type=int, default=8750)
    q.add_argument("--docs", action="store_true", help="serve /docs and /openapi.json")
    q = action("add-station", "register a station; prints its one-time enrolment code last")
    q.add_argument("code")
    q.add_argument("--name", required=True)
    q.add_argument("--county")
    q = action("revoke-station", "revoke every token of a station")
    q.add_argument("code")
    q = action(
        "add-user",
        "add or reset a county login (password from SERVICEPOINT_COUNTY_PASSWORD or a prompt)",
    )
    q.add_argument("name")
    q = action("import", "import a station's USB export file")
    q.add_argument("file")
    q = action("catalog-import", "import the county catalogue from CSV")
    q.add_argument("file")
    action("compact", "drop superseded entries of the county change log")
