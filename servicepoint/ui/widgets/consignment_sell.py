"""Selling part of a consigned batch, and sending goods back to the farmer or writing them off
as spoiled.  Both forms work on the batch chosen in the stock list.

The sale's total is the core's ``line_total`` of what was typed (BRIEF §3), shown live with the
point's commission; the core checks stock, the floor price and the payment again when the
sale is recorded.  A return or spoilage takes goods out of stock for good, so it asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import money, payments
from ...core.consignment import CHANNELS, Batch
from ...core.errors import ServicePointError
from ..i18n import Retranslating
from ..look import role
from .consignment_common import (
    enter_submits,
    money_edit,
    quantity,
    quantity_edit,
    show_text,
    unit_name,
)
from .consignment_intake import QUANTITY_CODES
from .forms import Form, named
from .saying import SayingLabel
from .scale_weight import ScaleWeight

if TYPE_CHECKING:
    from ...core.receipts import Receipt
    from ...core.station import Station
    from ..context import AppContext

PRICE_CODES = (
    "price",
    "too_many_decimals",
    "negative_amount",
    "zero_amount",
    "absurd_amount",
    "not_integer_fen",
    "below_floor_price",
    *money.SYNTAX_CODES,
)
PAYMENT_CODES = (
    "payment",
    "cash_short",
    "payment_mismatch",
    "payment_missing",
    "payment_method_unknown",
    "payment_reference",
    "payment_tendered",
)
STOCK_CODES = (*QUANTITY_CODES, "not_enough_stock")


def _row(*widgets: QWidget, stretch: tuple[int, ...] = (0,)) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        row.addWidget(widget, 1 if i in stretch else 0)
    return holder


def _label_texts(form: Form, rows: list[tuple[QWidget, str]]) -> None:
    for widget, text in rows:
        holder = widget.parentWidget()
        label = form.layout_.labelForField(holder) if holder is not None else None
        if isinstance(label, QLabel):
            label.setText(text)


class SellForm(Retranslating, QGroupBox):
    """Quantity, unit price, buyer and channel, and the payment.  Emits ``sale_did_record``
    with the receipt number after the receipt is printed."""

    sale_did_record = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: Batch | None = None
        self.setObjectName("consSellBox")
        self.form = Form(ctx)
        self.qty = quantity_edit("consSellQty")
        self.qty_unit = named(QLabel(), "consSellUnit")
        self.price = money_edit("consSellPrice")
        self.price_unit = named(QLabel(), "consSellPriceUnit")
        self.buyer = named(QLineEdit(), "consSellBuyer")
        self.buyer.setMaxLength(30)
        self.channel = named(QComboBox(), "consSellChannel")
        # as wide as its longest channel in the language shown: "Counter" was cut to "Counte"
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in CHANNELS:
            self.channel.addItem("", code)
        self.method = named(QComboBox(), "consSellMethod")
        self.method.addItem("", "cash")
        self.method.addItem("", "mobile")
        self.tendered = money_edit("consSellTendered")
        self.reference = named(QLineEdit(), "consSellRef")
        self.reference.setMaxLength(64)
        self.reference.hide()
        self.total = named(QLabel(), "consSellTotal")
        self.total.setWordWrap(True)
        # the last sale's change, large, until the operator starts the next sale
        self.last_change = named(SayingLabel(), "consSellLastChange")
        role(self.last_change, "big")
        self.last_change.hide()
        self.confirm = named(QPushButton(), "consSellConfirm")
        self.confirm.clicked.connect(self.sell)
        self.rows = [
            (
                self.form.add(self.tr("Quantity"), _row(self.qty, self.qty_unit), *STOCK_CODES),
                "quantity",
            ),
            (
                self.form.add(
                    self.tr("Unit price"), _row(self.price, self.price_unit), *PRICE_CODES
                ),
                "price",
            ),
            (
                self.form.add(
                    self.tr("Buyer"), _row(self.buyer, self.channel), "buyer", "channel_unknown"
                ),
                "buyer",
            ),
            (
                self.form.add(
                    self.tr("Payment"),
                    _row(self.method, self.tendered, self.reference, stretch=(1, 2)),
                    *PAYMENT_CODES,
                ),
                "payment",
            ),
        ]
        # produce sold by weight: the scale's weight, F10 into the quantity (the total follows)
        self.scale = ScaleWeight(
            ctx,
            self.qty,
            lambda: self.batch.unit if self.batch is not None else None,
            scope=self,
            name="consSellScale",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.scale)
        layout.addWidget(self.last_change)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.confirm)
        layout.addLayout(bottom)
        self.method.currentIndexChanged.connect(self._method_changed)
        for edit in (self.qty, self.price, self.tendered):
            edit.textChanged.connect(self.update_total)
            edit.textEdited.connect(lambda _t: self.last_change.hide())
        enter_submits(
            [self.qty, self.price],
            [self.buyer, self.tendered, self.reference],
            self.sell,
            (self.channel, self.method),
        )
        self.retranslate()
        self.set_batch(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sell"))
        widgets = [w for w, _ in self.rows]
        _label_texts(
            self.form,
            list(
                zip(
                    widgets,
                    (
                        self.tr("&Quantity"),
                        self.tr("Unit &price"),
                        self.tr("&Buyer"),
                        self.tr("Pa&yment"),
                    ),
                    strict=True,
                )
            ),
        )
        names = {
            "counter": self.tr("Counter"),
            "online": self.tr("Online shop"),
            "wholesale": self.tr("Wholesale"),
            "county": self.tr("County centre"),
            "other": self.tr("Other"),
        }
        for i in range(self.channel.count()):
            self.channel.setItemText(i, names[self.channel.itemData(i)])
        self.method.setItemText(0, self.tr("Cash"))
        self.method.setItemText(1, self.tr("Mobile payment"))
        self.buyer.setPlaceholderText(self.tr("buyer (optional)"))
        self.tendered.setPlaceholderText(self.tr("cash handed over"))
        self.reference.setPlaceholderText(self.tr("payment reference"))
        self.confirm.setText(self.tr("Record sale"))
        self.set_batch(self.batch)

    def set_batch(self, batch: Batch | None) -> None:
        if (batch.id if batch else None) != (self.batch.id if self.batch else None):
            self.form.clear_errors()
        self.batch = batch
        self.setEnabled(batch is not None)
        name = unit_name(self.ctx, batch.unit) if batch else ""
        self.qty_unit.setText(name)
        self.price_unit.setText(f"/ {name}" if name else "")
        # the scale for produce sold by weight only (its port is open only while it shows)
        self.scale.setVisible(batch is not None and money.unit(batch.unit).base == "g")
        self.scale.redraw()
        if batch is not None and batch.floor_price_fen is not None:
            self.price.setPlaceholderText(
                self.tr("at least %1").replace("%1", money.format_yuan(batch.floor_price_fen))
            )
        else:
            self.price.setPlaceholderText("0.00")
        self.update_total()

    def _method_changed(self) -> None:
        cash = self.method.currentData() == "cash"
        hidden = self.reference if cash else self.tendered
        if hidden.hasFocus():  # the cursor never stays on a field that disappears
            self.method.setFocus()
        self.tendered.setVisible(cash)
        self.reference.setVisible(not cash)
        self.update_total()

    def _amount(self) -> tuple[int, int] | None:
        """(quantity in base units, total fen) of what is typed, or None if not yet valid."""
        if self.batch is None:
            return None
        try:
            base = money.parse_quantity(self.qty.text(), self.batch.unit)
            price = self.price.fen()
        except ServicePointError:
            return None
        return base, money.line_total(base, price, self.batch.base_per_unit)

    def update_total(self) -> None:
        got = self._amount()
        if got is None or self.batch is None:
            self.total.setText("")
            return
        amount = got[1]
        comm = money.commission(amount, self.batch.commission_bp)
        text = (
            self.tr("Total %1 (commission %2)")
            .replace("%1", money.format_yuan(amount, symbol="¥"))
            .replace("%2", money.format_yuan(comm, symbol="¥"))
        )
        if self.method.currentData() == "cash" and self.tendered.text().strip():
            try:
                change = self.tendered.fen() - amount
            except ServicePointError:
                change = -1
            if change >= 0:
                text += "  " + self.tr("Change %1").replace(
                    "%1", money.format_yuan(change, symbol="¥")
                )
        self.total.setText(text)

    def sell(self) -> None:
        batch = self.batch
        if batch is None:
            return
        self.form.clear_errors()
        try:
            base = money.parse_quantity(self.qty.text(), batch.unit)
        except ServicePointError as error:
            return self._refuse(error, "quantity", self.qty)
        try:
            price = self.price.fen()
        except ServicePointError as error:
            return self._refuse(error, "price", self.price)
        amount = money.line_total(base, price, batch.base_per_unit)
        if self.method.currentData() == "cash":
            tendered = None
            if self.tendered.text().strip():
                try:
                    tendered = self.tendered.fen()
                except ServicePointError as error:
                    return self._refuse(error, "payment", self.tendered)
            tender = payments.cash(amount, tendered)
        else:
            tender = payments.mobile(amount, self.reference.text())
        try:
            buyer, channel = self.buyer.text() or None, str(self.channel.currentData())
            _sale, receipt = self.ctx.write(
                lambda st: st.consignment.sell(
                    batch.id, base, price, [tender], buyer=buyer, channel=channel
                )
            )
        except ServicePointError as error:
            widget = {"buyer": self.buyer, "payment_reference": self.reference}.get(
                str(error.params.get("field"))
            )
            if widget is None:
                widget = (
                    self.price
                    if error.code in PRICE_CODES
                    else self.tendered
                    if error.code in PAYMENT_CODES
                    else self.qty
                )
            return self._refuse(error, None, widget)
        self.ctx.printer.print(self, receipt.number)
        change = (tender.tendered_fen or amount) - amount if tender.method == "cash" else 0
        self.last_change.say(
            lambda: self.tr("Change for the last sale: %1").replace(
                "%1", money.format_yuan(change, symbol="¥")
            )
        )
        self.last_change.setVisible(tender.method == "cash")
        for edit in (self.qty, self.price, self.buyer, self.tendered, self.reference):
            edit.clear()
        self.method.setCurrentIndex(self.method.findData("cash"))  # each sale starts in cash
        self.sale_did_record.emit(receipt.number)

    def _refuse(self, error: ServicePointError, field: str | None, widget: QWidget) -> None:
        self.form.show_error(error, field)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()


class MoveForm(Retranslating, QGroupBox):
    """Goods going back to the farmer, or lost: quantity and reason, then confirm."""

    stock_did_move = Signal(str, str)  # kind ("return" or "spoil"), receipt number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: Batch | None = None
        self.setObjectName("consMoveBox")
        self.form = Form(ctx)
        self.qty = quantity_edit("consMoveQty")
        self.qty_unit = named(QLabel(), "consMoveUnit")
        self.reason = named(QLineEdit(), "consMoveReason")
        self.reason.setMaxLength(100)
        self.qty_row = self.form.add(
            self.tr("Quantity"), _row(self.qty, self.qty_unit), *STOCK_CODES
        )
        self.reason_row = self.form.add(self.tr("Reason"), self.reason, "reason")
        enter_submits([self.qty, self.reason], [], None)
        self.back = named(QPushButton(), "consReturn")
        self.back.clicked.connect(lambda: self.take_out("return"))
        self.spoil = named(QPushButton(), "consSpoil")
        self.spoil.clicked.connect(lambda: self.take_out("spoil"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.spoil)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_batch(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Return to the farmer or spoilage"))
        _label_texts(
            self.form, [(self.qty_row, self.tr("Quan&tity")), (self.reason_row, self.tr("R&eason"))]
        )
        self.reason.setPlaceholderText(self.tr("e.g. unsold, farmer takes it home; broken"))
        self.back.setText(self.tr("Return to farmer…"))
        self.spoil.setText(self.tr("Record spoilage…"))
        self.set_batch(self.batch)  # the unit in the new language

    def set_batch(self, batch: Batch | None) -> None:
        if (batch.id if batch else None) != (self.batch.id if self.batch else None):
            self.form.clear_errors()
        self.batch = batch
        self.setEnabled(batch is not None)
        self.qty_unit.setText(unit_name(self.ctx, batch.unit) if batch else "")

    def take_out(self, kind: str) -> None:
        batch = self.batch
        if batch is None:
            return
        self.form.clear_errors()
        try:
            base = money.parse_quantity(self.qty.text(), batch.unit)
        except ServicePointError as error:
            self.form.show_error(error, "quantity")
            self.qty.setFocus()
            return
        if not self.reason.text().strip():
            show_text(self.form, "reason", self.tr("Say why (it is printed on the slip)."))
            self.reason.setFocus()
            return
        amount = quantity(self.ctx, base, batch.unit)
        if kind == "return":
            title = self.tr("Return to the farmer")
            text = self.tr("Give %1 of %2 back to the farmer? This takes it out of stock.")
        else:
            title = self.tr("Record spoilage")
            text = self.tr("Write off %1 of %2 as spoiled? This takes it out of stock for good.")
        if not self.ctx.confirm(
            self, title, text.replace("%1", amount).replace("%2", batch.product)
        ):
            return
        reason = self.reason.text()

        def take_out(st: Station) -> Receipt:
            action = st.consignment.return_to_farmer if kind == "return" else st.consignment.spoil
            return action(batch.id, base, reason)

        try:
            receipt = self.ctx.write(take_out)
        except ServicePointError as error:
            self.form.show_error(
                error, "reason" if error.params.get("field") == "reason" else "quantity"
            )
            return
        self.ctx.printer.print(self, receipt.number)
        self.qty.clear()
        self.reason.clear()
        self.stock_did_move.emit(kind, receipt.number)
