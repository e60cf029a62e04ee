"""The window's one path for writes: every change runs on one long-lived writer connection.

Following Anki's ``CollectionOp``: a screen hands over ``op(station)``; it runs on the writer
thread (never the GUI thread), on the one connection the window writes with, and the result
comes back on the main thread with the :class:`~servicepoint.core.changes.Change` names that
``core.operations.perform`` derived from the tables the op wrote.  ``AppContext`` then emits
them on ``changed``, so every screen refreshes from what really changed.

Two ways to wait for an op:

- :meth:`Operations.run` returns the op's value to the caller, as the code that called the
  core directly did.  Meanwhile the GUI keeps painting and its timers run, but user input is
  held back (``ExcludeUserInputEvents``), so a second Enter on a sale is read only after the
  first sale is done and the form cleared: no double sale.
- :meth:`Operations.run_in_background` reports by callback, for long work (a CSV import)
  that should not hold the keyboard.

Ops run one at a time in submission order.  Reads (lists, previews) use the window's own
connection (``ctx.station``) or a database job's; sync and backups write on their own
connections and wait their turn on SQLite's write lock (every write transaction begins
IMMEDIATE, see ``core/records.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal, Slot

from ..core import Station
from ..core.changes import Change
from ..core.ids import Clock, IdMaker
from ..core.operations import Outcome, perform
from ..core.operators import Operator

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries "done" from the writer thread to the GUI thread: it lives on the GUI thread, so
    the signal emitted on the writer thread reaches ``fire`` queued, on the GUI thread."""

    done = Signal()

    def __init__(self, slot: Callable[[], None], finished: Callable[[_Bridge], None]) -> None:
        super().__init__()
        self._slot, self._finished = slot, finished
        self.done.connect(self.fire)

    @Slot()
    def fire(self) -> None:
        self._finished(self)
        self._slot()


class Operations(QObject):
    """The writer thread and its connection, opened once and kept until the window closes."""

    did_change = Signal(object)  # frozenset[Change], on the main thread

    def __init__(
        self, path: Path, clock: Clock, new_id: IdMaker | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.clock, self.new_id = path, clock, new_id
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-writer")
        self._writer: Station | None = None
        self._bridges: set[_Bridge] = set()
        self._closed = False
        # Opened on the writer thread while the window builds: the first op queues behind it
        # (one thread, first in first out), so start-up does not wait for a second connection.
        self._opened = self._pool.submit(self._open)

    # -- on the writer thread ----------------------------------------------------------------

    def _open(self) -> None:
        self._writer = Station.open(self.path, clock=self.clock, new_id=self.new_id, secondary=True)

    def _call(self, operator: Operator | None, op: Callable[[Station], T]) -> Outcome[T]:
        writer = self._writer
        if writer is None:
            self._opened.result()  # done (it ran first): raises why the writer did not open
            raise RuntimeError("the station's writer is closed")
        writer.operator = operator  # whoever the window has signed in acts
        return perform(writer, op)

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    # -- on the main thread ------------------------------------------------------------------

    def submit(self, operator: Operator | None, op: Callable[[Station], T]) -> Future[Outcome[T]]:
        return self._pool.submit(self._call, operator, op)

    def run(self, operator: Operator | None, op: Callable[[Station], T]) -> T:
        """Run ``op`` on the writer and return its value; refusals are raised here, typed.
        The changes are emitted on ``did_change`` before this returns (success or refusal)."""
        future = self.submit(operator, op)
        if not future.done():
            loop = QEventLoop()
            self._when_done(future, loop.quit)
            if not future.done():
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            outcome = future.result()
        except Exception as error:
            self._emit(getattr(error, "changes", frozenset()))
            raise
        self._emit(outcome.changes)
        return outcome.value

    def run_in_background(
        self,
        operator: Operator | None,
        op: Callable[[Station], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``op`` on the writer; ``done(value)`` or ``failed(error)`` on the main thread."""
        future = self.submit(operator, op)

        def report() -> None:
            error = future.exception()
            if error is not None:
                self._emit(getattr(error, "changes", frozenset()))
                failed(error)
                return
            outcome = future.result()
            self._emit(outcome.changes)
            done(outcome.value)

        self._when_done(future, report)

    def _when_done(self, future: Future[Any], slot: Callable[[], None]) -> None:
        bridge = _Bridge(slot, self._bridges.discard)
        self._bridges.add(bridge)
        future.add_done_callback(lambda _f: bridge.done.emit())

    def _emit(self, changes: frozenset[Change]) -> None:
        if changes:
            self.did_change.emit(set(changes))

    def close(self) -> None:
        """Close the writer connection (waits for ops already submitted); idempotent."""
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._close).result()
        self._pool.shutdown(wait=True)

    def suspend(self) -> None:
        """Close the writer connection but keep the thread (a restore replaces the file)."""
        self._pool.submit(self._close).result()

    def resume(self) -> None:
        """Open the writer again, on the file now in place."""
        self._opened = self._pool.submit(self._open)
        self._opened.result()
