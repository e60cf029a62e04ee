"""Settling with a farmer (结算): choose the sales, see the commission, the agreed fees and what
is offset against the farmer's account, confirm the payout and print the statement.

Every figure on the form is ``settlement.preview`` of exactly what is ticked and typed, so the
screen shows what ``settle`` will write; nothing is computed here.  A refusal (fees above the
proceeds, an offset above the debt) appears under the field that caused it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.consignment import Batch, Sale
from ...core.errors import ServicePointError
from ...core.farmers import Farmer
from ...core.money import SYNTAX_CODES, format_yuan
from ...core.reports import FarmerDue
from ...core.settlement import Fee, SettlementFigures
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from .consignment_common import (
    SalesModel,
    enter_submits,
    fit_columns,
    make_table,
    money_edit,
    quantity,
    unit_name,
)
from .consignment_sell import _label_texts, _row
from .farmers import FarmerPicker
from .forms import ERROR_STYLE, Form, named
from .report_common import yuan
from .saying import SayingLabel

if TYPE_CHECKING:
    from ..context import AppContext

Index = QModelIndex | QPersistentModelIndex
FEE_CODES = (
    "fees",
    "fee_description",
    "fees_exceed_proceeds",
    "too_many_decimals",
    "zero_amount",
    "negative_amount",
    "absurd_amount",
    *SYNTAX_CODES,
)
OFFSET_CODES = ("offset", "offset_exceeds_debt", "offset_exceeds_net")


class SettlePanel(Retranslating, QWidget):
    settlement_did_pay = Signal(str)  # receipt number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("consSettlePanel")
        self.farmer: Farmer | None = None
        self.fees: list[Fee] = []
        self.figures: SettlementFigures | None = None
        self.owed_fen: int | None = None
        self._batches: dict[str, Batch] = {}
        # Left: who is due, or any farmer
        self.box_who = QGroupBox()
        self.picker = FarmerPicker(ctx, name="settleFarmer")
        self.picker.matches.setMaximumHeight(90)
        # a farmer with sales to settle is registered already: the search gets the room
        self.picker.new_button.hide()
        self.picker.farmer_chosen.connect(self.choose)
        self.due_model = RowsModel(self._due_columns(), self)
        self.due = make_table("settleDue", self.due_model, [90, 50])
        EmptyHint(self.due, lambda: self.tr("No farmer is waiting to be settled with."))
        self.due.activated.connect(self._due_activated)
        self.due.clicked.connect(self._due_activated)
        self.due_title = QLabel()
        who = QVBoxLayout(self.box_who)
        who.addWidget(self.picker)
        who.addWidget(self.due_title)
        who.addWidget(self.due, 1)
        # Middle: the sales
        self.box_sales = QGroupBox()
        self.sales_model = SalesModel(self._sale_columns(), self)
        self.sales_model.checks_did_change.connect(self.update_figures)
        self.sales = make_table("settleSales", self.sales_model, [112, 80, 65, 75])
        EmptyHint(
            self.sales,
            lambda: (
                self.tr("This farmer has no sales waiting to be settled.")
                if self.farmer
                else self.tr("Choose a farmer on the left to see the sales due.")
            ),
        )
        self.sales_error = named(QLabel(), "settleSalesError")
        self.sales_error.setStyleSheet(ERROR_STYLE)
        self.sales_error.setWordWrap(True)
        self.sales_error.hide()
        self.all = named(QPushButton(), "settleAll")
        self.all.clicked.connect(lambda: self.sales_model.tick_all(True))
        self.none = named(QPushButton(), "settleNone")
        self.none.clicked.connect(lambda: self.sales_model.tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.all)
        ticks.addWidget(self.none)
        ticks.addStretch(1)
        mid = QVBoxLayout(self.box_sales)
        mid.addWidget(self.sales, 1)
        mid.addWidget(self.sales_error)
        mid.addLayout(ticks)
        # Right: fees, offset, payout
        self.box_pay = QGroupBox()
        self.form = Form(ctx)
        self.fee_desc = named(QLineEdit(), "settleFeeDesc")
        self.fee_desc.setMaxLength(40)
        self.fee_amount = money_edit("settleFees")
        self.fee_amount.setMaximumWidth(90)
        self.add_fee = named(QPushButton(), "settleAddFee")
        self.add_fee.clicked.connect(self.add_fee_line)
        self.fee_list = named(QListWidget(), "settleFeeList")
        self.fee_list.setMaximumHeight(56)
        self.remove_fee = named(QPushButton(), "settleRemoveFee")
        self.remove_fee.clicked.connect(self.remove_fee_line)
        self.offset = money_edit("settleOffset", allow_zero=True)
        self.offset.setMaximumWidth(110)
        self.offset.setMinimumWidth(70)  # room for 0.00
        self.offset_all = named(QPushButton(), "settleOffsetAll")
        self.offset_all.clicked.connect(self.offset_everything)
        self.owed = named(QLabel(), "settleOwed")
        self.owed.setWordWrap(True)  # 「欠款 ¥594.00」 on two lines leaves the sales their columns
        self.method = named(QComboBox(), "settleMethod")
        self.method.addItem("", "cash")
        self.method.addItem("", "mobile")
        self.reference = named(QLineEdit(), "settleRef")
        self.reference.setMaxLength(64)
        self.reference.hide()
        self.method.currentIndexChanged.connect(self._method_changed)
        fee, fees, offset, pay_by = self._row_texts()
        self.rows = [
            self.form.add(fee, _row(self.fee_desc, self.fee_amount, self.add_fee), *FEE_CODES),
            self.form.add(fees, _row(self.fee_list, self.remove_fee)),
            self.form.add(
                offset, _row(self.offset, self.offset_all, self.owed, stretch=(2,)), *OFFSET_CODES
            ),
            self.form.add(
                pay_by,
                _row(self.method, self.reference, stretch=(1,)),
                "payment_reference",
                "payment_method_unknown",
            ),
        ]
        self.figure_labels: dict[str, QLabel] = {}
        figures = QFormLayout()
        self.figure_titles: dict[str, QLabel] = {}
        for key in ("Proceeds", "Commission", "FeesTotal", "OffsetAmount", "Payout"):
            value = named(QLabel(), f"settle{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            title = QLabel()
            if key == "Payout":
                value.setStyleSheet("font-size: 14pt; font-weight: bold;")
                title.setStyleSheet("font-weight: bold;")
            figures.addRow(title, value)
            self.figure_labels[key] = value
            self.figure_titles[key] = title
        self.confirm = named(QPushButton(), "settleConfirm")
        self.confirm.clicked.connect(self.settle)
        self.result = named(SayingLabel(), "settleResult")
        self.result.setWordWrap(True)
        pay = QVBoxLayout(self.box_pay)
        pay.addWidget(self.form)
        pay.addLayout(figures)
        pay.addWidget(self.confirm)
        pay.addWidget(self.result)
        pay.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.box_who, 2)
        layout.addWidget(self.box_sales, 7)  # room for the sales' five columns in English
        layout.addWidget(self.box_pay, 2)
        for edit in (self.fee_desc, self.fee_amount, self.offset):
            edit.textChanged.connect(self.update_figures)
        self.fee_amount.returnPressed.connect(self.add_fee_line)
        enter_submits([], [self.reference], self.settle, (self.method,))  # Enter pays out
        self.settlement_did_pay.connect(lambda _n: self.picker.search.setFocus())
        self.retranslate()
        self.choose(None)

    # -- texts -------------------------------------------------------------------------------

    def _due_columns(self) -> list[Column]:
        return [
            Column(self.tr("Farmer"), lambda d: d.farmer_name),
            Column(self.tr("Sales"), lambda d: d.sales, align_right=True),
            Column(self.tr("Due"), lambda d: d.net_due_fen, money=True),
        ]

    def _sale_columns(self) -> list[Column]:
        return [
            Column(self.tr("Sold"), lambda r: r[0].created_at[:10]),
            Column(self.tr("Product"), lambda r: r[1].product),
            Column(
                self.tr("Quantity"),
                lambda r: quantity(self.ctx, r[0].quantity_base, r[1].unit),
                align_right=True,
            ),
            Column(self.tr("Amount"), lambda r: r[0].amount_fen, money=True),
            Column(self.tr("Commission"), lambda r: r[0].commission_fen, money=True),
        ]

    def _row_texts(self) -> tuple[str, str, str, str]:
        return self.tr("&Fee"), self.tr("Fees"), self.tr("&Offset"), self.tr("&Pay by")

    def retranslate(self) -> None:
        self.box_who.setTitle(self.tr("Farmer"))
        self.box_sales.setTitle(self.tr("Sales to settle"))
        self.box_pay.setTitle(self.tr("Payout"))
        self.due_title.setText(self.tr("Farmers with sales to settle:"))
        self.due_model.set_columns(self._due_columns())
        self.sales_model.set_columns(self._sale_columns())
        jin = unit_name(self.ctx, "jin")
        fit_columns(self.sales, ("☑ 2026-12-31", "土鸡蛋", f"99.5 {jin}", "¥999.00", None))
        fit_columns(self.due, ("欧阳某某", "99", "¥99,999.99"), whole=True)
        self.all.setText(self.tr("Tick all"))
        self.none.setText(self.tr("Tick none"))
        _label_texts(self.form, list(zip(self.rows, self._row_texts(), strict=True)))
        self.fee_desc.setPlaceholderText(self.tr("e.g. packing"))
        hint = self.fee_desc.fontMetrics().horizontalAdvance(self.fee_desc.placeholderText())
        # the example is never cut: the style's border and padding (6 px a side), Qt's 2 px
        # margin a side, and room for a glyph's overhang
        self.fee_desc.setMinimumWidth(hint + 24)
        # the fee's amount as wide as a three-figure fee, so its "0.00" is never cut either
        money = self.fee_amount.fontMetrics().horizontalAdvance("999.00")
        self.fee_amount.setMinimumWidth(money + 24)
        self.add_fee.setText(self.tr("Add"))
        self.remove_fee.setText(self.tr("Remove"))
        self.offset.setPlaceholderText("0.00")
        self.offset.setToolTip(
            self.tr("Part of what the farmer owes on account, kept back from the payout")
        )
        self.offset_all.setText(self.tr("All owed"))
        self.method.setItemText(0, self.tr("Cash"))
        self.method.setItemText(1, self.tr("Mobile payment"))
        self.reference.setPlaceholderText(self.tr("payment reference"))
        titles = {
            "Proceeds": self.tr("Sales proceeds"),
            "Commission": self.tr("− Commission"),
            "FeesTotal": self.tr("− Fees"),
            "OffsetAmount": self.tr("− Offset (account)"),
            "Payout": self.tr("Payout to the farmer"),
        }
        for key, label in self.figure_titles.items():
            label.setText(titles[key])
        self.confirm.setText(self.tr("Pay out and print statement"))
        self._show_owed(self.owed_fen)

    def _method_changed(self) -> None:
        mobile = self.method.currentData() == "mobile"
        if not mobile and self.reference.hasFocus():
            self.method.setFocus()  # never on a field that disappears
        self.reference.setVisible(mobile)

    def start_field(self) -> QWidget:
        """Where settling starts: the farmer, or the first fee once a farmer is chosen."""
        if self.farmer is None:
            return self.picker.search
        return self.fee_desc if self.sales_model.rowCount() else self.picker.search

    # -- data --------------------------------------------------------------------------------

    def set_due(self, rows: list[FarmerDue]) -> None:
        self.due_model.set_rows(rows)

    def _due_activated(self, index: QModelIndex) -> None:
        due: FarmerDue = self.due_model.row(index.row())
        try:
            self.picker.choose(self.ctx.station.farmers.get(due.farmer_id))
        except ServicePointError as error:
            QMessageBox.warning(self, self.tr("Not found"), self.ctx.message(error))

    def choose(self, farmer: Farmer | None) -> None:
        changed = (farmer.id if farmer else None) != (self.farmer.id if self.farmer else None)
        self.farmer = farmer
        if changed:
            self.fees = []
            self.fee_list.clear()
            for edit in (self.fee_desc, self.fee_amount, self.offset, self.reference):
                edit.clear()
            self.result.clear()
            self.sales_model.unticked = set()
        self.reload()

    def reload(self) -> None:
        """The chosen farmer's sales due (new ones ticked, unticked ones stay unticked)."""
        farmer = self.farmer
        rows: list[tuple[Sale, Batch]] = []
        if farmer is not None:
            cons = self.ctx.station.consignment
            for sale in self.ctx.station.settlement.due(farmer.id):
                if sale.batch_id not in self._batches:
                    self._batches[sale.batch_id] = cons.batch(sale.batch_id)
                rows.append((sale, self._batches[sale.batch_id]))
        ids = {r[0].id for r in rows}
        self.sales_model.unticked &= ids
        self.sales_model.set_rows(rows)
        self._show_owed(self.ctx.station.ledger.balance(farmer.id) if farmer else None)
        self.box_pay.setEnabled(farmer is not None)
        self.update_figures()

    def _show_owed(self, owed: int | None) -> None:
        self.owed_fen = owed
        if owed is None:
            self.owed.setText("")
        elif owed > 0:
            self.owed.setText(self.tr("owes %1").replace("%1", yuan(owed)))
        elif owed < 0:
            self.owed.setText(self.tr("is owed %1").replace("%1", yuan(-owed)))
        else:
            self.owed.setText(self.tr("owes nothing"))
        # two lines at a space at most, never a word cut in two (无欠 read 无 / 欠)
        words = self.owed.text().split() or [""]
        self.owed.setMinimumWidth(max(map(self.owed.fontMetrics().horizontalAdvance, words)))

    # -- figures -----------------------------------------------------------------------------

    def _fees(self) -> list[Fee] | None:
        fees = list(self.fees)
        if self.fee_amount.text().strip() or self.fee_desc.text().strip():
            try:
                fees.append(Fee(self.fee_desc.text(), self.fee_amount.fen()))
            except ServicePointError as error:
                self.form.show_error(error, "fees")
                return None
        return fees

    def _offset(self) -> int | None:
        if not self.offset.text().strip():
            return 0
        try:
            return self.offset.fen()
        except ServicePointError as error:
            self.form.show_error(error, "offset")
            return None

    def preview(self) -> SettlementFigures | None:
        """The core's figures for what is ticked and typed; errors shown where they belong."""
        self.form.clear_errors()
        self.sales_error.hide()
        self.figures = None
        if self.farmer is None:
            return None
        fees = self._fees()
        offset = self._offset()
        if fees is None or offset is None:
            return None
        ticked = self.sales_model.ticked()
        if not ticked:
            if self.sales_model.rows:  # nothing due at all is no mistake: the list says so
                self.sales_error.setText(self.tr("Tick the sales to settle."))
                self.sales_error.show()
            return None
        try:
            self.figures = self.ctx.station.settlement.preview(self.farmer.id, ticked, fees, offset)
        except ServicePointError as error:
            if error.code in OFFSET_CODES:
                self.form.show_error(error, "offset")
            elif error.code in FEE_CODES or error.params.get("field") == "fee_description":
                self.form.show_error(error, "fees")
            else:
                self.sales_error.setText(self.ctx.message(error))
                self.sales_error.show()
        return self.figures

    def update_figures(self) -> None:
        fig = self.preview()
        values = (
            {
                "Proceeds": fig.proceeds_fen,
                "Commission": fig.commission_fen,
                "FeesTotal": fig.fees_fen,
                "OffsetAmount": fig.offset_fen,
                "Payout": fig.payout_fen,
            }
            if fig
            else {}
        )
        for key, label in self.figure_labels.items():
            label.setText(yuan(values[key]) if key in values else "—")
        self.confirm.setEnabled(fig is not None)

    def add_fee_line(self) -> None:
        if not (self.fee_amount.text().strip() or self.fee_desc.text().strip()):
            return
        fees = self._fees()
        if fees is None:
            return
        fee = fees[-1]
        if not fee.description.strip():
            self.update_figures()  # the core says the description is missing
            if self.figures is None:
                return
        self.fees.append(fee)
        self.fee_list.addItem(f"{fee.description.strip()}  {yuan(fee.amount_fen)}")
        self.fee_desc.clear()
        self.fee_amount.clear()
        self.fee_desc.setFocus()
        self.update_figures()

    def remove_fee_line(self) -> None:
        row = self.fee_list.currentRow()
        if 0 <= row < len(self.fees):
            del self.fees[row]
            self.fee_list.takeItem(row)
            self.update_figures()

    def offset_everything(self) -> None:
        """Offset as much of the debt as this settlement can carry."""
        if self.farmer is None:
            return
        owed = max(self.ctx.station.ledger.balance(self.farmer.id), 0)
        self.offset.clear()
        fig = self.preview()
        if fig is None:
            return
        self.offset.setText(format_yuan(min(owed, fig.payout_fen), grouped=False) if owed else "")

    # -- paying ------------------------------------------------------------------------------

    def settle(self) -> None:
        farmer = self.farmer
        fig = self.preview()
        if farmer is None or fig is None:
            self.update_figures()
            return
        text = (
            self.tr("Pay %1 to %2 for %3 sales?")
            .replace("%1", yuan(fig.payout_fen))
            .replace("%2", farmer.name)
            .replace("%3", str(len(fig.sales)))
        )
        if fig.offset_fen:
            text += "\n" + self.tr("%1 is kept back against the account.").replace(
                "%1", yuan(fig.offset_fen)
            )
        if not self.ctx.confirm(self, self.tr("Pay out"), text):
            return
        try:
            method, reference = str(self.method.currentData()), self.reference.text() or None
            receipt = self.ctx.write(
                lambda st: st.settlement.settle(
                    farmer.id,
                    [s.id for s in fig.sales],
                    fees=fig.fees,
                    offset_fen=fig.offset_fen,
                    method=method,
                    reference=reference,
                )
            )
        except ServicePointError as error:
            self.form.show_error(
                error,
                "payment_reference" if error.params.get("field") == "payment_reference" else None,
            )
            return
        self.ctx.printer.print(self, receipt.number)
        self.fees = []
        self.fee_list.clear()
        for edit in (self.fee_desc, self.fee_amount, self.offset, self.reference):
            edit.clear()
        self.reload()
        self.result.say(
            lambda: (
                self.tr("Paid %1 to %2. Statement %3.")
                .replace("%1", yuan(receipt.amount_fen))
                .replace("%2", farmer.name)
                .replace("%3", receipt.number)
            )
        )
        self.settlement_did_pay.emit(receipt.number)
