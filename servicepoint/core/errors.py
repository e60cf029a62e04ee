"""Typed errors whose messages the operator can read, in Chinese first and English second.

Every refusal in the core raises a subclass of :class:`ServicePointError` carrying a stable
``code`` and parameters; the text lives in :mod:`servicepoint.core.messages` so that the GUI
can show it in the chosen language (and feed it through Qt's translator) without parsing
strings, and so that tests can assert on the code rather than on wording.
"""

from __future__ import annotations

from typing import Any

from .messages import render


class ServicePointError(Exception):
    """Base of every refusal. Nothing has been written when one is raised."""

    #: Set by ``operations.perform`` when earlier writes of the same operation stood.
    changes: frozenset[Any] = frozenset()

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, lang, self.params)

    def __str__(self) -> str:
        return self.message("zh_CN") + " / " + self.message("en")


class InvalidInput(ServicePointError):
    """A field the operator typed is empty, malformed, too long or not allowed."""


class InvalidAmount(InvalidInput):
    """A money amount or rate is malformed, negative, zero or absurd."""


class InvalidQuantity(InvalidInput):
    """A quantity is malformed, not positive, too fine or absurd."""


class NotFound(ServicePointError):
    """An id or number the caller gave does not exist at this station."""


class InvalidState(ServicePointError):
    """The record is not in a state that allows this operation (e.g. completing a cancel)."""


class PaymentError(ServicePointError):
    """Payments do not cover the amount due, overpay it, or overdraw an account."""


class StockError(ServicePointError):
    """Selling, returning or spoiling more than is on hand."""


class PermissionDenied(ServicePointError):
    """Nobody signed in, wrong PIN, or the action needs a manager."""


class IntegrityProblem(ServicePointError):
    """The database is damaged or an invariant does not hold."""


class SyncFailed(ServicePointError):
    """A sync could not finish: offline, refused by the county, or the totals disagree."""


class DatabaseProblem(ServicePointError):
    """SQLite could not do the work (locked, disk full, read-only, I/O).  The transaction was
    rolled back, so nothing is half-written; the cause is in the log."""


class DatabaseBusy(DatabaseProblem):
    """Another writer held the station's write lock longer than the busy timeout."""


class DiskFull(DatabaseProblem):
    """The disk (or the database's page limit) is full."""


class DatabaseReadOnly(DatabaseProblem):
    """The file or its folder cannot be written (permissions, a write-protected stick)."""


class DatabaseIOError(DatabaseProblem):
    """The operating system reported a read or write error: a failing disk or a pulled stick."""


# SQLite primary result codes (sqlite3.h); Python 3.11 exposes them on the exception.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _NOTADB = 5, 6, 8, 10, 11, 13, 26


def database_error(error: Exception) -> ServicePointError | None:
    """The typed refusal for a SQLite failure the operator can act on, or None for a
    programming error (a bad statement), which must surface as the bug it is."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    name = str(getattr(error, "sqlite_errorname", "")) or str(code)
    primary = int(code) & 0xFF
    if primary in (_BUSY, _LOCKED):
        return DatabaseBusy("database_busy", detail=name)
    if primary == _FULL:
        return DiskFull("disk_full", detail=name)
    if primary == _READONLY:
        return DatabaseReadOnly("database_read_only", detail=name)
    if primary == _IOERR:
        return DatabaseIOError("database_io_error", detail=name)
    if primary in (_CORRUPT, _NOTADB):
        return IntegrityProblem("database_damaged", path="station.db", detail=name)
    return None
