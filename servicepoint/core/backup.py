"""Backups of the station file and their rotation (issue 4; SYNC.md "SQLite").

Why it works this way:

- **Never copy the live file.**  A plain file copy of a WAL database taken while the station
  runs can miss committed pages that still sit in ``station.db-wal``, or catch a page half
  written.  The SQLite backup API (``Connection.backup``) reads one consistent snapshot through
  SQLite itself; in WAL mode other connections keep writing meanwhile and their uncommitted
  work is simply not in the copy.
- **Check before copying.**  ``PRAGMA integrity_check`` runs on the live database first: a
  damaged copy is no backup, and copying damage over and over would rotate the last good
  backups away.
- **A backup is one self-contained file** (journal mode DELETE, no ``-wal`` beside it), written
  under a temporary name, fsynced, then renamed: a power cut leaves either no backup or a
  whole one, never a half file with a real backup's name.
- **Names carry the facts** (``servicepoint-<CODE>-<YYYYMMDD-HHMMSS>-<kind>.db.gz``, China time
  from the station clock), so :meth:`Backups.list` reads the folder, not a table that a copied
  or deleted file would make wrong.  The ``backups`` table is the history of backups made,
  including those written to a USB stick; rotation leaves it alone.

Restoring one is in ``restore.py``; ``restore`` and ``RestoreResult`` are re-exported here for
the callers that import them from this module.
"""

from __future__ import annotations

import builtins
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import backup_space
from .backup_files import fsync_dir, fsync_file, integrity, remove_db_files, unique_path
from .db import open_plain as _open_plain
from .errors import DatabaseBusy, IntegrityProblem, InvalidInput, InvalidState
from .restore import REPLACED_FOLDER as REPLACED_FOLDER
from .restore import SYSTEM_OPERATOR as SYSTEM_OPERATOR
from .restore import RestoreResult as RestoreResult
from .restore import restore as restore

if TYPE_CHECKING:
    from .station import Station

#: Kinds of backup.  Only ``daily`` ones are ever deleted by rotation.
KINDS = ("daily", "manual", "before_restore")
KEEP_DAYS = 14
KEEP_MONTHS = 12
BACKUP_FOLDER = "backups"
#: A temporary file older than this (real time) is left over from a backup a power cut
#: interrupted; a backup in progress is far younger.
STALE_TEMP_SECONDS = 3600

