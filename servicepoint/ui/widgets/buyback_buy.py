"""Buying a load outright (收购): the farmer, the product and grade at the county's price, the
weighing (gross from the scale with F10, tare, net), moisture and impurity where the price line
has rules; the amount follows as the fields change; then the payment: an offset of what the
farmer owes (only when the operator types one), a mobile part, and the rest in cash.

Every figure is the core's: ``buyback.preview`` on each change (it writes nothing) and
``buyback.buy`` through ``ctx.write``.  A refusal appears under the field it names and
nothing is written; the 收购单 and the lot's trace label print after the purchase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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

from ...core import money
from ...core import payments as pay
from ...core.buyback import Load
from ...core.buyback_rules import LotFigures, PriceLine, parse_percent
from ...core.errors import InvalidInput, ServicePointError
from ..i18n import Retranslating
from .consignment_common import enter_submits, money_edit, quantity, quantity_edit, unit_name
from .consignment_label import LabelPrinter
from .farmers import FarmerPicker
from .forms import Form, named, set_label_texts
from .saying import SayingLabel
from .scale_weight import ScaleWeight

if TYPE_CHECKING:
    from ..context import AppContext

WEIGHT_CODES = (
    *money.QUANTITY_CODES,
    "not_integer_quantity",
    "gross",
    "scale_not_stable",
    "buyback_net_not_positive",
    "buyback_over_max_load",
    "buyback_deducted_all",
    "buyback_quota_exceeded",
)
AMOUNT_CODES = ("too_many_decimals", "negative_amount", "absurd_amount", "not_integer_fen")


class BuybackBuyPanel(Retranslating, QWidget):
    """The purchase form.  Emits ``lot_did_buy(lot)`` after the receipt is printed."""

    lot_did_buy = Signal(object)

    def __init__(
        self, ctx: AppContext, labels: LabelPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = labels
        self.setObjectName("bbBuyPanel")
        self.lines: list[PriceLine] = []
        self.figures: LotFigures | None = None
        self.box_farmer = QGroupBox()
        self.picker = FarmerPicker(ctx, name="bbFarmer")
        self.farmer_error = named(QLabel(), "bbFarmerError")
        self.farmer_error.setStyleSheet("color: #b00020;")
        self.farmer_error.hide()
        self.debt = named(QLabel(), "bbDebt")
        inner = QVBoxLayout(self.box_farmer)
        inner.addWidget(self.picker)
        inner.addWidget(self.farmer_error)
        inner.addWidget(self.debt)

        self.box_load = QGroupBox()
        self.form = Form(ctx)
        self.price = named(QComboBox(), "bbPrice")
        self.gross = quantity_edit("bbGross")
        self.tare = quantity_edit("bbTare")
        self.moisture = named(QLineEdit(), "bbMoisture")
        self.impurity = named(QLineEdit(), "bbImpurity")
        for edit in (self.moisture, self.impurity):
            edit.setMaxLength(6)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.offset = money_edit("bbOffset", allow_zero=True)
        self.mobile = money_edit("bbMobile", allow_zero=True)
        self.reference = named(QLineEdit(), "bbMobileRef")
        self.reference.setMaxLength(64)
        self.labels_: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, tuple[str, ...]]] = [
            ("price", self.price, ("price", "buyback_no_price")),
            ("gross", self.gross, WEIGHT_CODES),
            ("tare", self.tare, ("tare_weight",)),
            ("moisture", self.moisture, ("moisture",)),
            ("impurity", self.impurity, ("impurity",)),
        ]
        self.box_pay = QGroupBox()
        self.pay_form = Form(ctx)
        pay_rows: list[tuple[str, QWidget, tuple[str, ...]]] = [
            (
                "offset",
                self.offset,
                ("offset", "offset_exceeds_debt", "buyback_offset_exceeds_amount", *AMOUNT_CODES),
            ),
            ("mobile", self.mobile, ("mobile",)),
            ("reference", self.reference, ("payment_reference", "payment_mismatch")),
        ]
        texts = self._texts()
        for form, these in ((self.form, rows), (self.pay_form, pay_rows)):
            for key, widget, fields in these:
                form.add(texts[key], widget, *fields)
                label = form.label_for(widget)
                if label is not None:
                    self.labels_[key] = label
        QVBoxLayout(self.box_pay).addWidget(self.pay_form)
        self.sums = named(QLabel(), "bbFigures")
        self.sums.setWordWrap(True)
        self.sums.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QVBoxLayout(self.box_load)
        inner.addWidget(self.form)
        inner.addWidget(self.sums)
        self.confirm = named(QPushButton(), "bbConfirm")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.buy)
        self.result = named(SayingLabel(), "bbResult")
        self.result.setWordWrap(True)
        self.scale = ScaleWeight(ctx, self.gross, lambda: "kg", scope=self, name="bbScale")
        left = QVBoxLayout()
        left.addWidget(self.box_farmer, 1)
        left.addWidget(self.scale)
        right = QVBoxLayout()
        right.addWidget(self.box_load)
        right.addWidget(self.box_pay)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.picker.farmer_chosen.connect(self._farmer_chosen)
        for edit in (self.gross, self.tare, self.moisture, self.impurity, self.offset, self.mobile):
            edit.textChanged.connect(lambda _t: self.follow())
        self.price.currentIndexChanged.connect(lambda _i: self.follow())
        enter_submits(
            [self.gross],
            [self.tare, self.moisture, self.impurity, self.offset, self.mobile, self.reference],
            self.buy,
            combos=(self.price,),
        )
        self.retranslate()
        self.refresh()

    def _texts(self) -> dict[str, str]:
        return {
            "price": self.tr("&Product and grade"),
            "gross": self.tr("Gross (&kg)"),
            "tare": self.tr("&Tare (kg)"),
            "moisture": self.tr("&Moisture %"),
            "impurity": self.tr("&Impurity %"),
            "offset": self.tr("&Offset against debt (yuan)"),
            "mobile": self.tr("Mo&bile part (yuan)"),
            "reference": self.tr("Mobile &reference"),
        }

    def retranslate(self) -> None:
        self.box_farmer.setTitle(self.tr("Whose produce"))
        self.box_load.setTitle(self.tr("The load"))
        self.box_pay.setTitle(self.tr("Payment"))
        set_label_texts(self.labels_, self._texts())
        self.tare.setPlaceholderText(self.tr("0 if weighed without a sack"))
        self.offset.setPlaceholderText(self.tr("only if the farmer agrees"))
        self.mobile.setPlaceholderText(self.tr("the rest is paid in cash"))
        self.confirm.setText(self.tr("Buy and print"))
        self.confirm.setToolTip(
            self.tr("Pays the farmer, prints the buy-back slip and the lot's label")
        )
        self._fill_prices()
        self.follow()

    def refresh(self) -> None:
        """The price lines valid today (a pull may have changed them) and the farmer's debt."""
        self.lines = self.ctx.station.buyback_prices.lines(self.ctx.station.buyback_prices.today())
        self._fill_prices()
        self._show_debt()

    def _fill_prices(self) -> None:
        chosen = self.price.currentData()
        self.price.blockSignals(True)
        self.price.clear()
        for line in self.lines:
            per = unit_name(self.ctx, line.unit)
            price = money.format_yuan(line.price_fen, symbol="¥")
            text = f"{line.product} {line.grade}  {price}/{per}"
            if line.premium_fen:
                text += "  " + self.tr("poor +%1").replace(
                    "%1", money.format_yuan(line.premium_fen, symbol="¥")
                )
            self.price.addItem(text, line.id)
        if not self.lines:
            self.price.addItem(self.tr("No price list valid today: sync to get the county's"), None)
        index = self.price.findData(chosen)
        self.price.setCurrentIndex(max(index, 0))
        self.price.blockSignals(False)

    def _farmer_chosen(self, _farmer: Any) -> None:
        self.farmer_error.hide()
        self._show_debt()
        self.follow()
        self.price.setFocus()

    def _show_debt(self) -> None:
        farmer = self.picker.chosen
        owed = self.ctx.station.ledger.balance(farmer.id) if farmer is not None else 0
        self.debt.setText(
            self.tr("Owes the point %1").replace("%1", money.format_yuan(owed, symbol="¥"))
            if owed > 0
            else ""
        )

    # -- the figures follow the fields ----------------------------------------------------------

    def _line(self) -> PriceLine | None:
        line_id = self.price.currentData()
        return next((line for line in self.lines if line.id == line_id), None)

    def _load(self) -> Load:
        """The load as typed; raises the core's refusal naming the field."""
        farmer = self.picker.chosen
        line = self._line()
        if line is None:
            raise InvalidInput("buyback_no_price", product=self.price.currentText(), grade="")
        gross = money.parse_quantity(self.gross.text(), "kg")
        tare = money.parse_quantity(self.tare.text(), "kg") if self.tare.text().strip() else 0
        moisture = impurity = None
        if self.moisture.text().strip():
            moisture = parse_percent(self.moisture.text(), "moisture")
        if self.impurity.text().strip():
            impurity = parse_percent(self.impurity.text(), "impurity")
        return Load(farmer.id if farmer else "", line.id, gross, tare, moisture, impurity)

    def follow(self) -> None:
        """The sums of the load as typed so far (nothing is written)."""
        self.figures = None
        line = self._line()
        self.moisture.setEnabled(line is None or line.has_moisture)
        self.impurity.setEnabled(line is None or line.has_impurity)
        if self.picker.chosen is None or line is None or not self.gross.text().strip():
            self.sums.setText("")
            return
        try:
            self.figures = self.ctx.station.buyback.preview(self._load())
        except ServicePointError as error:
            self.sums.setText(self.ctx.message(error))
            return
        f, english = self.figures, self.ctx.lang == "en"

        def weight(grams: int) -> str:
            return money.format_quantity(grams, "kg", english=english)

        parts = [
            self.tr("Net %1").replace("%1", weight(f.net_base)),
            self.tr("deducted %1").replace(
                "%1", weight(f.moisture_deduct_base + f.impurity_deduct_base)
            ),
            self.tr("paid weight %1").replace("%1", quantity(self.ctx, f.paid_base, line.unit)),
            self.tr("amount %1").replace("%1", money.format_yuan(f.amount_fen, symbol="¥")),
        ]
        if f.premium_amount_fen:
            parts.append(
                self.tr("of which poor-household premium %1").replace(
                    "%1", money.format_yuan(f.premium_amount_fen, symbol="¥")
                )
            )
        cash = self._cash()
        if cash is not None:
            parts.append(
                self.tr("cash to pay %1").replace("%1", money.format_yuan(cash, symbol="¥"))
            )
        self.sums.setText(" · ".join(parts))

    def _cash(self) -> int | None:
        if self.figures is None:
            return None
        try:
            offset = self.offset.fen() if self.offset.text().strip() else 0
            mobile = self.mobile.fen() if self.mobile.text().strip() else 0
        except ServicePointError:
            return None
        return self.figures.amount_fen - offset - mobile

    # -- the work ----------------------------------------------------------------------------

    def buy(self) -> None:
        self.form.clear_errors()
        self.pay_form.clear_errors()
        self.farmer_error.hide()
        farmer = self.picker.chosen
        if farmer is None:
            self.farmer_error.setText(self.tr("Choose the farmer first."))
            self.farmer_error.show()
            self.picker.search.setFocus()
            return
        try:
            load = self._load()
        except ServicePointError as error:
            return self._refuse(error)
        try:
            offset = self.offset.fen() if self.offset.text().strip() else 0
        except ServicePointError as error:
            return self._refuse(error, "offset", self.offset)
        try:
            mobile = self.mobile.fen() if self.mobile.text().strip() else 0
        except ServicePointError as error:
            return self._refuse(error, "mobile", self.mobile)
        figures = self.figures
        amount = figures.amount_fen if figures is not None else 0
        cash = amount - offset - mobile
        tenders = []
        if mobile:
            tenders.append(pay.mobile(mobile, self.reference.text()))
        if cash > 0:
            tenders.append(pay.cash(cash))
        try:
            lot, receipt = self.ctx.write(
                lambda st: st.buyback.buy(load, tenders, offset_fen=offset)
            )
        except ServicePointError as error:
            return self._refuse(error)
        self.ctx.printer.print(self, receipt.number)
        self.labels.print(self, lot.id)
        number, trace = receipt.number, lot.trace_code
        paid = money.format_yuan(lot.amount_fen - lot.offset_fen, symbol="¥")
        self.result.say(
            lambda: (
                self.tr("Bought: %1 %2, paid %3. Trace code %4, receipt %5.")
                .replace("%1", lot.product)
                .replace("%2", quantity(self.ctx, lot.paid_base, lot.unit))
                .replace("%3", paid)
                .replace("%4", trace)
                .replace("%5", number)
            )
        )
        for widget in (
            self.gross, self.tare, self.moisture, self.impurity, self.offset, self.mobile,
            self.reference,
        ):  # fmt: skip
            widget.clear()
        self._show_debt()
        self.lot_did_buy.emit(lot)
        self.gross.setFocus()

    def _refuse(
        self, error: ServicePointError, field: str | None = None, widget: QWidget | None = None
    ) -> None:
        self.form.clear_errors()
        self.pay_form.clear_errors()
        name_ = str(field or error.params.get("field") or error.code)
        if name_ in self.pay_form.errors or error.code in self.pay_form.errors:
            self.pay_form.show_error(error, field)
        else:
            self.form.show_error(error, field)
        name = str(field or error.params.get("field") or "")
        target = widget or {
            "moisture": self.moisture,
            "impurity": self.impurity,
            "payment_reference": self.reference,
        }.get(name)
        if target is None:
            target = self.offset if "offset" in error.code or error.code.startswith(
                "payment") else self.gross  # fmt: skip
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()
