"""Parcels to tell their recipients about (通知), and those waiting too long (滞留).

Phones are masked in both lists.  The call button is the one place the full number is shown:
it asks the core (``Parcels.call``, which records the parcel as notified) and shows the number
beside the button, to the operator only, until the next parcel is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ..i18n import Retranslating
from .forms import named

if TYPE_CHECKING:
    from ...core.parcels import Parcel
    from ..context import AppContext

ROLE = Qt.ItemDataRole.UserRole


class NotifyPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notify_title = QLabel()
        self.notify = named(QListWidget(), "parcelNotify")
        self.call = named(QPushButton(), "parcelCall")
        self.number = named(QLabel(), "parcelCallNumber")
        self.number.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overdue_title = QLabel()
        self.overdue = named(QListWidget(), "parcelOverdue")
        row = QHBoxLayout()
        row.addWidget(self.call)
        row.addWidget(self.number, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notify_title)
        layout.addWidget(self.notify, 2)
        layout.addLayout(row)
        layout.addWidget(self.overdue_title)
        layout.addWidget(self.overdue, 1)
        self.call.clicked.connect(self.do_call)
        self.notify.itemActivated.connect(lambda _i: self.do_call())
        self.notify.currentItemChanged.connect(lambda *_a: self.number.clear())
        self.retranslate()

    def retranslate(self) -> None:
        self.call.setText(self.tr("Call (shows the number)"))
        self.call.setToolTip(self.tr("Shows the full number to you and marks the parcel notified"))
        self.refresh()

    @staticmethod
    def _line(p: Parcel, days: int | None = None) -> str:
        since = p.checked_in_at[5:16].replace("T", " ")
        extra = f"  ({days}d)" if days is not None else ""
        return f"{p.code}  {p.name or ''}  {p.phone_masked}  {since}{extra}"

    def refresh(self) -> None:
        parcels = self.ctx.station.parcels
        self.notify.clear()
        for p in parcels.to_notify():
            item = QListWidgetItem(self._line(p))
            item.setData(ROLE, p.id)
            self.notify.addItem(item)
        if self.notify.count():
            self.notify.setCurrentRow(0)
        self.overdue.clear()
        now = self.ctx.station.clock.now().date()
        from datetime import date

        for p in parcels.overdue():
            days = (now - date.fromisoformat(p.checked_in_at[:10])).days
            self.overdue.addItem(self._line(p, days))
        self.notify_title.setText(
            self.tr("Parcels to notify: %1").replace("%1", str(self.notify.count()))
        )
        self.overdue_title.setText(
            self.tr("Waiting over %1 days: %2")
            .replace("%1", str(parcels.overdue_days()))
            .replace("%2", str(self.overdue.count()))
        )

    def do_call(self) -> None:
        item = self.notify.currentItem()
        if item is None:
            return
        parcel_id = item.data(ROLE)
        try:
            number = self.ctx.write(lambda st: st.parcels.call(parcel_id))
        except ServicePointError as error:
            self.number.setText(self.ctx.message(error))
            return
        row = self.notify.currentRow()
        self.refresh()
        self.number.setText(number)
        if self.notify.count():
            self.notify.setCurrentRow(min(row, self.notify.count() - 1))
            self.number.setText(number)
