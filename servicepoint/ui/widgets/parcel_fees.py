"""Courier fees and the desk's set-up: the month's statement per courier (parcels in and out,
fees earned, paid, outstanding), a courier's payment (append-only, with a receipt), the rates
per courier, the shelf layout and the overdue days.  Rates and set-up are a manager's."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import parcel_couriers, parcel_shelves
from ...core.errors import ServicePointError
from ...core.money import format_yuan
from ..i18n import Retranslating
from .forms import Form, MoneyEdit, named
from .parcel_checkin import courier_box

if TYPE_CHECKING:
    from ...core import Station
    from ..context import AppContext


class FeesPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = named(QLineEdit(date.today().strftime("%Y-%m")), "parcelMonth")
        self.month.setMaxLength(7)
        self.month.returnPressed.connect(self.refresh)
        self.table = named(QTableWidget(0, 6), "parcelStatement")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form = Form(ctx)
        self.courier = courier_box("parcelFeeCourier", ctx.lang)
        self.in_fee = named(MoneyEdit(allow_zero=True), "parcelInFee")
        self.out_fee = named(MoneyEdit(allow_zero=True), "parcelOutFee")
        self.paid = named(MoneyEdit(), "parcelPaid")
        self.rows = [
            self.form.add("-", self.courier, "courier_unknown"),
            self.form.add("-", self.in_fee, "too_many_decimals", "negative_amount"),
            self.form.add("-", self.out_fee),
            self.form.add("-", self.paid, "zero_amount", "absurd_amount"),
        ]
        self.save_rates = named(QPushButton(), "parcelSaveRates")
        self.record_paid = named(QPushButton(), "parcelRecordPaid")
        self.save_rates.clicked.connect(self.do_rates)
        self.record_paid.clicked.connect(self.do_paid)
        self.courier.currentIndexChanged.connect(self._show_rate)
        self.spins = {
            k: named(QSpinBox(), f"parcelLayout_{k}")
            for k in ("shelves", "rows", "positions", "per_slot")
        }
        self.spins["overdue"] = named(QSpinBox(), "parcelOverdueDays")
        for key, top in (
            ("shelves", 99),
            ("rows", 20),
            ("positions", 99),
            ("per_slot", 50),
            ("overdue", 30),
        ):
            self.spins[key].setRange(1, top)
        self.save_layout = named(QPushButton(), "parcelSaveLayout")
        self.save_layout.clicked.connect(self.do_layout)
        self.layout_title = QLabel()
        self.state = named(QLabel(), "parcelFeesState")
        self.state.setWordWrap(True)
        head = QHBoxLayout()
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        head.addWidget(self.month_label)
        head.addWidget(self.month)
        head.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rates)
        buttons.addWidget(self.record_paid)
        buttons.addStretch(1)
        shelf_row = QHBoxLayout()
        self.spin_labels: dict[str, QLabel] = {}
        for key, spin in self.spins.items():
            label = QLabel()
            label.setBuddy(spin)
            self.spin_labels[key] = label
            shelf_row.addWidget(label)
            shelf_row.addWidget(spin)
        shelf_row.addWidget(self.save_layout)
        shelf_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.layout_title)
        layout.addLayout(shelf_row)
        layout.addWidget(self.state)
        self.retranslate()

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Courier"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Earned"),
                self.tr("Paid"),
                self.tr("Outstanding"),
            ]
        )
        labels = (
            self.tr("Courier"),
            self.tr("Fee per parcel in"),
            self.tr("Margin per parcel out"),
            self.tr("Courier paid (yuan)"),
        )
        for widget, text in zip(self.rows, labels, strict=True):
            label = self.form.label_for(widget)
            if label is not None:
                label.setText(text)
        self.save_rates.setText(self.tr("Save rates"))
        self.record_paid.setText(self.tr("Record the courier's payment"))
        self.layout_title.setText(self.tr("Shelves and overdue parcels"))
        for key, text in (
            ("shelves", self.tr("Shelves")),
            ("rows", self.tr("Rows")),
            ("positions", self.tr("Positions a row")),
            ("per_slot", self.tr("Parcels a slot")),
            ("overdue", self.tr("Overdue after days")),
        ):
            self.spin_labels[key].setText(text)
        self.save_layout.setText(self.tr("Save shelves"))
        self.refresh()

    def refresh(self) -> None:
        reader = self.ctx.station
        try:
            statements = reader.parcel_fees.statements(self.month.text().strip())
        except ServicePointError as error:
            self.state.setText(self.ctx.message(error))
            return
        self.table.setRowCount(len(statements))
        for row, s in enumerate(statements):
            cells = [
                parcel_couriers.name(s.courier, self.ctx.lang),
                str(s.parcels_in),
                str(s.parcels_out),
                format_yuan(s.earned_fen),
                format_yuan(s.paid_fen),
                format_yuan(s.outstanding_fen),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        lay = parcel_shelves.layout(reader)
        for key, value in lay.as_dict().items():
            self.spins[key].setValue(value)
        self.spins["overdue"].setValue(reader.parcels.overdue_days())
        self._show_rate()

    def _show_rate(self) -> None:
        code = self.courier.currentData()
        if code:
            fee_in, fee_out = self.ctx.station.parcel_fees.rate(code)
            self.in_fee.set_fen(fee_in)
            self.out_fee.set_fen(fee_out)

    def do_rates(self) -> None:
        approver = self.ctx.ask_manager(self, self.tr("change the courier rates"))
        if approver is None:
            return
        code, fee_in, fee_out = self.courier.currentData(), self.in_fee.text(), self.out_fee.text()
        try:
            self.ctx.write(
                lambda st: st.parcel_fees.set_rate(code, fee_in or "0", fee_out or "0"),
                approver=approver,
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.state.setText(self.tr("Rates saved."))
        self.refresh()

    def do_paid(self) -> None:
        code, month, amount = (
            self.courier.currentData(),
            self.month.text().strip(),
            self.paid.text(),
        )
        try:
            receipt = self.ctx.write(lambda st: st.parcel_fees.record_payment(code, month, amount))
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.paid.clear()
        self.state.setText(self.tr("Payment recorded, receipt %1.").replace("%1", receipt.number))
        self.ctx.printer.print(self, receipt.number)
        self.refresh()

    def do_layout(self) -> None:
        approver = self.ctx.ask_manager(self, self.tr("change the shelves"))
        if approver is None:
            return
        value = {k: self.spins[k].value() for k in ("shelves", "rows", "positions", "per_slot")}
        days = self.spins["overdue"].value()

        def save(st: Station) -> None:
            st.set_setting("parcel_shelves", value)
            st.set_setting("parcel_overdue_days", days)

        try:
            self.ctx.write(save, approver=approver)
        except ServicePointError as error:
            self.state.setText(self.ctx.message(error))
            return
        self.state.setText(self.tr("Shelves saved."))
