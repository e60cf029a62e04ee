"""快递 (F11): the parcel desk — check parcels in by scanning, hand them out, tell recipients,
send parcels out, and keep the couriers' fees.  Five tabs over the core's ``parcels``,
``parcel_sends`` and ``parcel_fees`` (``widgets/parcel_*.py``).

Keyboard first: the screen opens with the cursor in the scan field; Ctrl+1…5 open the tabs
with the cursor where each task starts; Ctrl+Enter does what the open tab is for.  Lists read
the window's own connection (index-only reads of the shelved parcels, well under the 20 ms a
search may take); each action is one ``ctx.write``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...core.changes import Change
from ..i18n import Retranslating
from ..widgets.forms import named
from ..widgets.parcel_checkin import CheckInPanel
from ..widgets.parcel_fees import FeesPanel
from ..widgets.parcel_notify import NotifyPanel
from ..widgets.parcel_pickup import PickupPanel
from ..widgets.parcel_send import SendPanel
from .base import Screen, first_field

if TYPE_CHECKING:
    from ..context import AppContext


class ParcelsScreen(Retranslating, Screen):
    watches = frozenset({Change.PARCELS, Change.ORDERS, Change.SETTINGS, Change.FARMERS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("parcelsScreen")
        self.tabs = named(QTabWidget(), "parcelTabs")
        self.checkin = CheckInPanel(ctx)
        self.pickup = PickupPanel(ctx)
        self.notify = NotifyPanel(ctx)
        self.send = SendPanel(ctx)
        self.fees = FeesPanel(ctx)
        for panel in (self.checkin, self.pickup, self.notify, self.send, self.fees):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self.focus_start))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        words: tuple[Callable[[], str], ...] = (
            lambda: self.tr("Check parcels in"),
            lambda: self.tr("Pick up, return or report"),
            lambda: self.tr("Parcels to notify"),
            lambda: self.tr("Send a parcel"),
            lambda: self.tr("Courier fees and shelves"),
        )
        self.tab_actions = [
            self.screen_action(
                f"actParcelTab{i + 1}", partial(self.show_tab, i), f"Ctrl+{i + 1}", words=w
            )
            for i, w in enumerate(words)
        ]
        self.commit_last(lambda: self.tr("Do it (check in, hand over or send)"))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Parcels")

    def retranslate(self) -> None:
        names = (
            self.tr("Check in"),
            self.tr("Pick up"),
            self.tr("Notify"),
            self.tr("Send"),
            self.tr("Fees"),
        )
        for i, text in enumerate(names):
            self.tabs.setTabText(i, text)
            self.tabs.setTabToolTip(i, f"{text} (Ctrl+{i + 1})")

    def show_tab(self, index: int) -> None:
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # focuses through currentChanged
        else:
            self.focus_start()

    def focus_start(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is self.checkin:
            self.checkin.focus_next()
            return
        if panel is self.send:
            self.send.sale_receipt.setFocus()
            return
        widget = first_field(panel) if panel is not None else None
        if widget is not None:
            widget.setFocus()

    def refresh(self) -> None:
        self.notify.refresh()
        self.fees.refresh()

    def commit(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is self.checkin:
            self.checkin.check_in()
        elif panel is self.pickup:
            self.pickup.do_pickup()
        elif panel is self.send:
            self.send.do_send()
