"""``servicepoint diagnose [--output FILE.zip]``: one file a technician takes away.

The zip holds the log files of the data folder, the versions of everything the app runs on,
and for the real station and the training one (whichever exist): identity (no secret),
settings, ``sync status``, ``check``, the schema steps and row counts, and the sizes of the
database and its backups.  It holds no personal data: no farmer's name, phone, ID or
poverty-card number, no station secret, no token (``core/diagnose.py`` says how).

Read only: each station is opened as a secondary connection with ``PRAGMA query_only`` and is
not opened at all when this version would first migrate its schema.  The only file written
is the zip (and the command's own line in ``logs/cli.log``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core import paths
from ..core.station import database_path
from .common import SubParsers, data_dir, lang, pick, say
from .sync import status_rows

if TYPE_CHECKING:  # imported when the command runs: other commands start without it
    from ..core.diagnose import Redactor

log = logging.getLogger(__name__)

#: Libraries whose versions a technician asks for: (distribution, module).
LIBRARIES = (
    ("reportlab", "reportlab"),
    ("sqlite-utils", "sqlite_utils"),
    ("platformdirs", "platformdirs"),
    ("pypinyin", "pypinyin"),
    ("requests", "requests"),
    ("pyserial", "serial"),
)


@dataclass
class Part:
    """One member of the zip.  ``free``: free text (logs, check lines) that also loses
    anything shaped like a phone or ID number; structured parts lose the known values only
    (a file size can be eleven digits)."""

    text: str
    free: bool = False


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _version(dist: str, module: str) -> str:
    from importlib import import_module, metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:  # a frozen bundle may carry no metadata
        pass
    try:
        found = import_module(module)
    except ImportError:
        return "not installed"
    return str(getattr(found, "__version__", None) or getattr(found, "Version", "?"))


def versions() -> dict[str, str]:
    """Versions of the app, Python, the system, SQLite, Qt and the libraries.  Qt's core is
    imported without an application object, so no display is needed."""
    found = {
        "servicepoint": __version__,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "frozen": "yes" if getattr(sys, "frozen", False) else "no",
        "platform": platform.platform(),
        "machine": platform.machine(),
        "sqlite": sqlite3.sqlite_version,
    }
    for dist, module in LIBRARIES:
        found[dist] = _version(dist, module)
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        found["PySide6"], found["Qt"] = PySide6.__version__, qVersion()
    except ImportError:
        found["PySide6"] = found["Qt"] = "not installed"
    return found


def _attempt(parts: dict[str, Part], name: str, make: Callable[[], Part]) -> None:
    """One part; a failure becomes a part of its own, since a broken station is exactly
    when the technician needs the rest."""
    try:
        parts[name] = make()
    except Exception as error:
        log.warning("diagnose: %s failed: %s", name, type(error).__name__)
        parts[name + ".error.txt"] = Part(f"{type(error).__name__}: {error}\n", free=True)


def _station_parts(args: argparse.Namespace, folder: Path, redact: Redactor) -> dict[str, Part]:
    from ..core.diagnose import (
        file_sizes,
        identity,
        open_read_only,
        pending_migrations,
        private_values,
        schema,
        settings,
    )

    parts: dict[str, Part] = {}
    _attempt(parts, "files.json", lambda: Part(_json(file_sizes(folder))))
    try:
        pending = pending_migrations(folder)
    except sqlite3.Error as error:
        parts["error.txt"] = Part(f"{type(error).__name__}: {error}\n", free=True)
        return parts
    if pending:
        parts["error.txt"] = Part(
            pick(
                args,
                f"数据库还没有升级到这个版本（待升级：{', '.join(pending)}）。"
                f"诊断只读，所以没有打开它；打开一次服务站程序就会升级。\n",
                f"The database has not been upgraded to this version yet (pending: "
                f"{', '.join(pending)}). Diagnose only reads, so it was not opened; starting the "
                f"app once upgrades it.\n",
            ),
            free=True,
        )
        return parts
    try:
        station = open_read_only(folder)
    except Exception as error:
        parts["error.txt"] = Part(f"{type(error).__name__}: {error}\n", free=True)
        return parts
    with station:
        redact.add(private_values(station))
        _attempt(parts, "identity.json", lambda: Part(_json(identity(station))))
        _attempt(parts, "settings.json", lambda: Part(_json(settings(station))))
        _attempt(parts, "schema.json", lambda: Part(_json(schema(station))))

        def sync_status() -> Part:
            rows, code = status_rows(station, lang(args), with_values=False)
            lines = [f"{label}: {value}" for label, value in rows]
            return Part(
                "\n".join([*lines, f"(servicepoint sync status: exit {code})"]) + "\n", free=True
            )

        def check() -> Part:
            problems = station.check()
            return Part(_json({"ok": not problems, "problems": problems}), free=True)

        _attempt(parts, "sync_status.txt", sync_status)
        _attempt(parts, "check.json", check)
    return parts


def _log_parts(folder: Path) -> dict[str, Part]:
    if not folder.is_dir():
        return {}
    return {
        f"logs/{p.name}": Part(p.read_bytes().decode("utf-8", errors="replace"), free=True)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _readme(args: argparse.Namespace, base: Path, found: list[str], now: datetime) -> str:
    from ..core.diagnose import REMOVED

    if found:
        where = pick(args, "服务站：" + "、".join(found), "Stations: " + ", ".join(found))
    else:
        where = pick(
            args,
            "这个数据文件夹里还没有服务站（没有 station/ 也没有 training/）。",
            "There is no station in this data folder yet (neither station/ nor training/).",
        )
    return (
        "\n".join(
            [
                pick(args, "servicepoint 诊断包", "servicepoint diagnostics"),
                pick(
                    args,
                    f"生成时间：{now.isoformat(timespec='seconds')}",
                    f"Made: {now.isoformat(timespec='seconds')}",
                ),
                pick(args, f"数据文件夹：{base}", f"Data folder: {base}"),
                where,
                pick(
                    args,
                    "内容：versions.json（版本），logs/（日志），每个服务站的 identity.json（站点，"
                    "不含密钥）、settings.json（设置）、sync_status.txt（同步状态）、"
                    "check.json（检查结果）、schema.json（数据库结构和行数）、files.json"
                    "（数据库和备份的大小）。",
                    "Contents: versions.json, logs/, and for each station identity.json (without "
                    "the secret), settings.json, sync_status.txt, check.json, schema.json (schema "
                    "steps and row counts), files.json (sizes of the database and backups).",
                ),
                pick(
                    args,
                    f"不含个人信息：农户姓名、电话、身份证号、贫困户卡号、站点密钥和同步凭证都已"
                    f"换成 {REMOVED}。",
                    f"No personal data: farmers' names, phones, ID and poverty-card numbers, the "
                    f"station secret and the sync token are replaced by {REMOVED}.",
                ),
            ]
        )
        + "\n"
    )


def cmd_diagnose(args: argparse.Namespace) -> int:
    from ..core.diagnose import Redactor

    base = data_dir(args)
    now = datetime.now().astimezone()
    output = (
        Path(args.output)
        if args.output
        else Path(f"servicepoint-diagnose-{now.strftime('%Y%m%d-%H%M%S')}.zip")
    )
    redact = Redactor()
    parts: dict[str, Part] = {}
    found = []
    for kind in ("station", "training"):
        folder = paths.station_dir(base, training=kind == "training")
        if database_path(folder).exists():
            found.append(kind)
            parts.update(
                {
                    f"{kind}/{name}": part
                    for name, part in _station_parts(args, folder, redact).items()
                }
            )
    parts["versions.json"] = Part(_json(versions()))
    parts.update(_log_parts(paths.log_dir(base)))
    parts["README.txt"] = Part(_readme(args, base, found, now), free=True)
    try:
        _write_zip(output, {name: redact(p.text, patterns=p.free) for name, p in parts.items()})
    except OSError as error:
        say(args, f"写不了诊断包 {output}：{error}", f"Cannot write {output}: {error}")
        return 2
    log.info("diagnose: %d files, stations: %s", len(parts), ", ".join(found) or "none")
    if not found:
        say(
            args,
            f"这个数据文件夹里还没有服务站：{base}",
            f"There is no station in this data folder yet: {base}",
        )
    say(
        args,
        f"已写好诊断包 {output}（{len(parts)} 个文件），不含农户的姓名、电话、身份证号"
        f"和贫困户卡号。",
        f"Wrote {output} ({len(parts)} files), without farmers' names, phones, ID or "
        f"poverty-card numbers.",
    )
    return 0


def _write_zip(output: Path, members: dict[str, str]) -> None:
    """Written beside the target and renamed, so a full disk leaves no half a zip."""
    partial = output.with_name(output.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(members):
                archive.writestr(name, members[name].encode("utf-8"))
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "diagnose",
        parents=[common],
        help="write a zip for a technician: logs, versions, sync status, "
        "check, settings; no personal data",
    )
    p.add_argument(
        "--output", help="the zip file to write (default: servicepoint-diagnose-DATE-TIME.zip here)"
    )
    p.set_defaults(func=cmd_diagnose)
