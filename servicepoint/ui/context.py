"""What every screen shares: the open station, the background pools, and one change signal.

Like Anki's ``OpChanges``, an operation tells the window what it changed
(``changed.emit({Change.ORDERS, Change.PAYMENTS})``, names from ``core/changes.py``) and every
screen refreshes what it shows from that one signal, instead of screens calling each other.
There is no global: the composition root (``app.py``) makes one :class:`AppContext` and
passes it to each screen.
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
        self.config_path.write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                    encoding="utf-8")

    @property
    def lang(self) -> str:
        return "en" if self.language == "en" else "zh_CN"

    # -- operations ------------------------------------------------------------------------

    def message(self, error: ServicePointError) -> str:
        return QCoreApplication.translate("errors", error.message(self.lang))

    def attempt(self, parent: QWidget | None, fn: Callable[..., T], *args: Any,
                changes: set[Change] | None = None, **kwargs: Any) -> T | None:
        """Run a core operation; a refusal is shown to the operator and None returned."""
        try:
            result = fn(*args, **kwargs)
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Not done"), self.message(error))
            return None
        if changes:
            self.changed.emit(changes)
        return result

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
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- sync --------------------------------------------------------------------------------

    def start_sync(self, trigger: str = "manual") -> bool:
        """Sync on the network pool; progress and the result arrive by signal."""
        if self.sync_running or not self.station.sync.status().enrolled:
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

        self.tasks.network(work, done=finished, failed=finished,
                           progress=self.sync_did_progress.emit)
        return True
