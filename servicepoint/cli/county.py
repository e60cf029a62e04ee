"""``servicepoint county …``: running and administering the county server.

The database is a SQLite file in the county data folder unless ``--db`` gives a PostgreSQL
URL (or ``SERVICEPOINT_COUNTY_DB``).  ``add-station`` prints the one-time enrolment code on
its last line, so a script can take it with ``tail -1``.

``make-cert`` writes a self-signed certificate and its key (0600) and prints the SHA-256
fingerprint on its last line: the technician reads it to each station at enrolment, which
pins it.  ``serve --certfile/--keyfile`` serves HTTPS; ``serve`` refuses a network address
without TLS unless ``--insecure-http`` (docs/county.md).

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

from .common import SubParsers, data_dir, lang, say

if TYPE_CHECKING:
    from ..server.storage import Storage


def _storage(args: argparse.Namespace) -> Storage:
    from ..server.storage import Storage, database_url

    value = args.db or os.environ.get("SERVICEPOINT_COUNTY_DB")
    return Storage.open(database_url(value, data_dir(args) / "county"))


def _make_cert(args: argparse.Namespace) -> int:
    """``county make-cert``: the certificate, its key and the fingerprint, last."""
    from ..server.tls import make_certificate

    hosts = list(args.host) + (["localhost", "127.0.0.1"] if args.loopback else [])
    out = Path(args.out) if args.out else data_dir(args) / "county" / "tls"
    made = make_certificate(hosts, out, force=args.force)
    say(args, f"证书：{made.cert}", f"Certificate: {made.cert}")
    say(
        args,
        f"私钥（只有本账户可读）：{made.key}",
        f"Key (readable by this account only): {made.key}",
    )
    say(
        args,
        "启动：servicepoint county serve --host 0.0.0.0 "
        f"--certfile {made.cert} --keyfile {made.key}",
        f"Start: servicepoint county serve --host 0.0.0.0 "
        f"--certfile {made.cert} --keyfile {made.key}",
    )
    say(
        args,
        "证书的 SHA-256 指纹（登记服务站时念给站长，或抄给县技术员）：",
        "The certificate's SHA-256 fingerprint (read it to each station when it enrols):",
    )
    print(made.fingerprint)
    return 0


def _serve(args: argparse.Namespace, storage: Storage) -> int:
    from ..core.logs import stop_logging
    from ..core.protocol import public_base
    from ..server.app import ServerConfig
    from ..server.entities import Refusal
    from ..server.runner import serve
    from ..server.versions import parse_version

    minimum = args.min_client_version
    if minimum is not None and parse_version(minimum) is None:
        raise Refusal("county_version_malformed", version=minimum[:20])
    public_url = None
    if args.public_url is not None:
        public_url = public_base(args.public_url)
        if public_url is None:
            raise Refusal("county_public_url_malformed", url=args.public_url[:80])
    stop_logging()  # the server keeps its own county.log beside its database
    serve(
        storage,
        args.host,
        args.port,
        ServerConfig(min_client_version=minimum, docs=args.docs, public_url=public_url),
        certfile=args.certfile,
        keyfile=args.keyfile,
        insecure_http=args.insecure_http,
    )
    return 0


def cmd_county(args: argparse.Namespace) -> int:
    from ..core.messages import render
    from ..server import accounts, county, pull, station_health
    from ..server.entities import Refusal

    if args.action == "make-cert":
        try:
            return _make_cert(args)
        except Refusal as error:
            print(render(error.code, lang(args), error.params), file=sys.stderr)
            return 2
    storage = _storage(args)
    try:
        if args.action == "serve":
            return _serve(args, storage)
        if args.action == "add-station":
            with storage.write() as conn:
                code = county.add_station(conn, args.code, args.name, args.county)
                station_health.set_place(conn, args.code, args.township, args.village)
                accounts.audit(
                    conn,
                    accounts.CONSOLE,
                    "county add-station",
                    f"station {args.code.upper()[:12]}: new enrolment code",
                )
            days = county.ENROLMENT_VALID_DAYS
            print(
                f"服务站 {args.code.upper()} 的一次性登记码（{days} 天内有效）"
                f" / one-time enrolment code for {args.code.upper()}:"
            )
            print("此前给本站的登记码已作废 / earlier codes for this station no longer work")
            print(code)
            return 0
        if args.action == "revoke-station":
            with storage.write() as conn:
                n = county.revoke_station(conn, args.code)
                accounts.audit(
                    conn,
                    accounts.CONSOLE,
                    "county revoke-station",
                    f"station {args.code.upper()[:12]}: {n} token(s) revoked",
                )
            print(f"已注销 {n} 个凭证 / revoked {n} token(s)")
            return 0
        if args.action == "add-user":
            password = os.environ.get("SERVICEPOINT_COUNTY_PASSWORD") or getpass.getpass(
                f"{args.name} password: "
            )
            with storage.write() as conn:
                accounts.add_user(conn, args.name, password, args.role)
            role_zh = "管理员" if args.role == "admin" else "查看"
            print(
                f"已保存县中心账号 {args.name}（{role_zh}）/ "
                f"saved county user {args.name} ({args.role})"
            )
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
    q.add_argument("--certfile", help="TLS certificate (PEM), e.g. from make-cert: serve HTTPS")
    q.add_argument("--keyfile", help="the certificate's private key (PEM)")
    q.add_argument(
        "--insecure-http",
        action="store_true",
        help="serve a network address without TLS (tokens and farmers' data in clear)",
    )
    q.add_argument("--docs", action="store_true", help="serve /docs and /openapi.json")
    q.add_argument(
        "--min-client-version",
        metavar="X.Y.Z",
        help="refuse stations older than this version (426 client_too_old)",
    )
    q.add_argument(
        "--public-url",
        metavar="URL",
        help="the county's address as phones reach it: receipts' QR codes open URL/v/… "
        "(default: the address each station enrolled with)",
    )
    q = inner.add_parser(
        "make-cert",
        parents=[common],
        help="make a self-signed TLS certificate and key; prints its SHA-256 fingerprint last",
    )
    q.add_argument(
        "--host",
        action="append",
        required=True,
        help="the server's name or IP address as stations type it (repeatable)",
    )
    q.add_argument("--loopback", action="store_true", help="also valid for localhost and 127.0.0.1")
    q.add_argument("--out", help="folder for the files (default: county/tls in the data folder)")
    q.add_argument("--force", action="store_true", help="replace existing files")
    q.set_defaults(func=cmd_county)
    q = action("add-station", "register a station; prints its one-time enrolment code last")
    q.add_argument("code")
    q.add_argument("--name", required=True)
    q.add_argument("--county")
    q.add_argument("--township", help="the township (乡镇) the console groups stations by")
    q.add_argument("--village", help="the village (村) of the station")
    q = action("revoke-station", "revoke every token of a station")
    q.add_argument("code")
    q = action(
        "add-user",
        "add or reset a county login (password from SERVICEPOINT_COUNTY_PASSWORD or a prompt)",
    )
    q.add_argument("name")
    q.add_argument(
        "--role",
        choices=("admin", "viewer"),
        default="admin",
        help="admin (管理员): may change county data and stations; "
        "viewer (查看): may only read reports",
    )
    q = action("import", "import a station's USB export file")
    q.add_argument("file")
    q = action("catalog-import", "import the county catalogue from CSV")
    q.add_argument("file")
    action("compact", "drop superseded entries of the county change log")
