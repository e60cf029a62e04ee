"""The file steps a backup and a restore share (``backup.py``, ``restore.py``).

Split out when restoring left ``backup.py``, so ``restore.py`` need not import ``backup.py``
(which re-exports ``restore``): side files (``-wal``, ``-shm``, ``-journal``), fsync of a file
and of a folder so a rename survives a power cut, names that never overwrite an earlier file,
and the integrity check.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")


def suffixed(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:  # Windows can only flush a handle opened for writing
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and flushes renames itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_db_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        suffixed(path, suffix).unlink(missing_ok=True)


def unique_path(folder: Path, stem: str, suffix: str = ".db") -> Path:
    """``stem.db``, or ``stem-2.db``… when two land in the same second (a manual clock, a
    double click): never overwrite an earlier file."""
    candidate, n = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def integrity(conn: sqlite3.Connection) -> list[str]:
    """``["ok"]`` or the problems; damage bad enough to stop the check is a problem too."""
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
