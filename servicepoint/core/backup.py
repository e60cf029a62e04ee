"""Backups of the station file, their rotation, and restoring one (issue 4; SYNC.md "SQLite").

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
- **Restore loses nothing.**  The backup is copied next to the station file and checked there
  (the very bytes that will be used), the current file is moved to ``replaced/`` rather than
  overwritten, and the restored station starts a new sync epoch so the county never mistakes
  the re-used change numbers of the restored outbox for ones it already has.
"""

from __future__ import annotations

import builtins
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import backup_space, numbering
from .db import open_plain as _open_plain
from .epoch import start_new_epoch
from .errors import DatabaseBusy, IntegrityProblem, InvalidInput, InvalidState, NotFound
from .ids import Clock
from .migrations import migrations

if TYPE_CHECKING:
    from .station import Station

#: Kinds of backup.  Only ``daily`` ones are ever deleted by rotation.
KINDS = ("daily", "manual", "before_restore")
KEEP_DAYS = 14
KEEP_MONTHS = 12
BACKUP_FOLDER = "backups"
REPLACED_FOLDER = "replaced"
#: Written as the operator of the restore's audit entry when the caller names nobody (the
#: station is closed during a restore, so nobody can be signed in to it).
SYSTEM_OPERATOR = "system"
#: A temporary file older than this (real time) is left over from a backup a power cut
#: interrupted; a backup in progress is far younger.
STALE_TEMP_SECONDS = 3600

_NAME = re.compile(
    r"^servicepoint-(?P<code>[A-Z0-9]{2,12})-(?P<stamp>\d{8}-\d{6})"
    r"-(?P<kind>[a-z_]+)(?:-(?P<n>\d+))?\.db(?:\.gz)?$"
)
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created_at: str  # ISO 8601, China time, to the second (from the file name)
    size_bytes: int

    @property
    def day(self) -> date:
        return datetime.fromisoformat(self.created_at).date()


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None  # None only when there was no station file to replace (a new PC)
    restored_from: Path
    epoch: int
    code: str


# -- small file helpers ----------------------------------------------------------------------


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:  # Windows can only flush a handle opened for writing
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and flushes renames itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_db_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        _with_suffix(path, suffix).unlink(missing_ok=True)


