"""What every screen shares: the open station, the background pools, and one change signal.

The writer rule (docs/architecture.md): ``ctx.station`` is the window's *reading* connection,
on the GUI thread.  Every write goes through :meth:`AppContext.write` (or ``attempt``), which
runs ``op(st)`` on the one writer connection (``ui/operations.py``).  Like Anki's
``OpChanges``, the op comes back with what it changed (``core/changes.Change`` names derived
from the tables it wrote), ``changed`` carries them, and every screen refreshes what it shows
from that one signal, instead of screens calling each other.  There is no global: the
composition root (``app.py``) makes one :class:`AppContext` and passes it to each screen.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import Station
from ..core.changes import Change
from ..core.errors import ServicePointError
from ..core.operators import Operator
from .operations import Operations
from .tasks import Tasks

if TYPE_CHECKING:
    from .receipt_printer import ReceiptPrinter

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(set)  # names of what changed: "farmers", "orders", "stock", "sync", …
    operator_did_change = Signal()
    language_did_change = Signal(str)
    sync_did_progress = Signal(str, int, int)
    sync_did_finish = Signal(object)

    def __init__(self, station: Station, config_path: Path, language: str) -> None:
        super().__init__()
        self.station = station
        self.config_path = config_path
        self.language = language
        self.tasks = Tasks(station.path, station.clock, self)
        self.ops = Operations(station.path, station.clock, station.new_id, self)
        self.ops.did_change.connect(self.changed.emit)
        self.sync_running = False
        self._printer: ReceiptPrinter | None = None

    @property
    def printer(self) -> ReceiptPrinter:
        """Prints receipts for every screen (one object, so copies keep their order)."""
        if self._printer is None:
            from .receipt_printer import ReceiptPrinter

            self._printer = ReceiptPrinter(self, self)
        return self._printer

    # -- app settings kept outside the station (language, window) -------------------------

    def config(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.config_path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def save_config(self, **values: Any) -> None:
        data = self.config() | values
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(
            json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    @property
    def lang(self) -> str:
        return "en" if self.language == "en" else "zh_CN"

    # -- operations ------------------------------------------------------------------------

    def message(self, error: ServicePointError) -> str:
        return QCoreApplication.translate("errors", error.message(self.lang))

    def write(self, op: Callable[[Station], T], *, approver: Operator | None = None) -> T:
        """Run ``op(st)`` on the writer as the signed-in operator and return its value; the
        screens hear what changed.  Refusals (``ServicePointError``) are raised here.

        ``approver``: a manager who approved with a PIN, for core calls that ask for a
        signed-in manager (they take no ``approver=``); the op then acts as that manager
        (unless a manager is signed in), so the audit log names who approved."""
        acting = self.station.operator
        if approver is not None and not (acting is not None and acting.is_manager):
            acting = approver
        return self.ops.run(acting, op)

    def attempt(self, parent: QWidget | None, op: Callable[[Station], T]) -> T | None:
        """:meth:`write`; a refusal is shown to the operator and None returned."""
        try:
            return self.write(op)
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Not done"), self.message(error))
            return None

    def close(self) -> None:
        """Wait for background jobs and close the writer (the window is going away); a
        second call does nothing."""
        self.tasks.wait()
        self.ops.close()

    def ask_manager(self, parent: QWidget | None, action: str) -> Operator | None:
        """The signed-in manager, or a manager's approval by PIN; None if refused."""
        current = self.station.operator
        if current is not None and current.is_manager:
            return current
        from .dialogs import ManagerApproval

        dialog = ManagerApproval(self, action, parent)
        if dialog.exec():
            return dialog.approver
        return None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- sync --------------------------------------------------------------------------------

    def start_sync(self, trigger: str = "manual") -> bool:
        """Sync on the network pool; progress and the result arrive by signal."""
        if self.sync_running or not self.station.sync_status().enrolled:
            return False
        self.sync_running = True

        def work(station: Station, progress: Callable[[str, int, int], None]) -> Any:
            try:
                return station.sync.run(trigger=trigger, progress=progress)
            finally:
                station.sync.close()

        def finished(result: Any) -> None:
            self.sync_running = False
            self.sync_did_finish.emit(result)
            self.changed.emit({Change.SYNC, Change.CATALOGUE, Change.NOTICES})

        self.tasks.network(
            work, done=finished, failed=finished, progress=self.sync_did_progress.emit
        )
        return True
