"""What ``servicepoint diagnose`` reads from a station, and how it keeps personal data out.

Everything here only reads.  :func:`open_read_only` opens a station the normal way (as a
secondary connection, so the window's open-marker is left alone) and then sets
``PRAGMA query_only``, so SQLite itself refuses any write for the life of that connection.
Opening normally applies pending migrations, which would write: :func:`pending_migrations`
asks first on a plain connection, and the caller does not open a station that has any.

The technician's bundle must hold no farmer's name, phone, ID or poverty-card number, no
station secret and no sync token.  The parts are built from columns that hold none of them
(identity without the secret, settings, schema, file sizes), and every text goes through a
:class:`Redactor` that knows each of those values at this station, plus patterns for mobile
and ID numbers it might not know (a log line written before a farmer's phone was changed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import db as dbmod
from .backup import BACKUP_FOLDER, REPLACED_FOLDER
from .migrations import migrations
from .station import SETTINGS, Station, database_path, open_marker

REMOVED = "[已删除 removed]"

#: Runs of the characters phone, ID, poverty-card numbers, the secret and tokens are made of.
_CODE_RUN = re.compile(r"[A-Za-z0-9\-_/]+")
_CODE_PART = re.compile(r"[A-Za-z0-9]+")
#: Runs of the characters a Chinese name is written in (with the middle dot of minority names).
_NAME_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u00b7\u30fb]+")
#: Numbers that look like a mainland mobile or a resident ID, known to this station or not.
_PATTERNS = (
    re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"),
    re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"),
)
#: A long run split at ``-``, ``_`` or ``/`` is checked part by part beyond this many parts.
_MAX_PARTS = 40


class Redactor:
    """Replaces known personal values, and anything shaped like a phone or ID, by REMOVED.

    Values are found by set look-ups over the runs of text they can be written in, not one
    ``str.replace`` per value: a station of 20,000 farmers has 80,000 values and a technician
    should not wait minutes.  A one-character name is not matched (it would erase that
    character from every word); such a name reaches the bundle only in a ``check`` line.
    """

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._codes: set[str] = set()
        self._names: set[str] = set()
        self._name_lengths: set[int] = set()
        self._other: set[str] = set()
        self.add(values)

    def add(self, values: Iterable[str]) -> None:
        for value in values:
            value = value.strip()
            if _CODE_RUN.fullmatch(value):
                if len(value) >= 4:
                    self._codes.add(value)
            elif _NAME_RUN.fullmatch(value):
                if len(value) >= 2:
                    self._names.add(value)
                    self._name_lengths.add(len(value))
            elif len(value) >= 2:
                self._other.add(value)

    def __call__(self, text: str, *, patterns: bool = True) -> str:
        """``text`` without the known values; with ``patterns``, without phone- or ID-shaped
        numbers either (free text: logs, check results; not sizes, which can be long)."""
        if self._codes:
            text = _CODE_RUN.sub(self._code_run, text)
        if self._names:
            text = _NAME_RUN.sub(self._name_run, text)
        for value in sorted(self._other, key=len, reverse=True):
            text = text.replace(value, REMOVED)
        if patterns:
            for pattern in _PATTERNS:
                text = pattern.sub(REMOVED, text)
        return text

    def _code_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        if run in self._codes:
            return REMOVED
        parts = list(_CODE_PART.finditer(run))
        if len(parts) < 2:
            return run
        if len(parts) > _MAX_PARTS:
            spans = [(p.start(), p.end()) for p in parts]
        else:  # every stretch of whole parts: "x-13800001234", "PK/2026-001" inside a path
            spans = [(a.start(), b.end()) for i, a in enumerate(parts) for b in parts[i:]]
        hits = sorted(
            (s for s in spans if run[s[0] : s[1]] in self._codes), key=lambda s: (s[0], -s[1])
        )
        out, at = [], 0
        for start, end in hits:
            if start >= at:
                out += [run[at:start], REMOVED]
                at = end
        return "".join(out) + run[at:]

    def _name_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        out, i = [], 0
        lengths = sorted(self._name_lengths, reverse=True)
        while i < len(run):
            found = next((n for n in lengths if run[i : i + n] in self._names), 0)
            if found:
                out.append(REMOVED)
                i += found
            else:
                out.append(run[i])
                i += 1
        return "".join(out)


def private_values(station: Station) -> list[str]:
    """Every value the bundle must not hold: each farmer's name, phone, ID and poverty-card
    number, the station secret and the sync token."""
    values = [station.records.scalar("SELECT secret FROM station WHERE id = 1") or ""]
    values.append(station.records.scalar("SELECT token FROM sync_state WHERE id = 1") or "")
    for row in station.db.execute("SELECT name, phone, id_number, poverty_card_no FROM farmers"):
        values += [str(v) for v in row if v]
    return [v for v in values if v]


def pending_migrations(location: Path | str) -> list[str]:
    """Schema steps this version would apply on opening, read on a plain connection (which
    writes nothing)."""
    conn = dbmod.open_plain(database_path(location))
    try:
        return [m.name for m in migrations.pending(Database(conn, execute_plugins=False))]
    finally:
        conn.close()


def open_read_only(location: Path | str) -> Station:
    """The station, opened as a secondary connection on which SQLite refuses every write."""
    station = Station.open(location, secondary=True)
    station.db.execute("PRAGMA query_only = ON")
    return station


def identity(station: Station) -> dict[str, Any]:
    """Who the station is (the secret is not part of it)."""
    ident = station.identity
    return {
        "code": ident.code,
        "name": ident.name,
        "village": ident.village,
        "township": ident.township,
        "county": ident.county,
        "training": ident.training,
        "device_id": ident.device_id,
        "epoch": ident.epoch,
        "created_at": ident.created_at,
    }


def settings(station: Station) -> dict[str, Any]:
    """Every setting the core knows, with ``null`` where the default applies."""
    return {key: station.setting(key) for key in SETTINGS}


def schema(station: Station) -> dict[str, Any]:
    """Applied schema steps, and the size of every table in rows and of the file in pages."""
    db = station.db
    applied = [{"name": m.name, "applied_at": m.applied_at} for m in migrations.applied(db)]
    pending = [m.name for m in migrations.pending(db)]
    tables = [
        r[0]
        for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    pragmas = {
        p: db.execute(f"PRAGMA {p}").fetchone()[0]
        for p in ("user_version", "journal_mode", "page_size", "page_count", "freelist_count")
    }
    return {
        "migrations_applied": applied,
        "migrations_pending": pending,
        "pragmas": pragmas,
        "rows": {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables},
    }


def _file(path: Path) -> dict[str, Any]:
    stat = path.stat()
    return {"name": path.name, "bytes": stat.st_size, "modified": int(stat.st_mtime)}


def _folder(path: Path) -> dict[str, Any]:
    files = (
        sorted((p for p in path.iterdir() if p.is_file()), key=lambda p: p.name)
        if path.is_dir()
        else []
    )
    listed = [_file(p) for p in files]
    return {
        "exists": path.is_dir(),
        "files": listed,
        "total_bytes": sum(f["bytes"] for f in listed),
    }


def file_sizes(folder: Path) -> dict[str, Any]:
    """The database and its companions, the backups and the files a restore put aside."""
    db = database_path(folder)
    companions = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    return {
        "database": [_file(p) for p in companions if p.is_file()],
        "open_marker": open_marker(db).exists(),  # left behind: the last stop was unclean
        "backups": _folder(folder / BACKUP_FOLDER),
        "replaced": _folder(folder / REPLACED_FOLDER),
    }
