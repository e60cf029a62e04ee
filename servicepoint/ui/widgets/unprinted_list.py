"""The unprinted list: every receipt and label kept as PDF because it did not print.

The list is the station's ``unprinted/`` folder (``core.unprinted``): it survives a restart,
and a printout leaves it when a later copy prints.  One key reprints: select a row and press
Enter or R (P previews, Ctrl+S saves a copy as PDF).  The window stays open beside the
screens (not modal), so the operator can keep serving while a printer warms up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import unprinted
from ...core.errors import ServicePointError
from ..i18n import Retranslating
from .forms import named
from .print_banner import open_folder, preview, save_copy

if TYPE_CHECKING:
    from ..context import AppContext
    from ..receipt_printer import PrintOutcome


class UnprintedDialog(Retranslating, QDialog):
    """Unprinted receipts and labels, oldest first, with reprint on one key."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unprintedDialog")
        self.setModal(False)
        self.rows: list[unprinted.Unprinted] = []
        self.waiting: str | None = None  # the number reprinted from here, until it ends
        self.table = named(QTableWidget(0, 4), "unprintedTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.reprint())  # Enter: eventFilter
        self.hint = named(QLabel(), "unprintedHint")
        self.hint.setWordWrap(True)
        self.empty = named(QLabel(), "unprintedEmpty")
        self.empty.setWordWrap(True)
        self.state = named(QLabel(), "unprintedState")
        self.state.setWordWrap(True)
        self.reprint_button = named(QPushButton(), "unprintedReprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.preview_button = named(QPushButton(), "unprintedPreview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = named(QPushButton(), "unprintedSavePdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.folder_button = named(QPushButton(), "unprintedOpenFolder")
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.preview_button, self.save_button, self.folder_button):
            button.setAutoDefault(False)  # Enter on the dialog reprints, never opens a folder
        self.close_button = named(QPushButton(), "unprintedClose")
        self.close_button.clicked.connect(self.close)
        # Enter, R and P on the list: the filter takes them, so the view's type-ahead does not
        # eat R and P, and Enter is not also passed on to the dialog's default button (which
        # would print the receipt twice)
        self.table.installEventFilter(self)
        save = QAction(self, shortcut=QKeySequence("Ctrl+S"))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save_pdf)
        self.addAction(save)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.preview_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        ctx.printer.did_finish.connect(self._heard)
        self.resize(720, 420)
        self.retranslate()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            slot = {
                Qt.Key.Key_R: self.reprint,
                Qt.Key.Key_Return: self.reprint,
                Qt.Key.Key_Enter: self.reprint,
                Qt.Key.Key_P: self.preview,
            }.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unprinted printouts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Kind"), self.tr("Kept at"), self.tr("File")]
        )
        self.empty.setText(
            self.tr(
                "Nothing is waiting: every receipt and label has printed. A printout that "
                "does not print is kept here as a PDF until it does."
            )
        )
        self.hint.setText(
            self.tr(
                "These did not print; each is kept as a PDF. Choose one and press Enter or R "
                "to print it again, P to preview it. It leaves the list once it has printed."
            )
        )
        self.reprint_button.setText(self.tr("&Reprint (R)"))
        self.reprint_button.setToolTip(self.tr("Print the selected printout again (Enter or R)"))
        self.preview_button.setText(self.tr("&Preview (P)"))
        self.preview_button.setToolTip(self.tr("Show the selected printout as it will print (P)"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def refresh(self) -> None:
        """Read the folder again, keeping the selected number selected."""
        chosen = self.current()
        self.rows = unprinted.entries(self.ctx.station)
        self.table.setRowCount(len(self.rows))
        kinds = self.ctx.station.receipts.kinds_of(
            [row.number for row in self.rows if row.kind == "receipt"]
        )
        names = self.kind_names()
        for r, row in enumerate(self.rows):
            kind = kinds.get(row.number, "receipt") if row.kind == "receipt" else "label"
            when = f"{row.kept_at:%Y-%m-%d %H:%M}"
            cells = (row.number, names.get(kind, names["receipt"]), when, row.path.name)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        keys = [(row.kind, row.number) for row in self.rows]
        if self.rows:
            key = (chosen.kind, chosen.number) if chosen is not None else None
            self.table.selectRow(keys.index(key) if key in keys else 0)
        has = bool(self.rows)
        self.empty.setVisible(not has)
        self.hint.setVisible(has)
        self.table.setVisible(has)
        for button in (self.reprint_button, self.preview_button, self.save_button):
            button.setEnabled(has)

    def kind_names(self) -> dict[str, str]:
        """Each printout's own name (core.receipts.KINDS prints the Chinese titles)."""
        return {
            "receipt": self.tr("Receipt"),
            "label": self.tr("Trace label"),
            "purchase": self.tr("Purchase receipt"),
            "pickup": self.tr("Pickup slip"),
            "cancel": self.tr("Cancel and refund slip"),
            "return": self.tr("Return and refund slip"),
            "intake": self.tr("Consignment intake slip"),
            "sale": self.tr("Consignment sale slip"),
            "stock_return": self.tr("Stock returned to farmer"),
            "spoilage": self.tr("Spoilage record"),
            "settlement": self.tr("Settlement statement"),
            "repayment": self.tr("Repayment receipt"),
            "remittance": self.tr("Remittance to county"),
            "day_close": self.tr("Day close (Z report)"),
            "banking": self.tr("Bank deposit slip"),
            "buyback": self.tr("Buy-back slip"),
            "buyback_spoil": self.tr("Buy-back spoilage record"),
            "buyback_dispatch": self.tr("Dispatch manifest"),
            "parcel_send": self.tr("Parcel sending receipt"),
            "courier_fee": self.tr("Courier fee receipt"),
            "void": self.tr("Void slip"),
        }

    def showEvent(self, event: QShowEvent) -> None:
        """Opened with entries, the keys work at once: focus on the list (Enter or R
        reprints, P previews), never on a button that Enter would press."""
        super().showEvent(event)
        if self.rows:
            self.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.close_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _heard(self, outcome: PrintOutcome) -> None:
        """A copy ended: say so for the one reprinted from here, and read the folder again."""
        if outcome.number == self.waiting:
            self.waiting = None
            text = (
                self.tr("%1 printed.")
                if outcome.printed
                else self.tr("%1 saved as %2.")
                if outcome.state == "saved"
                else self.tr("%1 was not printed again; it stays in the list.")
            )
            self.state.setText(text.replace("%1", outcome.number).replace("%2", str(outcome.path)))
        self.refresh()

    def current(self) -> unprinted.Unprinted | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            return None
        return self.rows[rows[0].row()]

    # -- actions ---------------------------------------------------------------------------

    def reprint(self) -> None:
        """Print the selected row again.  A station printing to PDF ends the copy before
        ``retry`` returns, so the row waits from before the call, and "printing…" is said
        only while the copy is still on its way."""
        row = self.current()
        if row is None:
            return
        self.waiting = row.number
        self.state.setText(self.tr("%1: printing…").replace("%1", row.number))
        if not self.ctx.printer.retry(self, row.kind, row.number) and self.waiting == row.number:
            self.waiting = None
            self.state.setText(
                self.tr("%1 was not printed again; it stays in the list.").replace("%1", row.number)
            )

    def preview(self) -> None:
        row = self.current()
        if row is not None:
            preview(self, self.ctx, row.kind, row.number)

    def save_pdf(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            saved = save_copy(self, self.ctx, row.kind, row.number)
        except (OSError, ServicePointError) as error:
            message = self.ctx.message(error) if isinstance(error, ServicePointError) else error
            self.state.setText(self.tr("Not saved: %1").replace("%1", str(message)))
            return
        if saved is not None:
            self.state.setText(self.tr("Saved as %1.").replace("%1", str(saved)))

    def open_folder(self) -> None:
        folder = unprinted.folder(self.ctx.station)
        folder.mkdir(parents=True, exist_ok=True)
        open_folder(folder)
