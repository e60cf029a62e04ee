"""Opening the station database with the pragmas durability depends on.

WAL with ``synchronous=FULL`` makes a commit durable once ``COMMIT`` returns, so a sale the
operator saw confirmed survives a power cut at any instant (SYNC.md guarantee 1).

Threading rule: a connection belongs to the thread that opened it.  Who writes: the window
writes only on its writer thread's one connection (``ui/operations.py``); sync and backups
write on their own connections in background jobs.  All of them wait their turn on SQLite's
single write lock, because every write transaction begins ``IMMEDIATE``
(``Records.atomic``) and waits up to ``BUSY_TIMEOUT_MS`` for it; after that the write is
refused as ``DatabaseBusy`` with nothing written.  Reads never wait: WAL lets them run
beside the writer (docs/architecture.md "Threads and the writer").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .errors import IntegrityProblem
from .migrations import migrations

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str, *, quick_check: bool = True) -> Database:
    """Open (creating if needed) and migrate a station database.

    ``quick_check`` reads every page (6 s on a five-year, 650 MB station), so the station
    asks for it only when the last session did not close cleanly (see ``Station.open``).
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    apply_pragmas(db)
    if quick_check and str(path) != ":memory:":
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            conn.close()
            raise IntegrityProblem("database_damaged", path=str(path), detail=result)
    migrations.apply(db)
    return db


def open_plain(path: Path | str) -> sqlite3.Connection:
    """A plain connection to a file that is not an open station: a backup being written or
    checked, the current file being read or checkpointed before a restore.  No pragmas and no
    migrations, so opening it writes nothing; autocommit, so PRAGMA journal_mode can change."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def apply_pragmas(db: Database) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
