"""One way to run a write and learn what it changed, for the window (and anything else).

Modelled on Anki's collection operations: the caller hands over ``op(station)``; the result
carries the op's value and the :class:`~.changes.Change` names derived from the tables the op
actually wrote (``Records.written``), so no caller has to remember what to refresh.  The
window runs these on its one writer connection (``ui/operations.py``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .changes import Change, changes_for
from .errors import ServicePointError, database_error

if TYPE_CHECKING:
    from .station import Station

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: frozenset[Change]


def perform(station: Station, op: Callable[[Station], T]) -> Outcome[T]:
    """Run ``op`` on ``station``; refusals pass through typed, SQLite failures become typed
    (reads included: a failing disk shows on a read as well), and what was written is named.

    An op may make several writes; if a later one is refused, the earlier ones stand, and the
    refusal carries their names in ``error.changes`` so the window still refreshes them.
    """
    station.records.take_written()
    try:
        value = op(station)
    except ServicePointError as error:
        error.changes = changes_for(station.records.take_written())
        log.info("refused: %s", error.code)
        raise
    except sqlite3.Error as error:
        written = station.records.take_written()
        typed = database_error(error)
        if typed is None:
            raise
        typed.changes = changes_for(written)
        log.error("database failed: %s (%s)", typed.code, getattr(error, "sqlite_errorname", error))
        raise typed from error
    return Outcome(value, changes_for(station.records.take_written()))
