"""Bought lots on hand, shipped up by a dispatch (发货单) or written off as spoilage.

The lots in stock, oldest first; the operator selects one or more (Shift/Ctrl with the arrow
keys and Space) and dispatches them whole to a destination: the core's
``buyback_dispatches.dispatch`` makes the 发货单 (printed on A4 as the manifest) and accrues the
handling fee per lot.  Spoilage takes a weight and a reason from the lot under the cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...core.buyback import Lot
from ...core.errors import ServicePointError
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from .consignment_common import enter_submits, make_table, quantity, quantity_edit
from .forms import Form, named, set_label_texts
from .saying import SayingLabel

if TYPE_CHECKING:
    from ..context import AppContext


class BuybackStockPanel(Retranslating, QWidget):
    """Lots on hand; dispatch and spoilage.  Emits ``stock_did_change`` after either."""

    stock_did_change = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("bbStockPanel")
        self.model = RowsModel(self._columns(), self)
        self.table = make_table("bbLots", self.model, [150, 90, 90, 150])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        EmptyHint(self.table, lambda: self.tr("No bought produce on hand."))
        self.box_dispatch = QGroupBox()
        self.dispatch_form = Form(ctx)
        self.destination = named(QLineEdit(), "bbDestination")
        self.destination.setMaxLength(40)
        self.vehicle = named(QLineEdit(), "bbVehicle")
        self.vehicle.setMaxLength(40)
        self.dispatch_button = named(QPushButton(), "bbDispatch")
        self.dispatch_button.clicked.connect(self.dispatch)
        self.box_spoil = QGroupBox()
        self.spoil_form = Form(ctx)
        self.spoil_qty = quantity_edit("bbSpoilQty")
        self.spoil_reason = named(QLineEdit(), "bbSpoilReason")
        self.spoil_reason.setMaxLength(100)
        self.spoil_button = named(QPushButton(), "bbSpoil")
        self.spoil_button.clicked.connect(self.spoil)
        self._labels: dict[str, QLabel] = {}
        for form, key, widget, fields in (
            (self.dispatch_form, "destination", self.destination, ("destination",)),
            (self.dispatch_form, "vehicle", self.vehicle, ("vehicle",)),
            (self.spoil_form, "spoil_qty", self.spoil_qty, (*money.QUANTITY_CODES, "quantity")),
            (self.spoil_form, "reason", self.spoil_reason, ("reason",)),
        ):
            form.add(self._texts()[key], widget, *fields)
            label = form.label_for(widget)
            if label is not None:
                self._labels[key] = label
        box = QVBoxLayout(self.box_dispatch)
        box.addWidget(self.dispatch_form)
        box.addWidget(self.dispatch_button, 0, Qt.AlignmentFlag.AlignRight)
        box = QVBoxLayout(self.box_spoil)
        box.addWidget(self.spoil_form)
        box.addWidget(self.spoil_button, 0, Qt.AlignmentFlag.AlignRight)
        self.result = named(SayingLabel(), "bbStockResult")
        self.result.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.box_dispatch)
        side.addWidget(self.box_spoil)
        side.addWidget(self.result)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        enter_submits([self.destination], [self.vehicle], self.dispatch)
        enter_submits([self.spoil_qty, self.spoil_reason], [], self.spoil)
        self.retranslate()

    def _texts(self) -> dict[str, str]:
        return {
            "destination": self.tr("&Destination"),
            "vehicle": self.tr("&Vehicle"),
            "spoil_qty": self.tr("&Weight lost (kg)"),
            "reason": self.tr("&Reason"),
        }

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Product"), lambda lot: f"{lot.product}（{lot.grade}）"),
            Column(
                self.tr("On hand"),
                lambda lot: quantity(self.ctx, lot.on_hand_base, lot.unit),
                align_right=True,
            ),
            Column(self.tr("Paid"), lambda lot: lot.amount_fen, money=True),
            Column(self.tr("Trace code"), lambda lot: lot.trace_code),
        ]

    def retranslate(self) -> None:
        self.model.set_columns(self._columns())
        self.box_dispatch.setTitle(self.tr("Dispatch the selected lots"))
        self.box_spoil.setTitle(self.tr("Spoilage of the lot under the cursor"))
        set_label_texts(self._labels, self._texts())
        self.destination.setPlaceholderText(self.tr("e.g. the county grain company"))
        self.vehicle.setPlaceholderText(self.tr("optional"))
        self.dispatch_button.setText(self.tr("Dispatch and print the manifest"))
        self.spoil_button.setText(self.tr("Record spoilage"))

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.station.buyback.lots(in_stock_only=True))

    def start_field(self) -> QWidget:
        return self.table

    def _selected(self) -> list[Lot]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(r) for r in rows]

    def dispatch(self) -> None:
        self.dispatch_form.clear_errors()
        lots = self._selected()
        if not lots:
            self.dispatch_form.say_error(lambda: self.tr("Select the lots to dispatch first."))
            self.table.setFocus()
            return
        where, car = self.destination.text(), self.vehicle.text() or None
        chosen = [(lot.id, None) for lot in lots]
        try:
            receipt = self.ctx.write(
                lambda st: st.buyback_dispatches.dispatch(chosen, where, vehicle=car)
            )
        except ServicePointError as error:
            self.dispatch_form.show_error(error)
            self.destination.setFocus()
            return
        self.ctx.printer.print(self, receipt.number, width="a4")  # the manifest, on A4
        number, fee = receipt.number, money.format_yuan(receipt.amount_fen, symbol="¥")
        self.result.say(
            lambda: (
                self.tr("Dispatched %1 lots, manifest %2; handling fee %3.")
                .replace("%1", str(len(chosen)))
                .replace("%2", number)
                .replace("%3", fee)
            )
        )
        self.destination.clear()
        self.vehicle.clear()
        self.stock_did_change.emit()

    def spoil(self) -> None:
        self.spoil_form.clear_errors()
        index = self.table.currentIndex()
        if not index.isValid():
            self.spoil_form.say_error(lambda: self.tr("Put the cursor on a lot first."))
            self.table.setFocus()
            return
        lot: Lot = self.model.row(index.row())
        try:
            grams = money.parse_quantity(self.spoil_qty.text(), "kg")
        except ServicePointError as error:
            self.spoil_form.show_error(error, "quantity")
            self.spoil_qty.setFocus()
            return
        why = self.spoil_reason.text()
        try:
            receipt = self.ctx.write(lambda st: st.buyback_stock.spoil(lot.id, grams, why))
        except ServicePointError as error:
            self.spoil_form.show_error(error, "quantity" if error.code.endswith("stock") else None)
            self.spoil_qty.setFocus()
            return
        self.ctx.printer.print(self, receipt.number)
        number = receipt.number
        self.result.say(
            lambda: (
                self.tr("Spoilage recorded: %1, slip %2.")
                .replace("%1", money.format_quantity(grams, "kg", english=self.ctx.lang == "en"))
                .replace("%2", number)
            )
        )
        self.spoil_qty.clear()
        self.spoil_reason.clear()
        self.stock_did_change.emit()
