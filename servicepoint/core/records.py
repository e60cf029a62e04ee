"""Writing synced records together with their change-log (outbox) entry.

Every service writes through :class:`Records`, never with a bare INSERT, so that the outbox
entry and the ``change_seq`` pointer on the row are written in the same transaction as the
business change (SYNC.md "Outbox").  The INSERT statements are prepared once per table:
sqlite-utils' ``table.insert`` introspects the table on each call, which costs more than the
write itself on the hot path of a sale.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from .errors import database_error
from .ids import Clock, IdMaker

log = logging.getLogger(__name__)


def _dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class Records:
    """Row writer for one station database.  Not thread-safe: one per connection."""

    def __init__(self, db: Database, station_code: str, clock: Clock, new_id: IdMaker) -> None:
        self.db = db
        self.station_code = station_code
        self.clock = clock
        self.new_id = new_id
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}
        #: Tables written since the last :meth:`take_written` (what an operation changed).
        self.written: set[str] = set()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (or a savepoint inside an outer one).

        The outermost level begins ``IMMEDIATE``: it takes SQLite's one write lock before it
        reads anything, so a writer on another connection (sync, a backup's record) makes it
        wait its turn up to the busy timeout instead of failing half-way when a read snapshot
        cannot be upgraded.  SQLite failures the operator can act on (busy, disk full,
        read-only, I/O) leave as typed :class:`~.errors.DatabaseProblem` after the rollback.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            _raise_typed(error)
            raise
        try:
            yield self.db
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                conn.rollback()
            if isinstance(error, sqlite3.Error):
                _raise_typed(error)
            raise

    def wrote(self, *tables: str) -> None:
        """Note a write that bypasses :meth:`insert`/:meth:`update` (station-local tables)."""
        self.written.update(tables)

    def take_written(self) -> set[str]:
        taken, self.written = self.written, set()
        return taken

    def _outbox(self, entity: str, record_id: str, op: str, payload: dict[str, Any]) -> int:
        self.written.add(entity)
        cursor = self.db.execute(
            "INSERT INTO outbox (entity, record_id, op, payload, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (entity, record_id, op, _dumps(payload), self.clock.stamp()),
        )
        seq = cursor.lastrowid
        assert seq is not None
        return seq

    def insert(self, entity: str, row: dict[str, Any]) -> dict[str, Any]:
        """Insert a synced row; fills ``id``, ``station`` and ``change_seq``. Returns the row."""
        row = dict(row)
        row.setdefault("id", self.new_id())
        row["station"] = self.station_code
        row.pop("change_seq", None)
        seq = self._outbox(entity, row["id"], "insert", row)
        row["change_seq"] = seq
        columns = tuple(row)
        key = (entity, columns)
        sql = self._insert_sql.get(key)
        if sql is None:
            sql = (
                f"INSERT INTO {entity} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            self._insert_sql[key] = sql
        self.db.execute(sql, tuple(row[c] for c in columns))
        return row

    def update(
        self,
        entity: str,
        record_id: str,
        changes: dict[str, Any],
        *,
        base_version: int | None = None,
    ) -> int:
        """Update fields of a mutable synced row (farmers, orders, ad-hoc items).

        The outbox payload carries only the changed fields and the version they were based on,
        so the county can merge disjoint edits (SYNC.md "Shared edits").
        """
        payload: dict[str, Any] = {"fields": changes}
        if base_version is not None:
            payload["base_version"] = base_version
        seq = self._outbox(entity, record_id, "update", payload)
        assignments = dict(changes)
        assignments["change_seq"] = seq
        if base_version is not None:
            assignments["version"] = base_version + 1
        sets = ", ".join(f"{c} = ?" for c in assignments)
        cursor = self.db.execute(
            f"UPDATE {entity} SET {sets} WHERE id = ?", (*assignments.values(), record_id)
        )
        assert cursor.rowcount == 1, f"{entity} {record_id} not updated"
        return seq

    def one(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> dict[str, Any] | None:
        cursor = self.db.execute(sql, params)
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

    def all(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def scalar(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        found = self.db.execute(sql, params).fetchone()
        return None if found is None else found[0]


def _raise_typed(error: sqlite3.Error) -> None:
    """Raise the typed refusal for ``error`` (logged with SQLite's own name); return when it
    is a programming mistake, which the caller re-raises unchanged."""
    typed = database_error(error)
    if typed is None:
        return
    log.error(
        "database write failed: %s (%s)", typed.code, getattr(error, "sqlite_errorname", error)
    )
    raise typed from error


Factory = Callable[[], str]
