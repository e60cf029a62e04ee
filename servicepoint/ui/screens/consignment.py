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

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

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
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.report: ConsignmentReport | None = None
        self._generation = 0
        self.loading = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Consignment")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Intake"))
        self.tabs.setTabText(1, self.tr("Stock and sales"))
        self.tabs.setTabText(2, self.tr("Settle with a farmer"))
        self._show_summary()

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
