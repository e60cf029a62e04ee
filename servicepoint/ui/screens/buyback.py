"""收购 (buy-back): buy a farmer's load outright at the county's price, and ship the lots up.

Against 代销 (consignment), where the farmer is paid once the goods sell, here the point pays
at the door and the produce becomes the buyer's stock.  Two tabs: 收购 (Ctrl+1) weighs, grades
and pays; 库存与发货 (Ctrl+2) dispatches lots and records spoilage.  Ctrl+Enter commits the
tab's form.  Reads (price lines, lots, a farmer's debt) are small and run on the window's
station; every write goes through ``ctx.write`` and announces what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.money import format_yuan
from ..i18n import Retranslating
from ..widgets.buyback_buy import BuybackBuyPanel
from ..widgets.buyback_stock import BuybackStockPanel
from ..widgets.consignment_label import LabelPrinter
from ..widgets.forms import named
from .base import Screen

if TYPE_CHECKING:
    from ..context import AppContext


class BuybackScreen(Retranslating, Screen):
    watches = frozenset(
        {Change.STOCK, Change.PAYMENTS, Change.RECEIPTS, Change.FARMERS, Change.LEDGER}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("buybackScreen")
        self.labels = LabelPrinter(ctx, self)
        self.summary = named(QLabel(), "bbSummary")
        self.summary.setWordWrap(True)
        self.tabs = named(QTabWidget(), "bbTabs")
        self.buy = BuybackBuyPanel(ctx, self.labels)
        self.stock = BuybackStockPanel(ctx)
        self.tabs.addTab(self.buy, "")
        self.tabs.addTab(self.stock, "")
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self._focus_tab))
        self.buy.lot_did_buy.connect(lambda _lot: self.refresh())
        self.stock.stock_did_change.connect(self.refresh)

        def action(name: str, keys: str, slot: Any) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_buy = action("actBbBuy", "Ctrl+1", lambda: self.show_task(0))
        self.act_stock = action("actBbStock", "Ctrl+2", lambda: self.show_task(1))
        self.removeAction(self.act_commit)
        self.addAction(self.act_commit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Buy-back")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Buy"))
        self.tabs.setTabText(1, self.tr("Stock and dispatch"))
        self.tabs.setTabToolTip(0, self.tr("Weigh, grade and pay for a load (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Ship lots up or record spoilage (Ctrl+2)"))
        self.act_buy.setText(self.tr("Buy a load"))
        self.act_stock.setText(self.tr("Dispatch or spoilage"))
        self.act_commit.setText(self.tr("Record (buy, dispatch)"))
        self._show_summary()

    def show_task(self, tab: int) -> None:
        if self.tabs.currentIndex() != tab:
            self.tabs.setCurrentIndex(tab)
        else:
            self._focus_tab()

    def focus_start(self) -> None:
        self._focus_tab()

    def _focus_tab(self) -> None:
        if self.tabs.currentWidget() is self.buy:
            picker = self.buy.picker
            target: QWidget = picker.search if picker.chosen is None else self.buy.gross
        else:
            target = self.stock.start_field()
        if self.isVisible() and QApplication.activeModalWidget() is None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def commit(self) -> None:
        """Ctrl+Enter: buy the load, or dispatch the selected lots."""
        if self.tabs.currentWidget() is self.buy:
            self.buy.buy()
        else:
            self.stock.dispatch()

    def refresh(self) -> None:
        self.buy.refresh()
        self.stock.refresh()
        self._show_summary()

    def _show_summary(self) -> None:
        st = self.ctx.station
        self.summary.setText(
            self.tr("Lots on hand: %1 · Owed by the county for buy-back: %2")
            .replace("%1", str(self.stock.model.rowCount()))
            .replace("%2", format_yuan(st.buyback_dispatches.outstanding(), symbol="¥"))
        )
