"""Farmers (农户): the whole list, searched as the operator types; add and edit; and the chosen
farmer's page (orders, batches, settlements, account with its balance).

A five-year station has 20,000 farmers: the list is read once on the database worker (a
secondary connection) into a :class:`RowsModel`, and search filters it in memory with the
same rules as the core's ``farmers.search`` (pinyin initials or pinyin prefix, name, phone
digits, village group), so typing never waits for the database.  The list never holds the
poverty-card or ID numbers: they are dropped on the worker, and only the farmer page shows
them, to a manager.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Change
from ...core.farmers import Farmer
from ...core.text import mask_phone
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, FilterModel, RowsModel
from ..widgets.consignment_common import fit_columns, make_table
from ..widgets.farmer_page import FarmerPage
from ..widgets.farmers import FarmerDialog
from ..widgets.forms import named
from .base import Screen

if TYPE_CHECKING:
    from ...core import Station
    from ..context import AppContext


@dataclass(frozen=True)
class FarmerRow:
    """One farmer in the list, without private numbers, with its search keys."""

    farmer: Farmer
    phone_digits: str
    group: str


def load_farmers(station: Station, _progress: Any) -> list[FarmerRow]:
    """On the database worker: every farmer, by pinyin, private numbers dropped."""
    total = station.farmers.count()
    rows = []
    for f in station.farmers.list(limit=max(total, 1)):
        safe = replace(f, poverty_card_no=None, id_number=None)
        rows.append(FarmerRow(safe, re.sub(r"\D", "", f.phone or ""), f.village_group or ""))
    return rows


def matcher(text: str) -> Any:
    """A predicate for rows matching what was typed (None: every row)."""
    q = re.sub(r"\s+", "", text or "").lower()
    if not q:
        return None
    if q.isdigit():
        return lambda r: q in r.phone_digits
    if q.isascii() and q.isalpha():
        return lambda r: r.farmer.name_initials.startswith(q) or r.farmer.name_pinyin.startswith(q)
    return lambda r: q in r.farmer.name or q in r.group


#: the widest text each column of the list holds: name, village group, masked phone, the
#: poor-household star (its heading is wider), the date registered
FARMER_SAMPLES = ("欧阳某某某", "十二村民组", "138****5678", None, "2026-12-31")


class FarmersScreen(Retranslating, Screen):
    watches = frozenset(
        {
            Change.FARMERS,
            Change.ORDERS,
            Change.PAYMENTS,
            Change.CONSIGNMENT,
            Change.RECEIPTS,
            Change.OPERATOR,
            Change.STOCK,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("farmersScreen")
        self._pending: set[str] = set()
        self._list_stale = True
        self._generation = 0
        self._select_after: str | None = None
        self.loading = False
        self.search = named(QLineEdit(), "farmersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count = named(QLabel(), "farmersCount")
        self.new_button = named(QPushButton(), "farmersNew")
        self.new_button.clicked.connect(self.add_farmer)
        self.model = RowsModel(self._columns(), self)
        self.proxy = FilterModel(self.model, self)
        self.table = make_table("farmersTable", self.proxy, [90, 110, 110, 40])
        EmptyHint(
            self.table,
            lambda: (
                self.tr("No farmer matches the search.")
                if self.model.rowCount()
                else self.tr("No farmers yet. Press Ctrl+N to register the first one.")
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.edit_farmer())
        self.page = FarmerPage(ctx)
        self.page.edit_requested.connect(self.edit_farmer)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        # the screen's 操作 menu (issue 12): the keys the help page and the hints name
        self.act_new = self.screen_action(
            "actFarmerNew", self.add_farmer, "Ctrl+N", words=lambda: self.tr("&New farmer…")
        )
        self.act_edit = self.screen_action(
            "actFarmerEdit", self.edit_farmer, "Ctrl+E", words=lambda: self.tr("&Edit the farmer…")
        )
        self.act_edit.setEnabled(False)  # until a farmer is chosen
        self.act_find = self.screen_action(
            "actFarmerFind", self._find, "Ctrl+F", words=lambda: self.tr("&Find a farmer")
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.page)
        split.setChildrenCollapsible(False)
        # the list as wide as its columns (see retranslate), the farmer's page the rest
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Farmers")

    def _find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.farmer.name),
            Column(self.tr("Village group"), lambda r: r.group),
            Column(self.tr("Phone"), lambda r: mask_phone(r.farmer.phone)),
            Column(self.tr("Poor"), lambda r: "★" if r.farmer.is_poor else ""),
            Column(self.tr("Since"), lambda r: r.farmer.created_at[:10]),
        ]

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: pinyin initials, name, phone or village group (Ctrl+F)")
        )
        self.new_button.setText(self.tr("New farmer…"))
        self.new_button.setToolTip(self.tr("Add a farmer (Ctrl+N)"))
        self.model.set_columns(self._columns())
        # the columns as wide as what they hold, and the list as wide as its columns: no
        # sideways scrolling for five columns (issue 12 walk-through)
        fit_columns(self.table, FARMER_SAMPLES, whole=True)
        self._count()

    # -- loading -----------------------------------------------------------------------------

    def _on_changed(self, names: set[str]) -> None:
        if "farmers" in names:
            self._list_stale = True
        super()._on_changed(names)

    def refresh(self) -> None:
        if self._list_stale:
            self._list_stale = False
            self._generation += 1
            generation = self._generation
            self.loading = True
            self._count()
            self.ctx.tasks.database(
                load_farmers,
                done=lambda rows: self._loaded(generation, rows),
                failed=lambda error: self._failed(generation, error),
            )
        self.page.reload()
        self.act_edit.setEnabled(self.page.data is not None)

    def _loaded(self, generation: int, rows: list[FarmerRow]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        current = self.page.data.farmer.id if self.page.data else None
        self.model.set_rows(rows)
        self._count()
        want = self._select_after or current
        self._select_after = None
        if want:
            self.select(want)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.loading = False
            self._list_stale = True
            self.count.setText(
                self.tr("The farmer list could not be read: %1").replace("%1", str(error))
            )

    def _count(self) -> None:
        if self.loading and not self.model.rows:
            self.count.setText(self.tr("Reading the farmer list…"))
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("Farmers: %1").replace("%1", str(total))
            if shown == total
            else self.tr("Farmers: %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )

    # -- searching and choosing --------------------------------------------------------------

    def apply_filter(self) -> None:
        self._timer.stop()
        self.proxy.set_predicate(matcher(self.search.text()))
        self._count()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                if self._timer.isActive():
                    self.apply_filter()
                if self.proxy.rowCount():
                    rows = self.table.selectionModel().selectedRows()
                    self.table.selectRow(rows[0].row() if rows else 0)
                    self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return False

    def select(self, farmer_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).farmer.id == farmer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            farmer_id = self.proxy.row_at(rows[0].row()).farmer.id
            if self.page.data is None or self.page.data.farmer.id != farmer_id:
                self.page.show_farmer(farmer_id)
                self.act_edit.setEnabled(self.page.data is not None)

    # -- adding and editing ------------------------------------------------------------------

    def add_farmer(self) -> None:
        typed = self.search.text().strip()
        dialog = FarmerDialog(self.ctx, self, name=typed)
        if dialog.exec() and dialog.farmer is not None:
            if self.search.text():
                self.search.clear()
                self.apply_filter()
            self._chosen(dialog.farmer.id)

    def edit_farmer(self) -> None:
        if self.page.data is None:
            return
        farmer = self.ctx.station.farmers.get(self.page.data.farmer.id)
        dialog = FarmerDialog(self.ctx, self, farmer=farmer)
        if dialog.exec() and dialog.farmer is not None:
            self._chosen(dialog.farmer.id)

    def _chosen(self, farmer_id: str) -> None:
        """Show a farmer just saved, and select it in the list once the list has it."""
        self.page.show_farmer(farmer_id)
        self.act_edit.setEnabled(self.page.data is not None)
        if self.loading or not self.select(farmer_id):
            self._select_after = farmer_id