def _unique(folder: Path, stem: str, suffix: str = ".db") -> Path:
    """``stem.db``, or ``stem-2.db``… when two land in the same second (a manual clock, a
    double click): never overwrite an earlier file."""
    candidate, n = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def _integrity(conn: sqlite3.Connection) -> builtins.list[str]:
    """``["ok"]`` or the problems; damage bad enough to stop the check is a problem too."""
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


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
        problems = _integrity(conn)
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
            final = target or _unique(
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
                    _fsync_file(temp)
                    os.replace(temp, final)
                _fsync_dir(folder)
            finally:
                _remove_db_files(temp)
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


# -- restore --------------------------------------------------------------------------------------


def restore(
    location: Path | str,
    backup_file: Path | str,
    *,
    clock: Clock | None = None,
    allow_other_station: bool = False,
    operator_id: str | None = None,
) -> RestoreResult:
    """Put a backup in place of the station file.  The caller closes the station first.

    Refusals (missing, unreadable, not SQLite, damaged, not a station, another station's or a
    training/real mix-up, made by a newer version) leave the station file as it was.  Once the
    current file has been moved to ``replaced/``, any failure puts it back.  ``operator_id`` is
    the manager who approved the restore, for the audit entry.
    """
    from .station import Station, database_path, open_marker

    path = database_path(location)
    source = Path(backup_file)
    clock = clock or Clock()
    if not source.is_file():
        raise NotFound("backup_file_missing", path=str(source))
    if path.exists() and os.path.samefile(source, path):
        raise InvalidInput("restore_same_file", path=str(source))
    _check_header(source)
    current = _read_identity(path)
    # Numbers the current file issued after the backup was made: carried over so they are
    # never issued again (core/numbering.py).  Unreadable → numbering closes after the restore.
    carried = _read_counters(path) if current is not None else None
    stamp = f"{clock.now():%Y%m%d-%H%M%S}"
    new_folder = not path.parent.exists()  # a new PC: restoring is how its station arrives
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".restore-{stamp}.tmp"
    done = False
    try:
        found = _prepare_copy(source, temp)
        if current is not None:
            if current["code"] != found["code"] and not allow_other_station:
                raise InvalidInput(
                    "backup_other_station", backup_code=found["code"], code=current["code"]
                )
            if bool(current["training"]) != bool(found["training"]):
                raise InvalidInput("backup_training_mismatch", path=str(source))
        had_marker = open_marker(path).exists()
        kept, moved = _move_aside(path, stamp)
        try:
            os.replace(temp, path)
            _fsync_dir(path.parent)
            with Station.open(path, clock=clock) as station:
                with station.records.atomic() as db:
                    # The restored file is at the backup's epoch; the replaced one may have
                    # gone further.  The rule itself lives in core/epoch.py (sync uses it too).
                    epoch = start_new_epoch(station, *([current["epoch"]] if current else []))
                    db.execute("UPDATE sync_state SET pull_cursor = NULL WHERE id = 1")
                    same_station = current is not None and current["code"] == found["code"]
                    carry = False
                    if carried is not None and same_station and carried[2]:
                        numbering.raise_counters(station, carried[0], carried[1])
                        carry = True
                    else:
                        numbering.close(station)
                    station.audit.log(
                        "station_restored",
                        "station",
                        station.code,
                        detail={
                            "backup": source.name,
                            "backup_code": found["code"],
                            "kept_aside": kept.name if kept else None,
                            "epoch": epoch,
                            "previous_epoch": current["epoch"] if current else None,
                            "numbers": "carried_over" if carry else "closed",
                        },
                        operator_id=operator_id or SYSTEM_OPERATOR,
                    )
                code = station.code
        except BaseException:
            _remove_db_files(path)
            for original, aside in reversed(moved):
                os.replace(aside, original)
            if had_marker:
                open_marker(path).touch()
            raise
        done = True
    finally:
        _remove_db_files(temp)
        if new_folder and not done and not any(path.parent.iterdir()):
            path.parent.rmdir()
    return RestoreResult(kept_aside=kept, restored_from=source, epoch=epoch, code=code)


def _check_header(source: Path) -> None:
    try:
        header = backup_space.head(source, len(_SQLITE_HEADER))
    except (OSError, EOFError) as exc:
        raise InvalidInput(
            "backup_unreadable",
            path=str(source),
            detail=str(getattr(exc, "strerror", None) or exc)[:120],
        ) from exc
    if header != _SQLITE_HEADER:
        raise InvalidInput("backup_not_sqlite", path=str(source))


def _read_identity(path: Path) -> dict[str, Any] | None:
    """Code, training flag and epoch of the current file; None if there is none or it cannot
    be read (a damaged file is the usual reason to restore, so it must not block one)."""
    if not path.exists():
        return None
    try:
        conn = _open_plain(path)
        try:
            row = conn.execute("SELECT code, training, epoch FROM station WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else {"code": row[0], "training": row[1], "epoch": row[2]}


def _read_counters(path: Path) -> tuple[dict[str, int], dict[str, int], bool] | None:
    """The number counters of the file being replaced, or None if it cannot be read."""
    try:
        conn = _open_plain(path)
        try:
            return numbering.counters_of(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _prepare_copy(source: Path, temp: Path) -> dict[str, Any]:
    """Copy the backup beside the station file and check that copy: the bytes checked are
    the bytes restored, and a backup on a write-protected stick is never written to."""
    try:
        if backup_space.is_compressed(source):
            backup_space.decompress(source, temp)
        else:
            shutil.copyfile(source, temp)
            if _with_suffix(source, "-wal").exists():  # a file kept aside, no checkpoint
                shutil.copyfile(_with_suffix(source, "-wal"), _with_suffix(temp, "-wal"))
    except (OSError, EOFError) as exc:
        raise InvalidInput(
            "backup_unreadable",
            path=str(source),
            detail=str(getattr(exc, "strerror", None) or exc)[:120],
        ) from exc
    conn = _open_plain(temp)
    try:
        problems = _integrity(conn)
        if problems != ["ok"]:
            raise IntegrityProblem(
                "backup_damaged", path=str(source), detail="; ".join(problems[:3])[:200]
            )
        try:
            row = conn.execute("SELECT code, training, epoch FROM station WHERE id = 1").fetchone()
            applied = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                    (migrations.name,),
                )
            }
        except sqlite3.Error:
            row = None
        if row is None:
            raise InvalidInput("backup_not_a_station", path=str(source))
        known = {m.name for m in migrations.pending(_empty())}
        if applied - known:
            raise InvalidInput("backup_newer_version", path=str(source))
        conn.execute("PRAGMA journal_mode=DELETE")  # fold any -wal in: one file to move
    finally:
        conn.close()
    _fsync_file(temp)
    return {"code": row[0], "training": row[1], "epoch": int(row[2])}


def _empty() -> Any:
    """An empty database, against which every known migration is pending."""
    from sqlite_utils import Database

    return Database(memory=True, execute_plugins=False)


def _move_aside(path: Path, stamp: str) -> tuple[Path | None, builtins.list[tuple[Path, Path]]]:
    """Move the current station file (and any -wal/-shm) to ``replaced/``; nothing is lost.

    A checkpoint first folds the WAL into the file so the kept copy is one file; if that
    cannot be done (a damaged file) the side files move with it and SQLite still finds them.
    Raises ``station_in_use`` before moving anything if another program has the file open.
    """
    if not path.exists():
        return None, []
    try:
        conn = _open_plain(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    else:
        # The last connection to close removes -wal and -shm; if they outlive ours, a program
        # still has the station open and would go on writing into the file moved aside.
        if any(_with_suffix(path, s).exists() for s in ("-wal", "-shm")):
            raise InvalidState("station_in_use", path=str(path))
    folder = path.parent / REPLACED_FOLDER
    folder.mkdir(exist_ok=True)
    kept = _unique(folder, f"station-{stamp}")
    moved: builtins.list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):
            original = _with_suffix(path, suffix)
            if original.exists():
                aside = _with_suffix(kept, suffix)
                os.replace(original, aside)
                moved.append((original, aside))
        _fsync_dir(folder)
    except OSError as exc:  # Windows refuses to move a file another program holds open
        for original, aside in reversed(moved):
            os.replace(aside, original)
        raise InvalidState("station_in_use", path=str(path)) from exc
    return kept, moved
