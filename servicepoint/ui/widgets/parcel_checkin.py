"""The parcel desk's check-in (快递入库): scans queue up at scanner speed, then each parcel takes
the recipient's phone (or its last four digits) and name, gets its slot and pickup code, and
is offered as the arrival of a matching assisted-purchase order.

A scan only reads (``Parcels.recognise``: a clean number, its courier, not checked in
before), so a scanner emptying a pile into the field never waits on a write and no keystroke
is lost; the write happens once per parcel, when the operator presses Enter on its phone or
name (``ctx.write``).

With "Print a slot label" ticked (the station setting ``parcel_slot_label``) each parcel's
slot label (pickup code large, phone masked) is printed as it is shelved, by the trace label's
path on the print thread; "Print slot label" prints the last parcel's again.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import parcel_couriers
from ...core.errors import ServicePointError
from ...core.parcel_printables import slot_label_data
from ..i18n import Retranslating
from .consignment_label import LabelPrinter
from .forms import Form, named

if TYPE_CHECKING:
    from ...core.parcels import CheckIn
    from ..context import AppContext

ROLE = Qt.ItemDataRole.UserRole
SLOT_LABEL = "parcel_slot_label"


def courier_box(name: str, lang: str) -> QComboBox:
    """The couriers of the one table (``core/parcel_couriers``), by code."""
    box = named(QComboBox(), name)
    for c in parcel_couriers.ALL:
        box.addItem(parcel_couriers.name(c.code, lang), c.code)
    return box


def select_code(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    if index >= 0:
        box.setCurrentIndex(index)


class CheckInPanel(Retranslating, QWidget):
    parcel_did_check_in = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Form(ctx)
        self.scan = named(QLineEdit(), "parcelScan")
        self.scan.setMaxLength(40)
        self.phone = named(QLineEdit(), "parcelPhone")
        self.phone.setMaxLength(20)
        self.name = named(QLineEdit(), "parcelName")
        self.name.setMaxLength(40)
        self.courier = courier_box("parcelCourier", ctx.lang)
        self.slot = named(QLineEdit(), "parcelSlot")
        self.slot.setMaxLength(8)
        self.rows = [
            self.form.add("-", self.scan, "waybill", "waybill_unreadable", "waybill_duplicate"),
            self.form.add("-", self.phone, "phone", "phone_malformed"),
            self.form.add("-", self.name, "recipient_name"),
            self.form.add("-", self.courier, "courier_unknown"),
            self.form.add("-", self.slot, "slot_unknown", "slot_full", "shelves_full"),
        ]
        self.queue_title = QLabel()
        self.queue = named(QListWidget(), "parcelQueue")
        self.queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue.setMaximumHeight(120)
        self.result = named(QLabel(), "parcelResult")
        self.result.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matches_title = QLabel()
        self.matches = named(QListWidget(), "parcelMatches")
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self.arrive)
        self.labels = LabelPrinter(ctx, self)
        self.labels.did_print.connect(self._label_printed)
        self.slot_label = named(QCheckBox(), "parcelSlotLabel")
        self.slot_label.setChecked(ctx.station.setting(SLOT_LABEL, False) is True)
        self.slot_label.toggled.connect(self._remember_slot_label)
        self.print_label = named(QPushButton(), "parcelPrintLabel")
        self.print_label.setEnabled(False)
        self.print_label.clicked.connect(self.print_last_label)
        self.label_state = named(QLabel(), "parcelLabelState")
        labels = QHBoxLayout()
        labels.addWidget(self.slot_label)
        labels.addWidget(self.print_label)
        labels.addWidget(self.label_state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(labels)
        layout.addWidget(self.queue_title)
        layout.addWidget(self.queue)
        layout.addWidget(self.result)
        layout.addWidget(self.matches_title)
        layout.addWidget(self.matches)
        layout.addStretch(1)
        self.scan.returnPressed.connect(self.take_scan)
        for edit in (self.phone, self.name, self.slot):
            edit.returnPressed.connect(self.check_in)
        self.last: CheckIn | None = None
        self._show_matches(False)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (
            self.tr("Scan waybill"),
            self.tr("Phone or last 4"),
            self.tr("Recipient's name"),
            self.tr("Courier"),
            self.tr("Slot"),
        )
        for widget, text in zip(self.rows, labels, strict=True):
            label = self.form.label_for(widget)
            if label is not None:
                label.setText(text)
        self.scan.setPlaceholderText(self.tr("Scan one waybill after another; Enter after each"))
        self.phone.setPlaceholderText(self.tr("11 digits, or the last 4 printed"))
        self.name.setPlaceholderText(self.tr("As printed on the waybill (optional)"))
        self.slot.setPlaceholderText(self.tr("Empty: the suggested slot, or shelf-cell like 3-12"))
        self.matches_title.setText(
            self.tr("Open orders of this phone: Enter marks the order arrived")
        )
        self.slot_label.setText(self.tr("Print a slot label at check-in"))
        self.print_label.setText(self.tr("Print slot label"))
        self.print_label.setToolTip(self.tr("The slot label of the last parcel checked in"))
        self._say_queue()

    def _say_queue(self) -> None:
        self.queue_title.setText(
            self.tr("Parcels waiting for their recipient: %1").replace(
                "%1", str(self.queue.count())
            )
        )

    # -- scanning -----------------------------------------------------------------------------

    def queued(self) -> list[str]:
        return [self.queue.item(i).data(ROLE)[0] for i in range(self.queue.count())]

    def take_scan(self) -> None:
        """Enter in the scan field: the number joins the queue (nothing is written yet)."""
        text = self.scan.text()
        self.scan.clear()
        if not text.strip():
            if self.queue.count():
                self.phone.setFocus()
            return
        try:
            number, courier = self.ctx.station.parcels.recognise(text)
        except ServicePointError as error:
            self.form.show_error(error, "waybill")
            return
        if number in self.queued():
            self.form.say_error(
                lambda: self.tr("%1 is already waiting in the queue.").replace("%1", number)
            )
            return
        self.form.clear_errors()
        item = QListWidgetItem(f"{number}  {parcel_couriers.name(courier.code, self.ctx.lang)}")
        item.setData(ROLE, (number, courier.code))
        self.queue.addItem(item)
        if self.queue.count() == 1:
            self._load_head()
        self._say_queue()

    def _load_head(self) -> None:
        if self.queue.count():
            _number, code = self.queue.item(0).data(ROLE)
            select_code(self.courier, code)
            self.queue.setCurrentRow(0)

    # -- check-in -------------------------------------------------------------------------------

    def check_in(self) -> None:
        """Enter on the phone, name or slot (or Ctrl+Enter): shelve the first queued parcel."""
        if self.scan.text().strip():
            self.take_scan()
        if not self.queue.count():
            self.form.say_error(lambda: self.tr("Scan a waybill first."))
            self.scan.setFocus()
            return
        number, _code = self.queue.item(0).data(ROLE)
        phone, name = self.phone.text(), self.name.text().strip() or None
        courier, slot = self.courier.currentData(), self.slot.text().strip() or None
        try:
            done = self.ctx.write(
                lambda st: st.parcels.check_in(number, phone, name, courier=courier, slot=slot)
            )
        except ServicePointError as error:
            self.form.show_error(error)
            if error.code == "waybill_duplicate":
                self.queue.takeItem(0)
                self._load_head()
                self._say_queue()
            return
        self.form.clear_errors()
        self.queue.takeItem(0)
        self._load_head()
        self._say_queue()
        for edit in (self.phone, self.name, self.slot):
            edit.clear()
        self.last = done
        p = done.parcel
        self.result.setText(
            self.tr("Slot %1 · pickup code %2").replace("%1", p.slot).replace("%2", p.code)
        )
        self.matches.clear()
        for m in done.matches:
            item = QListWidgetItem(f"{m.number}  {m.farmer_name}" + ("" if m.exact else " ?"))
            item.setData(ROLE, m.order_id)
            self.matches.addItem(item)
        self.parcel_did_check_in.emit(done.parcel)
        self.print_label.setEnabled(True)
        self.label_state.clear()
        if self.slot_label.isChecked():
            self.print_last_label()
        self._show_matches(bool(done.matches))
        if done.matches:
            self.matches.setCurrentRow(0)
            self.matches.setFocus()
        else:
            self.focus_next()

    def focus_next(self) -> None:
        (self.phone if self.queue.count() else self.scan).setFocus()

    def _show_matches(self, shown: bool) -> None:
        self.matches_title.setVisible(shown)
        self.matches.setVisible(shown)

    def arrive(self, item: QListWidgetItem) -> None:
        """Enter on a matching order: it is marked arrived (已到货) with this parcel."""
        if self.last is None:
            return
        parcel_id, order_id = self.last.parcel.id, item.data(ROLE)
        try:
            self.ctx.write(lambda st: st.parcels.arrive_order(parcel_id, order_id))
        except ServicePointError as error:
            self.form.show_error(error)
            return
        number = item.text().split()[0]
        self.result.setText(
            self.result.text() + "\n" + self.tr("Order %1 marked arrived.").replace("%1", number)
        )
        self.matches.clear()
        self._show_matches(False)
        self.focus_next()

    # -- slot label -------------------------------------------------------------------------

    def _remember_slot_label(self, on: bool) -> None:
        """The choice becomes the station's when a manager is signed in; for anyone else it
        holds while the window is open (a setting is a manager's change)."""
        with contextlib.suppress(ServicePointError):
            self.ctx.write(lambda st: st.set_setting(SLOT_LABEL, on))

    def print_last_label(self) -> None:
        """The slot label of the last parcel checked in, on the print thread."""
        if self.last is None:
            return
        try:
            data = slot_label_data(self.ctx.station, self.last.parcel.id)
        except ServicePointError as error:
            self.label_state.setText(self.ctx.message(error))
            return
        self.label_state.setText(self.tr("Printing the slot label…"))
        if not self.labels.print_data(self, data):
            self.label_state.clear()  # the print dialog was cancelled

    def _label_printed(self, key: str, ok: bool, message: str) -> None:
        if ok and message == key:
            self.label_state.setText(self.tr("Slot label printed."))
        elif ok:
            self.label_state.setText(message)  # kept as a PDF file: where
        else:
            first = (message.splitlines() or [""])[0]
            self.label_state.setText(self.tr("Slot label not printed: %1").replace("%1", first))
