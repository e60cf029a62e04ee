"""Orders (订单): every purchase order, filtered by status, date and text, with the selected
order's details and its next step (``widgets/purchase_order.py``).

The list is read on the database worker (``ctx.tasks.database``, a secondary station
connection) and filtered in memory, so a five-year station's 100,000 orders load without
freezing the window and filter as fast as the operator types.  After an action the row changes
in place at once and the list reloads quietly behind it, keeping the selection.

Keyboard: Ctrl+F finds, Down/Up move through the orders, Enter goes to the order's next step,
Ctrl+1/2/3 mark it ordered / arrived / picked up, Esc comes back to the search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Change
from ...core.order_refs import Ordering, progress
from ...core.purchasing import OPEN_STATUSES, STATUSES
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column
from ..widgets.forms import named
from ..widgets.purchase_order import OrderDetail, platform_names
from ..widgets.purchase_orders import (
    STATUS_COLOURS,
    OrderRow,
    OrdersModel,
    load_orders,
    shown_status_name,
    status_names,
)
from .base import Screen

if TYPE_CHECKING:
    from ..context import AppContext

NO_DATE = QDate(2000, 1, 1)
#: The widest text each column holds, measured in the window's font (the last column, the
#: platform numbers, stretches): money up to ¥999,999.99 stays whole at 1366 px (issue 12 #10).
WIDEST = ("GJ01-2026-000000", "2026-12-31 23:59", "欧阳某某某", None, "¥999,999.99")
FARMER, STATUS = 2, 3  # the columns that give room to the platform numbers when narrow


class OrdersScreen(Retranslating, Screen):
    watches = frozenset({Change.ORDERS, Change.FARMERS, Change.RECEIPTS, Change.LANGUAGE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("ordersScreen")
        self.loading = False
        self._load_again = False
        self.loaded_once = False
        # filters
        self.status = named(QComboBox(), "ordersStatusFilter")
        self.date_from = self._date_edit("ordersFrom")
        self.date_to = self._date_edit("ordersTo")
        self.all_dates = named(QPushButton(), "ordersAllDates")
        self.all_dates.setAutoDefault(False)
        self.all_dates.clicked.connect(self.clear_dates)
        self.search = named(QLineEdit(), "ordersSearch")
        self.search.setClearButtonEnabled(True)
        self.count = named(QLabel(), "ordersCount")
        self.labels = [QLabel() for _ in range(3)]
        for label, buddy in zip(
            self.labels, (self.status, self.date_from, self.date_to), strict=True
        ):
            label.setBuddy(buddy)
        find_row = QHBoxLayout()  # the count beside the search, so the filter row fits
        find_row.addWidget(self.search, 1)  # a 1366-px screen in English too
        find_row.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.labels[0])
        filters.addWidget(self.status)
        filters.addSpacing(8)
        filters.addWidget(self.labels[1])
        filters.addWidget(self.date_from)
        filters.addWidget(self.labels[2])
        filters.addWidget(self.date_to)
        filters.addWidget(self.all_dates)
        filters.addStretch(1)
        # table
        self.model = OrdersModel(self._columns(), self)
        self.table = named(QTableView(), "ordersTable")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        EmptyHint(self.table, self._empty_text)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # the columns fit the width (the last stretches, its long text cut with … and whole
        # in the tooltip): no sideways scrolling for the platform numbers (issue 12)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        # detail
        self.detail_box = QGroupBox()
        self.detail_box.setMinimumWidth(430)
        self.detail_box.setMaximumWidth(470)
        self.detail = OrderDetail(ctx)
        QVBoxLayout(self.detail_box).addWidget(self.detail)
        self.detail.order_did_change.connect(self._order_changed)
        self.table.addActions(self.detail.actions_)
        # a step's key while the step is greyed says why instead of nothing: a shortcut of the
        # same key, on only while its action is off (never two on at once)
        for act in self.detail.actions_:
            why = QShortcut(
                act.shortcut(), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            why.setEnabled(not act.isEnabled())
            name = act.objectName()
            why.activated.connect(lambda name=name: self._why_not(name))
            act.enabledChanged.connect(lambda on, why=why: why.setEnabled(not on))
        self.addActions(self.detail.actions_)
        self.act_find = QAction(self, shortcut=QKeySequence("Ctrl+F"))
        self.act_find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_find.triggered.connect(self._find)
        self.addAction(self.act_find)
        self.commit_last(lambda: self.tr("The selected order's &next step"))
        # Ctrl+Enter (and its menu item) is on only when the selected order has a next step
        for act in self.detail.actions_:
            act.enabledChanged.connect(lambda _on: self._update_commit())
        self._update_commit()
        left = QVBoxLayout()
        left.addLayout(find_row)
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.detail_box)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def title(self) -> str:
        return self.tr("Orders")

    def _columns(self) -> list[Column]:
        platforms = platform_names()
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Placed"), lambda r: r.created_at[:16].replace("T", " ")),
            Column(self.tr("Farmer"), lambda r: r.farmer_name),
            Column(
                self.tr("Status"),
                lambda r: shown_status_name(r.shown_status, r.ordering),
                colour=lambda r: STATUS_COLOURS.get(r.shown_status),
            ),
            # after a partial return the amount the farmer finally paid; none once voided
            Column(self.tr("Amount"), lambda r: r.net_fen, money=True),
            Column(
                self.tr("Platform orders"),
                lambda r: (
                    "; ".join(f"{platforms.get(p, p)} {n}" for p, n in r.platform_refs)
                    or r.platform_order_no
                ),
            ),
        ]

    def _size_columns(self) -> None:
        """Each column as wide as the widest text it holds, so money is never cut."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        widest_status = max(
            (*status_names().values(), shown_status_name("placed", Ordering(9, 9, ()))),
            key=metrics.horizontalAdvance,
        )
        widths = []
        for n, sample in enumerate(WIDEST):
            title = str(self.model.headerData(n, Qt.Orientation.Horizontal))
            text = max(sample or widest_status, title, key=metrics.horizontalAdvance)
            widths.append(metrics.horizontalAdvance(text) + 16)
        # The last column (platform numbers) keeps room for a platform and most of a number:
        # a narrow list (English names, a wider navigation) takes it from the farmer and the
        # status, which the longest names need only rarely (every cell's tooltip is whole)
        short = (
            metrics.horizontalAdvance("京东 JD-12345678")
            + 16
            - (self.table.viewport().width() - sum(widths))
        )
        for n, least in ((FARMER, "欧阳某"), (STATUS, "Picked up")):
            if short > 0:
                title = str(self.model.headerData(n, Qt.Orientation.Horizontal))
                floor = metrics.horizontalAdvance(max(least, title, key=metrics.horizontalAdvance))
                give = min(short, max(0, widths[n] - floor - 16))
                widths[n] -= give
                short -= give
        for n, width in enumerate(widths):
            header.resizeSection(n, width)

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels, (self.tr("Stat&us"), self.tr("&From"), self.tr("&To")), strict=True
        ):
            label.setText(text)
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(self.tr("Not yet picked up"), "open")
        names = status_names()
        for status in STATUSES:
            self.status.addItem(names[status], status)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.all_dates.setText(self.tr("All dates"))
        self.search.setPlaceholderText(self.tr("Order no., farmer or platform order no. (Ctrl+F)"))
        self._say(self.act_find, lambda: self.tr("&Find"))
        self.detail_box.setTitle(self.tr("Order"))
        self.table.setToolTip(self.tr("Right-click for actions; Enter goes to the next step"))
        self.model.set_columns(self._columns())
        self._size_columns()
        self._show_count()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every order on the database worker; the table keeps working meanwhile."""
        if self.detail.order is not None:
            self.detail.show_order(self.detail.order.id, keep_message=True)
        if self.loading:
            self._load_again = True
            return
        self.loading = True
        self._show_count()
        self.ctx.tasks.database(load_orders, done=self._loaded, failed=self._failed)

    def _loaded(self, rows: list[OrderRow]) -> None:
        self.loading = False
        if getattr(self.window(), "closed", False):
            return  # the window closed while the list was read: the station may be closed
        selected = self.selected_id()
        self.model.set_all(rows)
        self.loaded_once = True
        self._reselect(selected)
        if self._load_again:
            self._load_again = False
            self.refresh()

    def _failed(self, error: Any) -> None:
        self.loading = False
        self.count.setText(self.tr("The orders could not be read: %1").replace("%1", str(error)))

    # -- filtering -----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        selected = self.selected_id()
        choice = self.status.currentData()
        statuses = None if choice is None else OPEN_STATUSES if choice == "open" else (choice,)
        self.model.set_filter(
            statuses=statuses,
            day_from=self._day(self.date_from),
            day_to=self._day(self.date_to),
            text=self.search.text(),
        )
        self._reselect(selected)

    def _empty_text(self) -> str:
        if self.loading:
            return self.tr("Loading…")
        if self.model.all_rows:
            return self.tr("No order matches. Change the search, the status or the dates.")
        return self.tr("No orders yet. Press F3 to take a farmer's first order.")

    @staticmethod
    def _day(edit: QDateEdit) -> str | None:
        date = edit.date()
        return None if date == NO_DATE else date.toString("yyyy-MM-dd")

    def _next_step(self) -> QAction | None:
        """The selected order's next step (placed → ordered → arrived → picked up), if any."""
        status = self.detail.order.status if self.detail.order else ""
        step = {"placed": "orderMarkOrdered", "ordered": "orderArrived", "arrived": "orderPickup"}
        action = self.detail.act.get(step.get(status, ""))
        return action if action is not None and action.isEnabled() else None

    def _update_commit(self) -> None:
        self.act_commit.setEnabled(self._next_step() is not None)

    def commit(self) -> None:
        """Ctrl+Enter: the selected order's next step."""
        action = self._next_step()
        if action is not None:
            action.trigger()

    def _why_not(self, action_name: str) -> None:
        name = action_name.removeprefix("act")
        self.detail.why_not(name[0].lower() + name[1:])

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_dates(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.apply_filter()

    def _show_count(self) -> None:
        text = (
            self.tr("%1 of %2 orders")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self.model.all_rows)))
        )
        if self.loading:
            text += "  " + self.tr("(loading…)")
        self.count.setText(text)

    # -- selection -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return str(self.model.rows[index.row()].id)

    def select(self, order_id: str) -> bool:
        """Show ``order_id`` in the table and its details; False when filtered out."""
        n = self.model.position(order_id)
        if n < 0:
            return False
        self.table.selectRow(n)
        self.table.setCurrentIndex(self.model.index(n, 0))
        self.table.scrollTo(self.model.index(n, 0))
        return True

    def _reselect(self, order_id: str | None) -> None:
        self._show_count()
        if order_id is not None:
            self.select(order_id)  # filtered out: the details stay on screen

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            return
        order_id = self.model.rows[current.row()].id
        if self.detail.order is None or self.detail.order.id != order_id:
            self.detail.show_order(order_id)

    def _order_changed(self, order_id: str) -> None:
        order = self.detail.order
        if order is not None and order.id == order_id:
            self.model.update_order(
                order_id,
                status=order.status,
                shown_status=order.shown_status,
                voided=order.voided,
                ordering=progress(order) if order.status == "placed" else None,
                returned_fen=order.returned_fen,
                platform_order_no=order.platform_order_no,
                platform_refs=[(r.platform, r.number) for r in order.platform_refs],
            )

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Resize,  # the room the columns share
        ):
            # a larger type (the style sheet) widens the columns with it; a new width is the
            # viewport's once the table has handled its resize
            QTimer.singleShot(0, self, self._size_columns)
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                self.apply_filter()
                self.table.setFocus()
                if self.model.rowCount() and not self.table.currentIndex().isValid():
                    self.select(self.model.rows[0].id)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filter()
                return True
        elif watched is self.table:
            if key == Qt.Key.Key_Escape:
                self.search.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.detail.focus_next_step()
                return True
        return False
