"""Consignment (代销): take produce in, keep it by batch (oldest first), sell it, give it back or
write it off, and settle with the farmer.  Three tabs over the core's ``consignment``,
``settlement`` and ``reports.consignment()``.

Threading: the stock list and the farmers due come from ``reports.consignment()`` on the
database worker (a secondary connection; 155 ms on a five-year station), and only the newest
answer is shown.  Everything the operator does runs on the window's station, one core call
per action, and announces what changed through ``ctx.changed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.money import format_yuan
from ...core.reports import ConsignmentReport
from ..i18n import Retranslating
from ..widgets.consignment_intake import IntakePanel
from ..widgets.consignment_label import LabelPrinter
from ..widgets.consignment_settle import SettlePanel
from ..widgets.consignment_stock import StockPanel
from ..widgets.forms import named
from .base import Screen

if TYPE_CHECKING:
    from ...core import Station
    from ..context import AppContext


def load_report(station: Station, _progress: Any) -> ConsignmentReport:
    """On the database worker: stock by batch and the farmers due."""
    return station.reports.consignment()


class ConsignmentScreen(Retranslating, Screen):
    watches = frozenset(
        {Change.STOCK, Change.CONSIGNMENT, Change.PAYMENTS, Change.RECEIPTS, Change.FARMERS}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("consignmentScreen")
        self.labels = LabelPrinter(ctx, self)
        self.summary = named(QLabel(), "consSummary")
        self.summary.setWordWrap(True)
        self.tabs = named(QTabWidget(), "consTabs")
        self.intake = IntakePanel(ctx, self.labels)
        self.stock = StockPanel(ctx, self.labels)
        self.settle = SettlePanel(ctx)
        self.tabs.addTab(self.intake, "")
        self.tabs.addTab(self.stock, "")
        self.tabs.addTab(self.settle, "")
        self.intake.batch_did_intake.connect(lambda batch: self.stock.want(batch.id))
        # A new tab (Ctrl+Tab, Ctrl+1…) puts the cursor in its first field, once it is shown.
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self._focus_tab))
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.report: ConsignmentReport | None = None
        self._next: str | None = None  # "move" (Ctrl+4) or "find" (Ctrl+F): where a tab opens
        self._generation = 0
        self.loading = False
        self.retranslate()

    def _build_actions(self) -> None:
        """The screen's 操作 menu: one key per task, like Orders' Ctrl+1/2/3 (issue 12 #4)."""

        def action(name: str, keys: str, slot: Any) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_intake = action("actConsIntake", "Ctrl+1", lambda: self.show_task(0))
        self.act_sell = action("actConsSell", "Ctrl+2", lambda: self.show_task(1))
        self.act_settle = action("actConsSettle", "Ctrl+3", lambda: self.show_task(2))
        self.act_move = action("actConsReturn", "Ctrl+4", lambda: self.show_task(1, "move"))
        self.act_find = action("actConsFind", "Ctrl+F", self.find_batch)
        self.act_reprint = action("actConsReprint", "Ctrl+P", self.stock.reprint_label)
        # Ctrl+Enter (the screen's commit) is in the menu too, last, under what it does here
        self.removeAction(self.act_commit)
        self.addAction(self.act_commit)

    def title(self) -> str:
        return self.tr("Consignment")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Intake"))
        self.tabs.setTabText(1, self.tr("Stock and sales"))
        self.tabs.setTabText(2, self.tr("Settle with a farmer"))
        self.tabs.setTabToolTip(0, self.tr("Take a farmer's produce in (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Choose a batch and sell from it (Ctrl+2)"))
        self.tabs.setTabToolTip(2, self.tr("Pay a farmer for what was sold (Ctrl+3)"))
        self.act_intake.setText(self.tr("Take produce in"))
        self.act_sell.setText(self.tr("Sell from a batch"))
        self.act_settle.setText(self.tr("Settle with a farmer"))
        self.act_move.setText(self.tr("Return to the farmer or spoilage"))
        self.act_find.setText(self.tr("Find a batch"))
        self.act_reprint.setText(self.tr("Reprint the batch's label"))
        self.act_commit.setText(self.tr("Record (take in, sell or pay out)"))
        self._show_summary()

    # -- keyboard ----------------------------------------------------------------------------

    def show_task(self, tab: int, then: str | None = None) -> None:
        """Ctrl+1…4: the tab of the task, with the cursor where the task starts."""
        self._next = then
        if self.tabs.currentIndex() != tab:
            self.tabs.setCurrentIndex(tab)  # focuses through currentChanged
        else:
            self._focus_tab()

    def find_batch(self) -> None:
        self.show_task(1, "find")
        self.stock.filter.selectAll()

    def focus_start(self) -> None:
        self._focus_tab()

    def _focus_tab(self) -> None:
        """The current tab's first field (issue 12 #4: typing after F5 was lost)."""
        then, self._next = self._next, None
        tab = self.tabs.currentWidget()
        if tab is self.intake:
            picker = self.intake.picker
            target: QWidget = picker.search if picker.chosen is None else self.intake.product
        elif tab is self.stock:
            target = (
                self.stock.filter if then == "find" else self.stock.start_field(move=then == "move")
            )
        else:
            target = self.settle.start_field()
        if self.isVisible() and QApplication.activeModalWidget() is None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def commit(self) -> None:
        """Ctrl+Enter: take the batch in, record the sale, or pay the farmer out."""
        tab = self.tabs.currentWidget()
        if tab is self.intake:
            self.intake.take_in()
        elif tab is self.stock:
            focus = QApplication.focusWidget()
            if focus is None or not self.stock.take_out.isAncestorOf(focus):
                self.stock.sell.sell()  # return/spoilage has two buttons: no one commit
        else:
            self.settle.settle()

    def refresh(self) -> None:
        """Ask the worker for the stock list; the settle tab re-reads its farmer at once."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ctx.tasks.database(
            load_report,
            done=lambda report: self._loaded(generation, report),
            failed=lambda error: self._failed(generation, error),
        )
        self.settle.reload()
        self.intake.refresh()

    def _loaded(self, generation: int, report: ConsignmentReport) -> None:
        if generation != self._generation:
            return  # a newer list is on its way
        self.loading = False
        self.report = report
        self.stock.set_stock(report.stock)
        self.intake.set_today(report.stock)
        self.settle.set_due(report.due)
        self._show_summary()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.loading = False
            self.summary.setText(
                self.tr("The stock list could not be read: %1").replace("%1", str(error))
            )

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            self.summary.setText(self.tr("Reading the stock…"))
            return
        self.summary.setText(
            self.tr(
                "Batches in stock: %1 · Farmers to settle with: %2, due to them %3 · "
                "Sales in the last 30 days: %4"
            )
            .replace("%1", str(len(report.stock)))
            .replace("%2", str(len(report.due)))
            .replace("%3", format_yuan(report.total_due_fen, symbol="¥"))
            .replace("%4", format_yuan(report.sales_fen_30d, symbol="¥"))
        )
