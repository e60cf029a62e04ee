"""A farmer's page: who they are, their orders, consignment batches, settlements, and the
account ledger with its running balance.

Privacy (BRIEF §3): the poverty-card and ID numbers are shown only while a manager is signed
in, or for this farmer after a manager approved it with a PIN; the approval ends when another
farmer is shown or the operator changes.  The data comes from the core's services only
(``load_page`` takes any station, so it can move to the worker if it ever needs to).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import Batch
from ...core.errors import ServicePointError
from ...core.farmers import Farmer
from ...core.ledger import LedgerEntry
from ...core.money import format_yuan
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from .consignment_common import fit_columns, make_table, quantity
from .forms import named
from .purchase_order import platform_names
from .purchase_orders import STATUS_COLOURS, OrderRow, shown_status_name, struck_out

if TYPE_CHECKING:
    from ...core import Station
    from ..context import AppContext

ORDER_LIMIT = 500


@dataclass(frozen=True)
class SettlementRow:
    number: str
    created_at: str
    proceeds_fen: int
    commission_fen: int
    fees_fen: int
    offset_fen: int
    payout_fen: int
    voided: bool


@dataclass
class PageData:
    farmer: Farmer
    orders: list[dict[str, Any]] = field(default_factory=list)
    batches: list[Batch] = field(default_factory=list)
    settlements: list[SettlementRow] = field(default_factory=list)
    ledger: list[tuple[LedgerEntry, str]] = field(default_factory=list)  # entry, receipt no.
    balance_fen: int = 0


def load_page(station: Station, farmer_id: str) -> PageData:
    """Everything the page shows, through the core's services."""
    s = station
    data = PageData(s.farmers.get(farmer_id))
    data.orders = s.purchasing.list(farmer_id=farmer_id, limit=ORDER_LIMIT)
    data.batches = list(reversed(s.consignment.batches(farmer_id=farmer_id, limit=ORDER_LIMIT)))
    receipts: dict[str, Any] = {}

    def receipt(receipt_id: str) -> Any:
        if receipt_id not in receipts:
            receipts[receipt_id] = s.receipts.get(receipt_id)
        return receipts[receipt_id]

    for entry in s.ledger.entries(farmer_id):
        data.ledger.append((entry, receipt(entry.receipt_id).number))
    data.balance_fen = s.ledger.balance(farmer_id)
    for row in s.settlement.for_farmer(farmer_id, ORDER_LIMIT):
        data.settlements.append(
            SettlementRow(
                row["number"],
                row["created_at"],
                row["proceeds_fen"],
                row["commission_fen"],
                row["fees_fen"],
                row["offset_fen"],
                row["payout_fen"],
                bool(row["voided"]),
            )
        )
    data.ledger.reverse()  # newest first; the running balance is computed oldest first
    return data


KINDS = (
    "credit_purchase",
    "refund_to_account",
    "repayment",
    "settlement_payable",
    "payout",
    "settlement_offset",
    "reversal",
)


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


