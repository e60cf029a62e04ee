"""The parcel desk's outgoing parcels (代发): sender (a farmer, or a name), courier, tracking
number, weight (typed, or F10 from the scale: ``ScaleWeight``), destination province and the
fee, paid in cash, by mobile or on the farmer's account through the same payments as a sale;
a receipt is printed.  One ``ctx.write`` per send.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

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

from ...core import parcel_couriers
from ...core import payments as pay
from ...core.errors import NotFound, ServicePointError
from ...core.money import parse_quantity
from ..i18n import Retranslating
from .farmers import FarmerPicker
from .forms import Form, MoneyEdit, named
from .parcel_checkin import courier_box, select_code
from .scale_weight import ScaleWeight

if TYPE_CHECKING:
    from ..context import AppContext


class SendPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Form(ctx)
        self.farmer = FarmerPicker(ctx, name="parcelSender")
        self.sender_edit = named(QLineEdit(), "parcelSenderName")
        self.sender_edit.setMaxLength(40)
        self.tracking = named(QLineEdit(), "parcelTracking")
        self.tracking.setMaxLength(40)
        self.courier = courier_box("parcelSendCourier", ctx.lang)
        self.weight = named(QLineEdit(), "parcelWeight")
        self.weight.setMaxLength(10)
        self.province = named(QComboBox(), "parcelProvince")
        self.province.addItems(list(parcel_couriers.PROVINCES))
        self.fee = named(MoneyEdit(allow_zero=True), "parcelFee")
        self.method = named(QComboBox(), "parcelMethod")
        self.reference = named(QLineEdit(), "parcelReference")
        self.reference.setMaxLength(64)
        self.sale_receipt = named(QLineEdit(), "parcelSaleReceipt")
        self.sale_receipt.setMaxLength(40)
        self.sale_id: str | None = None
        self.rows = [
            self.form.add("-", self.sale_receipt, "sale_not_found", "sale_already_sent"),
            self.form.add("-", self.sender_edit, "sender_name"),
            self.form.add(
                "-", self.tracking, "tracking_no", "tracking_duplicate", "waybill_unreadable"
            ),
            self.form.add("-", self.courier, "courier_unknown"),
            self.form.add("-", self.weight, "weight", "not_a_number", "empty_number"),
            self.form.add("-", self.province, "province_unknown"),
            self.form.add("-", self.fee, "negative_amount", "too_many_decimals", "absurd_amount"),
            self.form.add(
                "-", self.method, "payment_method_unknown", "account_needs_farmer", "credit_limit"
            ),
            self.form.add("-", self.reference, "payment_reference"),
        ]
        self.send = named(QPushButton(), "parcelSendButton")
        self.send.clicked.connect(self.do_send)
        self.state = named(QLabel(), "parcelSendState")
        self.state.setWordWrap(True)
        # the scale's weight for the sender to see; F10 puts it into the weight (in kg)
        self.scale = ScaleWeight(ctx, self.weight, lambda: "kg", scope=self, name="parcelScale")
        # left: who sends it (a farmer, found like everywhere else) and the scale; right: the
        # parcel and its fee — two columns, so the tab fits a 1366×768 screen
        self.farmer_box = QGroupBox()
        left = QVBoxLayout(self.farmer_box)
        left.addWidget(self.farmer)
        left.addWidget(self.scale)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.send)
        right.addWidget(self.state)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.farmer_box, 2)
        layout.addLayout(right, 3)
        QWidget.setTabOrder(self.sale_receipt, self.farmer.search)
        QWidget.setTabOrder(self.farmer.search, self.sender_edit)
        self.tracking.editingFinished.connect(self._recognise)
        self.sale_receipt.returnPressed.connect(self.take_sale)
        for edit in (self.weight, self.fee, self.reference):
            edit.returnPressed.connect(self.do_send)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (
            self.tr("Consignment sale (receipt no.)"),
            self.tr("Sender's name"), self.tr("Tracking number"),
            self.tr("Courier"), self.tr("Weight (kg)"), self.tr("Destination province"),
            self.tr("Fee (yuan)"), self.tr("Paid by"), self.tr("Mobile payment reference"),
        )  # fmt: skip
        self.farmer_box.setTitle(self.tr("Farmer (optional)"))
        for widget, text in zip(self.rows, labels, strict=True):
            label = self.form.label_for(widget)
            if label is not None:
                label.setText(text)
        current = self.method.currentIndex()
        self.method.clear()
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Mobile payment"), "mobile")
        self.method.addItem(self.tr("Farmer's account"), "account")
        self.method.setCurrentIndex(max(current, 0))
        self.sale_receipt.setPlaceholderText(
            self.tr("Scan or type a sale's receipt number to ship it to its buyer (optional)")
        )
        self.sender_edit.setPlaceholderText(self.tr("Needed when the sender is not a farmer"))
        self.weight.setPlaceholderText(self.tr("e.g. 2.5"))
        self.send.setText(self.tr("Record and print the receipt"))

    def take_sale(self) -> None:
        """Enter on a sale's receipt number: the send ships that consignment sale to its
        buyer, charged to the farmer's account (``ParcelSends.from_sale``)."""
        text = self.sale_receipt.text().strip()
        self.sale_id = None
        if not text:
            return
        reader = self.ctx.station
        try:
            receipt = reader.receipts.get(text)
            if receipt.kind != "sale" or receipt.ref_id is None:
                raise NotFound("sale_not_found", id=text[:40])
            sale = reader.consignment.sale(receipt.ref_id)
            batch = reader.consignment.batch(sale.batch_id)
            farmer = reader.farmers.get(sale.farmer_id)
        except ServicePointError as error:
            self.form.show_error(error, "sale_not_found")
            return
        self.form.clear_errors()
        self.sale_id = sale.id
        self.farmer.choose(farmer)
        if batch.unit in ("g", "jin", "kg"):
            self.weight.setText(str(Decimal(sale.quantity_base) / 1000))
        self.method.setCurrentIndex(self.method.findData("account"))
        self.state.setText(
            self.tr("Ships %1 to %2.").replace("%1", batch.product).replace("%2", sale.buyer or "—")
        )
        self.tracking.setFocus()

    def _recognise(self) -> None:
        try:
            number = parcel_couriers.clean_waybill(self.tracking.text())
        except ServicePointError:
            return
        courier = parcel_couriers.recognise(number)
        if courier is not parcel_couriers.MANUAL:
            select_code(self.courier, courier.code)

    def do_send(self) -> None:
        try:
            weight = parse_quantity(self.weight.text().strip() or "0", "kg")
        except ServicePointError as error:
            self.form.show_error(error, "weight")
            return
        try:
            fee = self.fee.fen()
        except ServicePointError as error:
            self.form.show_error(error)
            return
        method = self.method.currentData()
        tenders = []
        if fee:
            if method == "mobile":
                tenders = [pay.mobile(fee, self.reference.text())]
            elif method == "account":
                tenders = [pay.on_account(fee)]
            else:
                tenders = [pay.cash(fee)]
        farmer = self.farmer.chosen
        args = {
            "courier": self.courier.currentData(),
            "tracking_no": self.tracking.text(),
            "weight_g": weight,
            "province": self.province.currentText(),
            "fee": fee,
            "tenders": tenders,
            "farmer_id": farmer.id if farmer else None,
            "sender_name": self.sender_edit.text().strip() or None,
        }
        sale_id = self.sale_id
        try:
            if sale_id is not None:
                sent, receipt = self.ctx.write(
                    lambda writer: writer.parcel_sends.from_sale(
                        sale_id,
                        courier=args["courier"],
                        tracking_no=args["tracking_no"],
                        province=args["province"],
                        fee=fee,
                        tenders=tenders,
                        weight_g=weight,
                    )
                )
            else:
                sent, receipt = self.ctx.write(lambda writer: writer.parcel_sends.send(**args))
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.state.setText(
            self.tr("Recorded %1 (%2), receipt %3.")
            .replace("%1", sent.tracking_no)
            .replace("%2", parcel_couriers.name(sent.courier, self.ctx.lang))
            .replace("%3", receipt.number)
        )
        for edit in (
            self.sale_receipt, self.tracking, self.weight, self.fee, self.reference,
            self.sender_edit,
        ):  # fmt: skip
            edit.clear()
        self.sale_id = None
        self.farmer.clear()
        self.ctx.printer.print(self, receipt.number)
        self.tracking.setFocus()