_NAME = re.compile(
    r"^servicepoint-(?P<code>[A-Z0-9]{2,12})-(?P<stamp>\d{8}-\d{6})"
    r"-(?P<kind>[a-z_]+)(?:-(?P<n>\d+))?\.db(?:\.gz)?$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created_at: str  # ISO 8601, China time, to the second (from the file name)
    size_bytes: int

    @property
    def day(self) -> date:
        return datetime.fromisoformat(self.created_at).date()


def _scan(folder: Path, code: str) -> builtins.list[tuple[str, int, int, BackupInfo]]:
    """This station's backups in ``folder`` with their sort key, from the names alone."""
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["code"] != code or not path.is_file():
            continue
        when = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        created = when.isoformat(timespec="seconds") + "+08:00"
        info = BackupInfo(path, match["kind"], created, path.stat().st_size)
        # Two made in the same second (a manual and a daily): the later file sorts newer.
        found.append((created, int(match["n"] or 1), path.stat().st_mtime_ns, info))
    return found


# -- backups of an open station ----------------------------------------------------------------


class Backups:
    """Backups of one open station, kept in ``backups/`` beside ``station.db``."""

    def __init__(self, station: Station) -> None:
        self._s = station

    def folder(self) -> Path:
        folder = self._s.path.parent / BACKUP_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def backup(self, kind: str = "manual", dest: Path | None = None) -> BackupInfo:
        """Check the station, copy it with the backup API, and rotate the station's folder.

        ``dest`` is a folder (a USB stick) or a file name ending in ``.db``; by default the
        station's own folder.  Rotation runs after every backup into the station's folder,
        whatever its kind: it only ever deletes daily backups, and running it each time keeps
        the folder within the policy even when daily backups were missed for a while.
        """
        if kind not in KINDS:
            raise InvalidInput("backup_kind_unknown", kind=str(kind)[:20])
        conn = self._s.db.conn
        if conn.in_transaction:  # the copy would hold this connection's uncommitted work
            raise InvalidState("backup_in_transaction")
        problems = integrity(conn)
        if problems != ["ok"]:
            raise IntegrityProblem("backup_source_damaged", detail="; ".join(problems[:3])[:200])
        now = self._s.clock.now()
        if dest is None:
            folder = self.folder()
            target = None
        elif Path(dest).suffix.lower() == ".db" and not Path(dest).is_dir():
            target = Path(dest)
            folder = target.parent
            if target.exists():
                raise InvalidInput("backup_target_exists", path=str(target))
        else:
            folder, target = Path(dest), None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._remove_stale_temps(folder)
            # Into a folder: compressed (backup_space.py); to a named .db file: as named.
            final = target or unique_path(
                folder, f"servicepoint-{self._s.code}-{now:%Y%m%d-%H%M%S}-{kind}", ".db.gz"
            )
            temp = folder / f".{final.name}.tmp"
            packed = folder / f".{final.name}.part.tmp"
            try:
                copy = _open_plain(temp)
                try:
                    conn.backup(copy)
                    copy.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal
                finally:
                    copy.close()
                if target is None:
                    backup_space.compress(temp, packed)
                    os.replace(packed, final)
                else:
                    fsync_file(temp)
                    os.replace(temp, final)
                fsync_dir(folder)
            finally:
                remove_db_files(temp)
                packed.unlink(missing_ok=True)
            size = final.stat().st_size
        except (OSError, sqlite3.Error) as exc:
            raise InvalidInput(
                "backup_write_failed", path=str(folder), detail=str(exc)[:120]
            ) from exc
        created = now.isoformat(timespec="seconds")
        own = folder.resolve() == (self._s.path.parent / BACKUP_FOLDER).resolve()
        try:
            with self._s.records.atomic() as db:
                self._s.records.wrote("backups")
                db.execute(
                    "INSERT INTO backups (path, kind, created_at, size_bytes) VALUES (?, ?, ?, ?)",
                    (str(final), kind, created, size),
                )
        except DatabaseBusy:
            # Another program held the write lock past the busy timeout.  The file is the
            # backup and list() reads files; only this line of history is missing.
            pass
        if own:
            self.rotate()
        return BackupInfo(final, kind, created, size)

    def _remove_stale_temps(self, folder: Path) -> None:
        """A power cut during a backup leaves a temporary copy as big as the station."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for path in folder.glob(f".servicepoint-{self._s.code}-*.tmp*"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
            except OSError:
                continue

    def ensure_daily(self) -> BackupInfo | None:
        """The daily backup, unless one was made today (China date on the station clock)."""
        today = self._s.clock.now().date()
        if any(b.kind == "daily" and b.day == today for b in self.list()):
            return None
        return self.backup("daily")

    def list(self) -> builtins.list[BackupInfo]:
        """This station's backups in its folder, newest first."""
        found = _scan(self.folder(), self._s.code)
        found.sort(key=lambda item: (item[0], item[1], item[2]), reverse=True)
        return [item[3] for item in found]

    def rotate(self) -> builtins.list[Path]:
        """Keep the newest daily backup of each of the last 14 days that have one and of each
        of the last 12 months that have one; delete the other daily backups.

        "Days that have one" rather than calendar days: a station that was off for a month
        still keeps two weeks of backups.  Manual and before-restore backups are the
        operator's and are never deleted.  A file that cannot be deleted now (held open by an
        antivirus scan or a copy) is left for the next rotation.
        """
        dailies = [b for b in self.list() if b.kind == "daily"]  # newest first
        keep: set[Path] = set()
        days: set[date] = set()
        months: set[tuple[int, int]] = set()
        for info in dailies:
            day = info.day
            if day not in days:
                days.add(day)
                if len(days) <= KEEP_DAYS:
                    keep.add(info.path)
            month = (day.year, day.month)
            if month not in months:
                months.add(month)
                if len(months) <= KEEP_MONTHS:
                    keep.add(info.path)
        doomed = [info for info in dailies if info.path not in keep]
        # Then the disk budget: the oldest monthly backups go first (backup_space.py).
        kept = [b for b in self.list() if b.path not in {d.path for d in doomed}]
        doomed += backup_space.over_budget(kept, self.budget())
        deleted = []
        for info in doomed:
            try:
                info.path.unlink()
            except OSError:
                continue
            deleted.append(info.path)
        return deleted

    def budget(self) -> int:
        return backup_space.budget(self.folder(), self._s.setting("backup_budget_bytes"))

    def space(self) -> backup_space.Space:
        """Disk use of the backups folder against its budget, for the backups panel."""
        return backup_space.space(
            self.folder(), self.list(), self._s.setting("backup_budget_bytes")
        )

    def last_backup(self) -> BackupInfo | None:
        found = self.list()
        return found[0] if found else None