class FarmerPage(Retranslating, QWidget):
    edit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("farmerPage")
        self.data: PageData | None = None
        self._revealed: str | None = None
        self.name = named(QLabel(), "farmerPageName")
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.details = named(QLabel(), "farmerPageDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.private = named(QLabel(), "farmerPrivate")
        self.private.setTextFormat(Qt.TextFormat.PlainText)
        self.private.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_private = named(QPushButton(), "farmerShowPrivate")
        self.show_private.clicked.connect(self.reveal)
        self.balance = named(QLabel(), "farmerBalance")
        self.balance.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.edit = named(QPushButton(), "farmerEdit")
        self.edit.clicked.connect(self.edit_requested.emit)
        self.models = {
            "orders": RowsModel(self._order_columns(), self),
            "batches": RowsModel(self._batch_columns(), self),
            "settlements": RowsModel(self._settlement_columns(), self),
            "ledger": RowsModel(self._ledger_columns(), self),
        }
        # what no longer counts, still listed (nothing is deleted): struck through
        self.models["orders"].struck = struck_out
        self.models["settlements"].struck = lambda r: r.voided
        self.tables = {
            "orders": make_table("farmerPageOrders", self.models["orders"], [150, 130, 110, 90]),
            "batches": make_table(
                "farmerPageBatches", self.models["batches"], [90, 120, 70, 70, 70, 70, 70]
            ),
            "settlements": make_table(
                "farmerPageSettlements", self.models["settlements"], [120, 130, 75, 75, 60, 60, 75]
            ),
            "ledger": make_table("farmerPageLedger", self.models["ledger"], [120, 180, 85, 85]),
        }
        empty = {
            "orders": lambda: self.tr("No assisted-purchase orders for this farmer yet."),
            "batches": lambda: self.tr("This farmer has brought no goods on consignment yet."),
            "settlements": lambda: self.tr("No settlements with this farmer yet."),
            "ledger": lambda: self.tr("Nothing on this farmer's account yet."),
        }
        for key, text in empty.items():
            EmptyHint(self.tables[key], partial(self._empty_text, text))
        self.tabs = named(QTabWidget(), "farmerPageTabs")
        for key in ("ledger", "orders", "batches", "settlements"):
            self.tabs.addTab(self.tables[key], "")
        head = QGridLayout()
        head.addWidget(self.name, 0, 0)
        head.addWidget(self.edit, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.details, 1, 0, 1, 2)
        private_row = QHBoxLayout()
        private_row.addWidget(self.private, 1)
        private_row.addWidget(self.show_private)
        head.addLayout(private_row, 2, 0, 1, 2)
        head.addWidget(self.balance, 3, 0, 1, 2)
        head.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        ctx.operator_did_change.connect(self._operator_changed)
        self.retranslate()
        self.show_farmer(None)

    # -- columns and texts ------------------------------------------------------------------

    def _order_columns(self) -> list[Column]:
        """As F4 lists them: 部分退货 with the amount after returns, a cancelled or voided
        order at ¥0.00 and struck through (it showed 已取货 and the full amount)."""
        platforms = platform_names()
        return [
            Column(self.tr("Order"), lambda o: o.number),
            Column(self.tr("Placed"), lambda o: _when(o.created_at)),
            Column(
                self.tr("Status"),
                lambda o: shown_status_name(o.shown_status, o.ordering),
                colour=lambda o: STATUS_COLOURS.get(o.shown_status),
            ),
            Column(self.tr("Total"), lambda o: o.net_fen, money=True),
            Column(
                self.tr("Platform order"),
                lambda o: (
                    "; ".join(f"{platforms.get(p, p)} {n}" for p, n in o.platform_refs)
                    or o.platform_order_no
                ),
            ),
        ]

    def _batch_columns(self) -> list[Column]:
        def q(b: Batch, base: int) -> str:
            return quantity(self.ctx, base, b.unit) if base else "0"

        return [
            Column(self.tr("Taken in"), lambda b: b.created_at[:10]),
            Column(self.tr("Product"), lambda b: b.product + (f"（{b.grade}）" if b.grade else "")),
            Column(self.tr("Quantity"), lambda b: q(b, b.stock.intake), align_right=True),
            Column(self.tr("Sold"), lambda b: q(b, b.stock.sold), align_right=True),
            Column(self.tr("Returned"), lambda b: q(b, b.stock.returned), align_right=True),
            Column(self.tr("Spoiled"), lambda b: q(b, b.stock.spoiled), align_right=True),
            Column(self.tr("On hand"), lambda b: q(b, b.stock.on_hand), align_right=True),
            Column(self.tr("Trace code"), lambda b: b.trace_code),
        ]

    def _settlement_columns(self) -> list[Column]:
        return [
            Column(self.tr("Settled"), lambda r: _when(r.created_at)),
            Column(self.tr("Statement"), lambda r: r.number),
            Column(self.tr("Proceeds"), lambda r: r.proceeds_fen, money=True),
            Column(self.tr("Commission"), lambda r: r.commission_fen, money=True),
            Column(self.tr("Fees"), lambda r: r.fees_fen, money=True),
            Column(self.tr("Offset"), lambda r: r.offset_fen, money=True),
            Column(self.tr("Payout"), lambda r: r.payout_fen, money=True),
            Column(
                self.tr("State"),
                lambda r: self.tr("voided") if r.voided else "",
                colour=lambda r: "#b00020" if r.voided else None,
            ),
        ]

    def _ledger_columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda e: e[0].created_at[:10]),  # the day: room for the rest
            Column(self.tr("Entry"), lambda e: self._kind(e[0].kind)),
            Column(self.tr("Amount"), lambda e: e[0].amount_fen, money=True),
            Column(self.tr("Balance"), lambda e: e[0].running_balance_fen, money=True),
            Column(self.tr("Receipt"), lambda e: e[1]),
        ]

    def _kind(self, kind: str) -> str:
        """A ledger entry's kind in words (one of ``KINDS``)."""
        return {
            "credit_purchase": self.tr("Bought on account"),
            "refund_to_account": self.tr("Refund to account"),
            "repayment": self.tr("Repayment"),
            "settlement_payable": self.tr("Consignment proceeds due"),
            "payout": self.tr("Payout"),
            "settlement_offset": self.tr("Offset against account"),
            "reversal": self.tr("Reversal (void)"),
        }.get(kind, kind)

    def _empty_text(self, text: Callable[[], str]) -> str:
        """A tab's own words once a farmer is shown; before that, where to choose one."""
        return text() if self.data else self.tr("Choose a farmer in the list on the left.")

    def retranslate(self) -> None:
        self.models["orders"].set_columns(self._order_columns())
        self.models["batches"].set_columns(self._batch_columns())
        self.models["settlements"].set_columns(self._settlement_columns())
        self.models["ledger"].set_columns(self._ledger_columns())
        # dates, amounts and entries whole in either language ("2026-12-04 2…" was cut)
        stamp, number, fen = "2026-12-04 23:59", "GJ01-2026-000000", "-¥9,999.00"
        widest = max(map(self._kind, KINDS), key=self.fontMetrics().horizontalAdvance)
        fit_columns(self.tables["ledger"], [stamp[:10], widest, fen, fen])
        fit_columns(self.tables["orders"], [number, stamp, None, fen])
        for i, title in enumerate(
            (
                self.tr("Account"),
                self.tr("Orders"),
                self.tr("Consignment batches"),
                self.tr("Settlements"),
            )
        ):
            self.tabs.setTabText(i, title)
        self.edit.setText(self.tr("Edit…"))
        self.edit.setToolTip(self.tr("Edit this farmer (Ctrl+E)"))
        self.show_private.setText(self.tr("Show card and ID numbers…"))
        self.show_private.setToolTip(self.tr("Needs a manager's PIN"))
        self._show()

    # -- showing -----------------------------------------------------------------------------

    def show_farmer(self, farmer_id: str | None) -> None:
        if farmer_id is None or self.data is None or self.data.farmer.id != farmer_id:
            self._revealed = None
        try:
            self.data = load_page(self.ctx.station, farmer_id) if farmer_id else None
        except ServicePointError:
            self.data = None
        self._show()

    def reload(self) -> None:
        self.show_farmer(self.data.farmer.id if self.data else None)

    def _manager_may_see(self) -> bool:
        op = self.ctx.station.operator
        return bool(op and op.is_manager) or (
            self.data is not None and self._revealed == self.data.farmer.id
        )

    def _operator_changed(self) -> None:
        self._revealed = None
        self._show()

    def _show(self) -> None:
        data = self.data
        self.setEnabled(data is not None)
        if data is None:
            self.name.setText(self.tr("No farmer chosen"))
            for label in (self.details, self.private, self.balance):
                label.clear()
            self.show_private.hide()
            for model in self.models.values():
                model.set_rows([])
            return
        f = data.farmer
        self.name.setText(f.name)
        bits = [
            f.village_group or self.tr("no village group"),
            f.phone or self.tr("no phone"),
            self.tr("registered poor household") if f.is_poor else "",
            self.tr("since %1").replace("%1", f.created_at[:10]),
        ]
        if f.note:
            bits.append(f.note)
        self.details.setText(" · ".join(b for b in bits if b))
        has_private = bool(f.poverty_card_no or f.id_number)
        if self._manager_may_see():
            self.private.setText(
                self.tr("Poverty card: %1   ID: %2")
                .replace("%1", f.poverty_card_no or "—")
                .replace("%2", f.id_number or "—")
            )
            self.show_private.hide()
        else:
            self.private.setText(
                self.tr("Card and ID numbers are shown to a manager only.") if has_private else ""
            )
            self.show_private.setVisible(has_private)
        bal = data.balance_fen
        state = (
            self.tr("owes the point")
            if bal > 0
            else self.tr("the point owes the farmer")
            if bal < 0
            else self.tr("nothing owed")
        )
        self.balance.setText(
            self.tr("Account balance: %1 (%2)")
            .replace("%1", format_yuan(bal, symbol="¥"))
            .replace("%2", state)
        )
        self.balance.setStyleSheet(
            "font-size: 12pt; font-weight: bold;" + ("color: #b00020;" if bal > 0 else "")
        )
        self.models["orders"].set_rows([OrderRow(o) for o in data.orders])
        self.models["batches"].set_rows(data.batches)
        self.models["settlements"].set_rows(data.settlements)
        self.models["ledger"].set_rows(data.ledger)
        counts = (len(data.ledger), len(data.orders), len(data.batches), len(data.settlements))
        titles = (
            self.tr("Account"),
            self.tr("Orders"),
            self.tr("Consignment batches"),
            self.tr("Settlements"),
        )
        for i, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(i, f"{title} ({n})")

    def reveal(self) -> None:
        """A manager approves showing this farmer's card and ID numbers."""
        if self.data is None:
            return
        approver = self.ctx.ask_manager(
            self,
            self.tr("show %1's poverty-card and ID numbers").replace("%1", self.data.farmer.name),
        )
        if approver is None:
            return
        farmer_id = self.data.farmer.id
        try:
            self.ctx.write(lambda st: st.farmers.private_shown(farmer_id, approver))
        except ServicePointError as error:
            QMessageBox.warning(self, self.tr("Not done"), self.ctx.message(error))
            return
        self._revealed = self.data.farmer.id
        self._show()
