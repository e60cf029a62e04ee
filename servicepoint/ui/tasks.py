"""Background work, with one rule: a job never touches a widget, and reports by signal.

Following Anki's task manager: database jobs (large lists, reports, backups) run one at a
time on one worker, network jobs (sync) on their own pool, printing on its own pool
(``ui.printing.print_pool``).  A job that needs the database opens its own *secondary*
connection on its worker thread (SQLite connections belong to one thread; WAL lets it read
while the window writes), with the window's clock so tests on a manual clock agree.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core import Station
from ..core.ids import Clock


class JobSignals(QObject):
    progress = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``fn(station, progress)`` on a worker with its own station connection."""

    def __init__(self, path: Path, clock: Clock, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.path, self.clock, self.fn = path, clock, fn
        self.signals = JobSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            with Station.open(self.path, clock=self.clock, secondary=True) as station:
                result = self.fn(station, self.signals.progress.emit)
        except Exception as error:  # reported to the window, never lost silently
            # a dynamic attribute: exceptions carry no such slot in the stubs
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


class Tasks(QObject):
    """The window's pools; keeps running jobs referenced until they report."""

    def __init__(self, path: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.clock = path, clock
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(1)
        self._running: set[Job] = set()

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[Any], None] | None,
        progress: Callable[[str, int, int], None] | None,
    ) -> Job:
        job = Job(self.path, self.clock, fn)
        self._running.add(job)
        if progress is not None:
            job.signals.progress.connect(progress)
        job.signals.done.connect(lambda result: self._finish(job, done, result))
        job.signals.failed.connect(lambda error: self._finish(job, failed, error))
        pool.start(job)
        return job

    def _finish(self, job: Job, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._running.discard(job)
        if callback is not None:
            callback(value)

    def database(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Any], None] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> Job:
        return self._start(self.db_pool, fn, done, failed, progress)

    def network(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Any], None] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> Job:
        return self._start(self.net_pool, fn, done, failed, progress)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> None:
        self.db_pool.waitForDone(msecs)
        self.net_pool.waitForDone(msecs)
