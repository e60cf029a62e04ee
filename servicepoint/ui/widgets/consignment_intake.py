"""Taking a batch of produce in on consignment (入库): farmer, product, grade, quantity and
unit, an optional floor price and commission; then the intake receipt and the trace label.

Every field is parsed by the core's money helpers and checked by ``consignment.intake``;
a refusal appears under the field it names and nothing is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from ...core.consignment import DEFAULT_CONSIGNMENT_BP
from ...core.errors import ServicePointError
from ...core.reports import BatchStock
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from .consignment_common import (
    enter_submits,
    make_table,
    money_edit,
    quantity,
    quantity_edit,
    unit_codes,
    unit_name,
)
from .consignment_label import LabelPrinter
from .farmers import FarmerPicker
from .forms import Form, named, set_label_texts
from .saying import SayingLabel
from .scale_weight import ScaleWeight

if TYPE_CHECKING:
    from ..context import AppContext

QUANTITY_CODES = (*money.QUANTITY_CODES, "not_integer_quantity", "unknown_unit")


class IntakePanel(Retranslating, QWidget):
    """The intake form.  Emits ``batch_did_intake(batch)`` after the receipt is printed."""

    batch_did_intake = Signal(object)

    def __init__(
        self, ctx: AppContext, labels: LabelPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = labels
        self.default_bp = DEFAULT_CONSIGNMENT_BP
        self.setObjectName("consIntakePanel")
        self.box_farmer = QGroupBox()
        self.picker = FarmerPicker(ctx, name="consIntakeFarmer")
        self.farmer_error = named(QLabel(), "consIntakeFarmerError")
        self.farmer_error.setStyleSheet("color: #b00020;")
        self.farmer_error.hide()
        inner = QVBoxLayout(self.box_farmer)
        inner.addWidget(self.picker)
        inner.addWidget(self.farmer_error)
        self.picker.farmer_chosen.connect(lambda _f: self.farmer_error.hide())

        self.box_batch = QGroupBox()
        self.form = Form(ctx)
        self.product = named(QLineEdit(), "consIntakeProduct")
        self.product.setMaxLength(40)
        self.picker.farmer_chosen.connect(lambda _f: self.product.setFocus())  # on to the batch
        self.grade = named(QLineEdit(), "consIntakeGrade")
        self.grade.setMaxLength(20)
        self.qty = quantity_edit("consIntakeQty")
        self.unit = named(QComboBox(), "consIntakeUnit")
        for code in unit_codes():
            self.unit.addItem(unit_name(ctx, code), code)
        self.unit.setCurrentIndex(self.unit.findData("jin"))
        qty_row = QWidget()
        row = QHBoxLayout(qty_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qty, 1)
        row.addWidget(self.unit)
        self.floor = money_edit("consIntakeFloor")
        self.rate = named(QLineEdit(), "consIntakeRate")
        self.rate.setMaxLength(6)
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = named(QLineEdit(), "consIntakeNote")
        self.show_farmer = named(QCheckBox(), "consIntakeShowFarmer")
        self.labels_: dict[str, QLabel] = {}
        self.rows = [
            ("product", self.product, ("product",)),
            ("grade", self.grade, ("grade",)),
            ("quantity", qty_row, QUANTITY_CODES),
            (
                "floor",
                self.floor,
                (
                    "floor_price",
                    "too_many_decimals",
                    "negative_amount",
                    "zero_amount",
                    "absurd_amount",
                    "not_integer_fen",
                ),
            ),
            ("rate", self.rate, ("commission", "bad_rate")),
            ("note", self.note, ("note",)),
            ("show", self.show_farmer, ()),
        ]
        texts = self._texts()
        for key, widget, fields in self.rows:
            self.form.add(texts[key], widget, *fields)
            label = self.form.label_for(widget)
            if label is not None:
                self.labels_[key] = label
        inner = QVBoxLayout(self.box_batch)
        inner.addWidget(self.form)
        self.confirm = named(QPushButton(), "consIntakeConfirm")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.take_in)
        self.result = named(SayingLabel(), "consIntakeResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addStretch(1)
        self.box_today = QGroupBox()
        self.today_model = RowsModel(self._today_columns(), self)
        self.today = make_table("consIntakeToday", self.today_model, [150, 80, 90])
        EmptyHint(self.today, lambda: self.tr("Nothing taken in yet today."))
        self.today.activated.connect(lambda _index: self.reprint())
        self.reprint_button = named(QPushButton(), "consIntakeReprint")
        self.reprint_button.clicked.connect(self.reprint)
        today = QVBoxLayout(self.box_today)
        today.addWidget(self.today, 1)
        today.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)
        # the scale's weight where the farmer can read it; F10 puts it into the quantity
        self.scale = ScaleWeight(
            ctx, self.qty, lambda: self.unit.currentData(), scope=self, name="consIntakeScale"
        )
        self.unit.currentIndexChanged.connect(lambda _i: self.scale.redraw())
        left = QVBoxLayout()
        left.addWidget(self.box_farmer)
        left.addWidget(self.scale)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.box_batch)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addWidget(self.box_today, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        enter_submits(
            [self.product, self.qty], [self.grade, self.floor, self.rate, self.note], self.take_in
        )
        self.retranslate()
        self.refresh()

    def _today_columns(self) -> list[Column]:
        return [
            Column(self.tr("Product"), lambda b: b.product + (f"（{b.grade}）" if b.grade else "")),
            Column(self.tr("Farmer"), lambda b: b.farmer_name),
            Column(
                self.tr("Taken in"),
                lambda b: quantity(self.ctx, b.intake_base, b.unit),
                align_right=True,
            ),
            Column(self.tr("Trace code"), lambda b: b.trace_code),
        ]

    def set_today(self, rows: list[BatchStock]) -> None:
        """Batches under a day old still in stock (newest first), to reprint a label."""
        self.today_model.set_rows([b for b in reversed(rows) if b.age_days == 0])

    def reprint(self) -> None:
        rows = self.today.selectionModel().selectedRows()
        if rows:
            self.labels.print(self, self.today_model.row(rows[0].row()).batch_id)

    def retranslate(self) -> None:
        self.box_farmer.setTitle(self.tr("Whose produce"))
        self.box_batch.setTitle(self.tr("The batch"))
        self.box_today.setTitle(self.tr("Taken in during the last 24 hours"))
        self.today_model.set_columns(self._today_columns())
        self.reprint_button.setText(self.tr("Reprint label"))
        for i in range(self.unit.count()):  # 斤 / jin: the units in the operator's language
            self.unit.setItemText(i, unit_name(self.ctx, str(self.unit.itemData(i))))
        set_label_texts(self.labels_, self._texts())
        self.product.setPlaceholderText(self.tr("e.g. free-range eggs, walnuts"))
        self.grade.setPlaceholderText(self.tr("optional"))
        self.floor.setPlaceholderText(self.tr("optional: the lowest price the farmer accepts"))
        self.show_farmer.setText(self.tr("Print the farmer's name on the label"))
        self.confirm.setText(self.tr("Take in and print"))
        self.confirm.setToolTip(
            self.tr("Records the batch, prints the intake receipt and the trace label")
        )
        self._show_default_rate()

    def _texts(self) -> dict[str, str]:
        return {
            "product": self.tr("&Product"),
            "grade": self.tr("G&rade"),
            "quantity": self.tr("&Quantity"),
            "floor": self.tr("&Floor price per unit"),
            "rate": self.tr("&Commission %"),
            "note": self.tr("&Note"),
            "show": self.tr("&Label"),
        }

    def refresh(self) -> None:
        """Re-read the station's default commission (a manager may have changed it)."""
        self.default_bp = int(
            self.ctx.station.setting("consignment_commission_bp", DEFAULT_CONSIGNMENT_BP)
        )
        self._show_default_rate()

    def _show_default_rate(self) -> None:
        bp = self.default_bp
        percent = str(bp // 100) + (f".{bp % 100:02d}".rstrip("0") if bp % 100 else "")
        self.rate.setPlaceholderText(self.tr("default %1").replace("%1", percent))

    # -- the work ----------------------------------------------------------------------------

    def take_in(self) -> None:
        self.form.clear_errors()
        self.farmer_error.hide()
        farmer = self.picker.chosen
        if farmer is None:
            self.farmer_error.setText(self.tr("Choose the farmer first."))
            self.farmer_error.show()
            self.picker.search.setFocus()
            return
        code = str(self.unit.currentData())
        try:
            base = money.parse_quantity(self.qty.text(), code)
        except ServicePointError as error:
            return self._refuse(error, "quantity", self.qty)
        floor = None
        if self.floor.text().strip():
            try:
                floor = self.floor.fen()
            except ServicePointError as error:
                return self._refuse(error, "floor_price", self.floor)
        rate = None
        if self.rate.text().strip():
            try:
                rate = money.parse_rate_percent(self.rate.text())
            except ServicePointError as error:
                return self._refuse(error, "commission", self.rate)
        try:
            product, grade, note = (
                self.product.text(),
                self.grade.text() or None,
                self.note.text() or None,
            )
            batch = self.ctx.write(
                lambda st: st.consignment.intake(
                    farmer.id,
                    product,
                    base,
                    code,
                    grade=grade,
                    floor_price_fen=floor,
                    commission_bp=rate,
                    note=note,
                )
            )
        except ServicePointError as error:
            field = error.params.get("field")
            return self._refuse(
                error,
                None,
                {"product": self.product, "grade": self.grade, "note": self.note}.get(
                    str(field), self.qty
                ),
            )
        receipt = self.ctx.station.receipts.get(batch.receipt_id)
        self.ctx.printer.print(self, receipt.number)
        self.labels.print(self, batch.id, show_farmer=self.show_farmer.isChecked())
        number = receipt.number
        self.result.say(
            lambda: (
                self.tr("Taken in: %1, %2. Trace code %3, receipt %4.")
                .replace("%1", batch.product)
                .replace("%2", quantity(self.ctx, batch.quantity_base, batch.unit))
                .replace("%3", batch.trace_code)
                .replace("%4", number)
            )
        )
        for widget in (self.product, self.grade, self.qty, self.floor, self.rate, self.note):
            widget.clear()
        self.show_farmer.setChecked(False)
        self.batch_did_intake.emit(batch)
        self.product.setFocus()

    def _refuse(self, error: ServicePointError, field: str | None, widget: QWidget) -> None:
        self.form.show_error(error, field)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
