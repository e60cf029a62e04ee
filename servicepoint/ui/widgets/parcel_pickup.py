"""The parcel desk's pickup (取件): find a parcel by pickup code, the last four digits of the
phone, the name or a waybill scan; confirm by scanning its waybill; record who collected it.
The same panel returns a parcel to the courier (退件) or reports it lost or damaged, each with
a reason.  Lists come from the window's reading connection; each action is one ``ctx.write``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from ..i18n import Retranslating
from .forms import Form, named

if TYPE_CHECKING:
    from ...core import Station
    from ...core.parcels import Parcel
    from ..context import AppContext

ROLE = Qt.ItemDataRole.UserRole


def describe(p: Parcel, lang: str) -> str:
    name = p.name or ""
    mark = " ⚠" if p.damaged else ""
    courier = parcel_couriers.name(p.courier, lang)
    return f"{p.code}  {name}  {p.phone_masked}  {courier} {p.waybill}{mark}"


class PickupPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Form(ctx)
        self.find_edit = named(QLineEdit(), "parcelFind")
        self.find_edit.setMaxLength(40)
        self.found = named(QListWidget(), "parcelFound")
        self.found.setMaximumHeight(160)
        self.confirm = named(QLineEdit(), "parcelConfirm")
        self.confirm.setMaxLength(40)
        self.proxy = named(QLineEdit(), "parcelProxy")
        self.proxy.setMaxLength(40)
        self.rows = [
            self.form.add("-", self.find_edit, "pickup_code_unknown", "parcel_not_on_shelf"),
            self.form.add("-", self.found, "parcel_not_found"),
            self.form.add("-", self.confirm, "confirm_waybill", "pickup_waybill_mismatch"),
            self.form.add("-", self.proxy, "collector_name"),
        ]
        self.hand_over = named(QPushButton(), "parcelHandOver")
        self.hand_over.clicked.connect(self.do_pickup)
        self.reason = named(QLineEdit(), "parcelReason")
        self.reason.setMaxLength(200)
        self.reason_row = self.form.add("-", self.reason, "reason")
        self.ret = named(QPushButton(), "parcelReturn")
        self.lost = named(QPushButton(), "parcelLost")
        self.damaged = named(QPushButton(), "parcelDamaged")
        self.ret.clicked.connect(
            lambda: self._with_reason(lambda st, i, r: st.parcels.return_to_courier(i, r))
        )
        self.lost.clicked.connect(
            lambda: self._with_reason(lambda st, i, r: st.parcels.report_lost(i, r))
        )
        self.damaged.clicked.connect(
            lambda: self._with_reason(lambda st, i, r: st.parcels.report_damaged(i, r))
        )
        self.state = named(QLabel(), "parcelPickupState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-size: 14pt;")
        self.sign_list = named(QPushButton(), "parcelSignList")
        self.sign_list.clicked.connect(self.save_sign_list)
        buttons = QHBoxLayout()
        for b in (self.ret, self.lost, self.damaged):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.hand_over)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addStretch(1)
        # Tab order: find, list, confirm, proxy, hand over, reason, return, lost, damaged
        order: list[QWidget] = [self.find_edit, self.found, self.confirm, self.proxy]
        order += [self.hand_over, self.reason, self.ret, self.lost, self.damaged]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.find_edit.returnPressed.connect(self.search)
        self.found.itemActivated.connect(lambda _i: self.confirm.setFocus())
        self.confirm.returnPressed.connect(self.do_pickup)
        self.proxy.returnPressed.connect(self.do_pickup)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (
            self.tr("Find"),
            self.tr("Parcels"),
            self.tr("Scan to confirm"),
            self.tr("Collected on behalf by"),
        )
        for widget, text in zip(self.rows, labels, strict=True):
            label = self.form.label_for(widget)
            if label is not None:
                label.setText(text)
        label = self.form.label_for(self.reason)
        if label is not None:
            label.setText(self.tr("Reason"))
        self.find_edit.setPlaceholderText(
            self.tr("Pickup code, last 4 of the phone, name or waybill scan")
        )
        self.confirm.setPlaceholderText(self.tr("Scan the parcel's waybill"))
        self.proxy.setPlaceholderText(self.tr("Empty: the recipient collects it"))
        self.reason.setPlaceholderText(self.tr("Why it goes back, or what happened"))
        self.hand_over.setText(self.tr("Hand over"))
        self.ret.setText(self.tr("Return to courier"))
        self.lost.setText(self.tr("Report lost"))
        self.damaged.setText(self.tr("Report damaged"))
        self.sign_list.setText(self.tr("Today's pickup list (PDF)…"))
        self.sign_list.setToolTip(self.tr("Every parcel handed over today, to print and sign"))

    def search(self) -> None:
        text = self.find_edit.text()
        self.found.clear()
        self.state.clear()
        if not text.strip():
            return
        try:
            parcels = self.ctx.station.parcels.find_for_pickup(text)
        except ServicePointError as error:
            self.form.show_error(error, "pickup_code_unknown")
            return
        if not parcels:
            self.form.say_error(lambda: self.tr("No parcel on the shelves matches that."))
            return
        self.form.clear_errors()
        for p in parcels:
            item = QListWidgetItem(describe(p, self.ctx.lang))
            item.setData(ROLE, p)
            self.found.addItem(item)
        self.found.setCurrentRow(0)
        if len(parcels) == 1:
            self.confirm.setFocus()
        else:
            self.found.setFocus()

    def chosen(self) -> Parcel | None:
        item = self.found.currentItem()
        return None if item is None else item.data(ROLE)

    def _need_parcel(self) -> Parcel | None:
        parcel = self.chosen()
        if parcel is None:
            self.form.say_error(lambda: self.tr("Find the parcel first."))
            self.find_edit.setFocus()
        return parcel

    def do_pickup(self) -> None:
        parcel = self._need_parcel()
        if parcel is None:
            return
        scanned, proxy = self.confirm.text(), self.proxy.text().strip() or None
        try:
            done = self.ctx.write(
                lambda st: st.parcels.pickup(parcel.id, scanned, on_behalf_name=proxy)
            )
        except ServicePointError as error:
            self.form.show_error(
                error, "pickup_waybill_mismatch" if error.code.startswith("waybill") else None
            )
            return
        self._done(
            self.tr("Handed over %1 to %2.")
            .replace("%1", done.code)
            .replace("%2", done.collected_by or "")
        )

    def _with_reason(self, act: Callable[[Station, str, str], Parcel]) -> None:
        parcel = self._need_parcel()
        if parcel is None:
            return
        reason = self.reason.text()
        try:
            done = self.ctx.write(lambda st: act(st, parcel.id, reason))
        except ServicePointError as error:
            self.form.show_error(error)
            return
        from ...core.parcels import STATES_ZH

        state = STATES_ZH[done.state] if self.ctx.lang == "zh_CN" else done.state.replace("_", " ")
        if done.damaged and done.state == "shelved":
            state = self.tr("marked damaged")
        self._done(self.tr("Parcel %1: %2.").replace("%1", done.code).replace("%2", state))

    def save_sign_list(self) -> None:
        """The day's pickups as an A4 PDF for signatures, saved on the database worker."""
        from .report_common import ask_save_path

        day = self.ctx.station.clock.now().date().isoformat()
        path = ask_save_path(
            self,
            self.tr("Save the pickup list"),
            f"{self.ctx.station.code}-pickups-{day}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        operator = self.ctx.station.operator

        def save(station: Station, _progress: object) -> Path:
            from ...printing.statements import save_pickup_list_pdf

            if operator is not None:
                station.act_as(operator)
            return save_pickup_list_pdf(station, day, path)

        self.ctx.tasks.database(
            save,
            done=lambda saved: self.state.setText(self.tr("Saved as %1").replace("%1", str(saved))),
            failed=lambda error: self.state.setText(str(error)),
        )

    def _done(self, text: str) -> None:
        self.form.clear_errors()
        for edit in (self.find_edit, self.confirm, self.proxy, self.reason):
            edit.clear()
        self.found.clear()
        self.state.setText(text)
        self.find_edit.setFocus()
