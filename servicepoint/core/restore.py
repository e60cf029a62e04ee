"""Restoring a backup in place of the station file (issue 4; SYNC.md "SQLite").

Split out of ``backup.py`` (which makes backups of an open station) because a restore works on
a closed station and has its own checks; ``backup.restore`` and ``backup.RestoreResult`` still
import from there.

- **Restore loses nothing.**  The backup is copied next to the station file and checked there
  (the very bytes that will be used), the current file is moved to ``replaced/`` rather than
  overwritten, and the restored station starts a new sync epoch so the county never mistakes
  the re-used change numbers of the restored outbox for ones it already has.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import backup_space, numbering
from .backup_files import (
    SIDE_FILES,
    fsync_dir,
    fsync_file,
    integrity,
    remove_db_files,
    suffixed,
    unique_path,
)
from .db import open_plain as _open_plain
from .epoch import start_new_epoch
from .errors import IntegrityProblem, InvalidInput, InvalidState, NotFound
from .ids import Clock
from .migrations import migrations

REPLACED_FOLDER = "replaced"
#: Written as the operator of the restore's audit entry when the caller names nobody (the
#: station is closed during a restore, so nobody can be signed in to it).
SYSTEM_OPERATOR = "system"
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RestoreResult:
    kept_aside: Path | None  # None only when there was no station file to replace (a new PC)
    restored_from: Path
    epoch: int
    code: str


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
            fsync_dir(path.parent)
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
            remove_db_files(path)
            for original, aside in reversed(moved):
                os.replace(aside, original)
            if had_marker:
                open_marker(path).touch()
            raise
        done = True
    finally:
        remove_db_files(temp)
        if new_folder and not done and not any(path.parent.iterdir()):
            path.parent.rmdir()
    return RestoreResult(kept_aside=kept, restored_from=source, epoch=epoch, code=code)


def _unreadable(source: Path, exc: BaseException) -> InvalidInput:
    return InvalidInput(
        "backup_unreadable",
        path=str(source),
        detail=str(getattr(exc, "strerror", None) or exc)[:120],
    )


def _check_header(source: Path) -> None:
    try:
        header = backup_space.head(source, len(_SQLITE_HEADER))
    except (OSError, EOFError) as exc:
        raise _unreadable(source, exc) from exc
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
            if suffixed(source, "-wal").exists():  # a file kept aside, no checkpoint
                shutil.copyfile(suffixed(source, "-wal"), suffixed(temp, "-wal"))
    except (OSError, EOFError) as exc:
        raise _unreadable(source, exc) from exc
    conn = _open_plain(temp)
    try:
        problems = integrity(conn)
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
    fsync_file(temp)
    return {"code": row[0], "training": row[1], "epoch": int(row[2])}


def _empty() -> Any:
    """An empty database, against which every known migration is pending."""
    from sqlite_utils import Database

    return Database(memory=True, execute_plugins=False)


def _move_aside(path: Path, stamp: str) -> tuple[Path | None, list[tuple[Path, Path]]]:
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
        if any(suffixed(path, s).exists() for s in ("-wal", "-shm")):
            raise InvalidState("station_in_use", path=str(path))
    folder = path.parent / REPLACED_FOLDER
    folder.mkdir(exist_ok=True)
    kept = unique_path(folder, f"station-{stamp}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *SIDE_FILES):
            original = suffixed(path, suffix)
            if original.exists():
                aside = suffixed(kept, suffix)
                os.replace(original, aside)
                moved.append((original, aside))
        fsync_dir(folder)
    except OSError as exc:  # Windows refuses to move a file another program holds open
        for original, aside in reversed(moved):
            os.replace(aside, original)
        raise InvalidState("station_in_use", path=str(path)) from exc
    return kept, moved
