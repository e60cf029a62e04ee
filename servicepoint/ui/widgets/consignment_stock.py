"""Consignment stock by batch, oldest first with its age in days, and what can be done with the
batch chosen: sell, return to the farmer, spoil, reprint its label, void one of its sales.

The list comes from ``reports.consignment()`` (loaded by the screen on the database worker);
the chosen batch and its sales are read from the core when it is chosen.  A sale is
corrected by the core's void (a new receipt reversing it, with a manager's approval), never
by deleting it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import Batch, Sale
from ...core.errors import ServicePointError
from ...core.money import format_yuan
from ...core.reports import BatchStock
from ...core.text import matches_search
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, FilterModel, RowsModel
from .consignment_common import age_colour, fit_columns, make_table, quantity, unit_name
from .consignment_label import LabelPrinter
from .consignment_sell import MoveForm, SellForm
from .forms import named
from .saying import SayingLabel

if TYPE_CHECKING:
    from ..context import AppContext


class StockPanel(Retranslating, QWidget):
    def __init__(
        self, ctx: AppContext, labels: LabelPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = labels
        self.setObjectName("consStockPanel")
        self.batch: Batch | None = None
        self._want: str | None = None  # batch to select again after a reload
        self._query = ""  # the filter applied to the list
        self.filter = named(QLineEdit(), "consStockFilter")
        self.filter.setClearButtonEnabled(True)
        self.count = named(QLabel(), "consStockCount")
        self.model = RowsModel(self._columns(), self)
        self.proxy = FilterModel(self.model, self)
        self.table = make_table("consStockTable", self.proxy, [64, 150, 150, 90, 90, 90])
        EmptyHint(
            self.table,
            lambda: (
                self.tr("No batch matches the search.")
                if self.model.rowCount()
                else self.tr("No goods on consignment yet. Take some in with Ctrl+1.")
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)
        # Enter answers the list's current row, and a list that got its rows after it got the
        # focus (the stock still loading after F5), or lost them to a reload after a sale,
        # had none: the first Enter did nothing (issue 12).  Whatever changes its rows, the
        # list keeps a row under the cursor: the chosen one, else the first (not chosen).
        p = self.proxy
        for signal in (p.modelReset, p.layoutChanged, p.rowsInserted, p.rowsRemoved):
            signal.connect(lambda *_a: self._keep_current())
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._filter_now)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.filter.returnPressed.connect(self._to_table)
        # Tab out of the filter applies it at once: Enter in the list never chooses a batch
        # of the last search while the list is about to show this one (issue 12)
        self.filter.editingFinished.connect(self._filter_now)
        self.info = named(QLabel(), "consBatchInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.reprint = named(QPushButton(), "consReprintLabel")
        self.reprint.clicked.connect(self.reprint_label)
        self.sales_model = RowsModel(self._sale_columns(), self)
        self.sales_model.struck = lambda s: s[2]  # a voided sale, struck through
        self.sales = make_table("consBatchSales", self.sales_model, [120, 60, 70, 75, 150])
        EmptyHint(self.sales, lambda: self.tr("No sales from this batch yet."))
        self.sales.setMaximumHeight(150)
        self.void = named(QPushButton(), "consVoidSale")
        self.void.clicked.connect(self.void_sale)
        self.sell = SellForm(ctx)
        self.take_out = MoveForm(ctx)
        self.sell.sale_did_record.connect(self._done)
        self.table.activated.connect(self._choose)  # Enter: this batch, on to the sale
        # After a sale or a return the cursor stays in reach, never on a disabled form
        self.sell.sale_did_record.connect(lambda _n: self._focus_after())
        self.take_out.stock_did_move.connect(lambda _k, _n: self._focus_after())
        self.take_out.stock_did_move.connect(lambda _kind, number: self._done(number))
        self.last = named(SayingLabel(), "consLastAction")
        self.last.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        # the batch's buttons beside its details: its sales below get the whole width, so
        # their six columns fit in English and in Chinese (issue 12 walk-through)
        buttons = QVBoxLayout()
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.void)
        buttons.addStretch(1)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info, 1)
        info_row.addLayout(buttons)
        lay.addLayout(info_row)
        lay.addWidget(self.sales)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.sell)
        rl.addWidget(self.take_out)
        rl.addWidget(self.last)
        rl.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self.show_batch(None)

    # -- texts -------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Days"),
                lambda b: b.age_days,
                align_right=True,
                colour=lambda b: age_colour(b.age_days),
            ),
            Column(self.tr("Product"), lambda b: b.product + (f"（{b.grade}）" if b.grade else "")),
            Column(self.tr("Farmer"), lambda b: b.farmer_name),
            Column(
                self.tr("On hand"),
                lambda b: quantity(self.ctx, b.on_hand_base, b.unit),
                align_right=True,
            ),
            Column(
                self.tr("Taken in"),
                lambda b: quantity(self.ctx, b.intake_base, b.unit),
                align_right=True,
            ),
            Column(self.tr("Trace code"), lambda b: b.trace_code),
        ]

    def _sale_columns(self) -> list[Column]:
        return [
            Column(self.tr("Sold"), lambda s: s[0].created_at[:16].replace("T", " ")),
            Column(
                self.tr("Quantity"),
                lambda s: quantity(
                    self.ctx, s[0].quantity_base, self.batch.unit if self.batch else "g"
                ),
                align_right=True,
            ),
            Column(self.tr("Price"), lambda s: s[0].unit_price_fen, money=True),
            Column(self.tr("Amount"), lambda s: s[0].amount_fen, money=True),
            Column(self.tr("Receipt"), lambda s: s[1]),
            Column(
                self.tr("State"),
                lambda s: self.tr("voided") if s[2] else (self.tr("settled") if s[3] else ""),
                colour=lambda s: "#b00020" if s[2] else None,
            ),
        ]

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter: product, farmer, trace code"))
        self.model.set_columns(self._columns())
        self.sales_model.set_columns(self._sale_columns())
        # each column as wide as what it holds, in either language (issue 12 walk-through)
        jin = unit_name(self.ctx, "jin")
        fit_columns(self.table, ("999", "土鸡蛋（一级）", "欧阳某某", f"99.5 {jin}", f"999 {jin}"))
        fit_columns(
            self.sales,
            ("2026-12-31 23:59", f"99.5 {jin}", "¥99.00", "¥9,999.00", "GJ01-2026-000000"),
        )
        self.reprint.setText(self.tr("Reprint label"))
        self.void.setText(self.tr("Void sale…"))
        self.void.setToolTip(
            self.tr(
                "A manager cancels a wrong sale: the money is paid back "
                "and the goods return to stock"
            )
        )
        self._count()
        if self.batch is not None:  # the chosen batch's details in the new language
            self.show_batch(self.batch)

    def _count(self) -> None:
        self.count.setText(self.tr("In stock: %1").replace("%1", str(self.model.rowCount())))

    # -- data --------------------------------------------------------------------------------

    def set_stock(self, rows: list[BatchStock]) -> None:
        """New stock rows (oldest first); the chosen batch stays chosen if still in stock."""
        want = self._want or (self.batch.id if self.batch else None)
        self._want = None
        self.model.set_rows(rows)
        self._count()
        found = self.select(want) if want else False
        if not found:
            if want and self.batch is not None and self.batch.id == want:
                self.show_batch(self._reload(want))  # sold out: still show what happened
            else:
                self.show_batch(None)

    def select(self, batch_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).batch_id == batch_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                self.show_batch(self._reload(batch_id))
                return True
        return False

    def _filter_now(self) -> None:
        """Filter the list as the farmer and catalogue searches match (the core's
        ``matches_search``: the words, full pinyin or initials of the product and farmer, or
        the trace code); a chosen batch the filter hides is let go, so no sale form stays
        open on a batch the list no longer shows."""
        self._timer.stop()
        query = self.filter.text().strip()
        if query == self._query:
            return
        self._query = query
        self.proxy.set_predicate(
            (lambda b: matches_search(query, b.product, b.grade, b.farmer_name, b.trace_code))
            if query
            else None
        )
        chosen = self.batch.id if self.batch is not None else None
        shown = {self.proxy.row_at(r).batch_id for r in range(self.proxy.rowCount())}
        if chosen is not None and chosen not in shown:
            self.table.selectionModel().clearSelection()
            self.show_batch(None)

    def _keep_current(self) -> None:
        """A current row (where Enter acts) whenever the list has rows; it selects nothing,
        so a reload chooses no batch by itself."""
        if self.table.currentIndex().isValid() or not self.proxy.rowCount():
            return
        chosen = self.table.selectionModel().selectedRows()
        self.table.selectionModel().setCurrentIndex(
            chosen[0] if chosen else self.proxy.index(0, 0),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )

    def _to_table(self) -> None:
        """Enter in the filter: apply it now and move to the first batch."""
        self._filter_now()
        if self.proxy.rowCount():
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self.table.setFocus()

    def _choose(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a batch: choose it and go to its sale (issue 12 #4:
        it took Tab then Space, and the cursor vanished into the disabled sale form)."""
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row: BatchStock = self.proxy.row_at(index.row())
        if self.batch is None or self.batch.id != row.batch_id:
            self.show_batch(self._reload(row.batch_id))
        self.start_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def start_field(self, *, move: bool = False) -> QWidget:
        """Where work on this tab starts: the chosen batch's sale (or return), else the list."""
        if self.batch is not None and self.sell.isEnabled():
            return self.take_out.qty if move else self.sell.qty
        if self.proxy.rowCount() and self.table.selectionModel().hasSelection():
            return self.table
        return self.filter

    def _focus_after(self) -> None:
        QTimer.singleShot(
            0, self, lambda: self.start_field().setFocus(Qt.FocusReason.OtherFocusReason)
        )

    def want(self, batch_id: str) -> None:
        """Choose this batch when the next stock list arrives (after an intake)."""
        self._want = batch_id

    def _reload(self, batch_id: str) -> Batch | None:
        try:
            return self.ctx.station.consignment.batch(batch_id)
        except ServicePointError:
            return None

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row: BatchStock = self.proxy.row_at(rows[0].row())
        if self.batch is None or self.batch.id != row.batch_id:
            self.show_batch(self._reload(row.batch_id))

    def show_batch(self, batch: Batch | None) -> None:
        self.batch = batch
        self.sell.set_batch(batch if batch and batch.stock.on_hand > 0 else None)
        self.take_out.set_batch(batch if batch and batch.stock.on_hand > 0 else None)
        self.reprint.setEnabled(batch is not None)
        if batch is None:
            self.info.setText(self.tr("Choose a batch in the list."))
            self.sales_model.set_rows([])
            self.void.setEnabled(False)
            return
        station = self.ctx.station
        farmer = station.farmers.get(batch.farmer_id)
        st = batch.stock
        unit = batch.unit
        parts = [
            f"{batch.product}{'（' + batch.grade + '）' if batch.grade else ''}"
            f" · {farmer.name} · {batch.trace_code}",
            self.tr("On hand %1 of %2 (sold %3, returned %4, spoiled %5)")
            .replace("%1", quantity(self.ctx, st.on_hand, unit) if st.on_hand else "0")
            .replace("%2", quantity(self.ctx, st.intake, unit))
            .replace("%3", quantity(self.ctx, st.sold, unit) if st.sold else "0")
            .replace("%4", quantity(self.ctx, st.returned, unit) if st.returned else "0")
            .replace("%5", quantity(self.ctx, st.spoiled, unit) if st.spoiled else "0"),
        ]
        terms = [self.tr("Commission %1%").replace("%1", _percent(batch.commission_bp))]
        if batch.floor_price_fen is not None:
            terms.append(
                self.tr("floor price %1 per %2")
                .replace("%1", format_yuan(batch.floor_price_fen, symbol="¥"))
                .replace("%2", unit_name(self.ctx, unit))
            )
        # the list's comma is the language's own: 「佣金 10%，最低价 ¥8.00/斤」
        parts.append(("，" if self.ctx.lang != "en" else ", ").join(terms))
        self.info.setText("\n".join(parts))
        rows: list[tuple[Sale, str, bool, bool]] = []
        for sale in station.consignment.sales(batch.id):
            number = station.receipts.get(sale.receipt_id).number
            rows.append(
                (
                    sale,
                    number,
                    station.consignment.is_sale_voided(sale),
                    station.settlement.settlement_of(sale.id) is not None,
                )
            )
        self.sales_model.set_rows(rows)
        self.void.setEnabled(bool(rows))

    def _done(self, number: str) -> None:
        self.last.say(lambda: self.tr("Done: receipt %1.").replace("%1", number))
        if self.batch is not None:
            self.show_batch(self._reload(self.batch.id))

    # -- actions -----------------------------------------------------------------------------

    def reprint_label(self) -> None:
        if self.batch is not None:
            self.labels.print(self, self.batch.id)

    def void_sale(self) -> None:
        rows = self.sales.selectionModel().selectedRows()
        if not rows:
            self.last.setText(self.tr("Choose the sale to void in the list of this batch's sales."))
            return
        _sale, number, voided, settled = self.sales_model.row(rows[0].row())
        if voided or settled:
            self.last.setText(
                self.tr("Sale %1 is already voided or settled; it cannot be voided here.").replace(
                    "%1", number
                )
            )
            return
        approver = self.ctx.ask_manager(
            self, self.tr("void consignment sale %1").replace("%1", number)
        )
        if approver is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void sale"),
            self.tr("Why is sale %1 voided? (printed on the void slip)").replace("%1", number),
        )
        if not ok:
            return
        void: Any = self.ctx.attempt(
            self, lambda st: st.receipts.void(number, reason, approver=approver)
        )
        if void is not None:
            self.ctx.printer.print(self, void.number)
            self._done(void.number)


def _percent(bp: int) -> str:
    return str(bp // 100) + (f".{bp % 100:02d}".rstrip("0") if bp % 100 else "")
