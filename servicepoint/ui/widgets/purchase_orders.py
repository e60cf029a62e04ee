"""The order list's data: rows loaded on the database worker, filtered and sorted in memory.

A five-year station holds 100,000 orders.  They are read in pages by ``load_orders`` on the
database worker (it receives its own secondary :class:`Station`), as small slotted rows, and
handed to :class:`OrdersModel`.  Filtering by status, date and text, and sorting by a column,
are plain Python over the list (a few milliseconds for 100,000 rows), then one model reset:
a ``QSortFilterProxyModel`` calls back into Python once per row per column and takes seconds
at that size (measured: 1.9 s for a text filter, 4.5 s for a sort).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from ...core.order_refs import Ordering, of_list_row, ordering_of_list_row
from ...core.purchasing import net_fen, shown_status
from ..models import Column, RowsModel

if TYPE_CHECKING:
    from ...core import Station

FIRST_YEAR = 2000
YEAR_LIMIT = 10_000_000  # no limit: a year of one point is far below it


def status_names() -> dict[str, str]:
    """Order statuses as the operator reads them (translated)."""
    return {
        "placed": QCoreApplication.translate("OrderStatus", "Paid, to order"),
        "ordered": QCoreApplication.translate("OrderStatus", "Ordered"),
        "arrived": QCoreApplication.translate("OrderStatus", "Arrived"),
        "completed": QCoreApplication.translate("OrderStatus", "Picked up"),
        "cancelled": QCoreApplication.translate("OrderStatus", "Cancelled"),
        "returned": QCoreApplication.translate("OrderStatus", "Returned"),
        "partly_returned": QCoreApplication.translate("OrderStatus", "Partly returned"),
        "voided": QCoreApplication.translate("OrderStatus", "Voided"),
    }


def shown_status_name(status: str, ordering: Ordering | None = None) -> str:
    """A status as ``Order.shown_status`` gives it (部分退货 included), translated; a paid
    order with some of its platforms' numbers says how far it got (已下单 1/2 个平台)."""
    if status == "placed" and ordering is not None and ordering.done:
        return (
            QCoreApplication.translate("OrderStatus", "Part-ordered (%1/%2)")
            .replace("%1", str(ordering.done))
            .replace("%2", str(ordering.needed))
        )
    return status_names().get(status, status)


STATUS_COLOURS = {
    "placed": "#b26a00",
    "arrived": "#1565c0",
    "cancelled": "#777777",
    "returned": "#777777",
    "partly_returned": "#8e24aa",
    "voided": "#777777",
}


class OrderRow:
    """One order in the list (what the table shows and filters on)."""

    __slots__ = (
        "created_at",
        "day",
        "farmer_id",
        "farmer_name",
        "id",
        "key",
        "number",
        "ordering",
        "platform_order_no",
        "platform_refs",
        "returned_fen",
        "shown_status",
        "status",
        "total_fen",
        "voided",
    )

    def __init__(self, row: dict[str, Any]) -> None:
        self.id: str = row["id"]
        self.number: str = row["number"]
        self.status: str = sys.intern(row["status"])
        self.total_fen: int = row["total_fen"]
        self.created_at: str = row["created_at"]
        self.day: str = self.created_at[:10]
        self.platform_order_no: str | None = row["platform_order_no"]
        #: (platform code, number) pairs, in the order they were added
        self.platform_refs: list[tuple[str, str]] = [
            (r.platform, r.number) for r in of_list_row(row)
        ]
        self.returned_fen: int = row.get("returned_fen") or 0
        self.voided: bool = bool(row.get("voided"))
        self.shown_status: str = sys.intern(
            shown_status(self.status, row.get("returned_lines") or 0, self.voided)
        )
        #: for a paid order not yet ordered: how far it got on its platforms
        self.ordering: Ordering | None = ordering_of_list_row(row)
        self.farmer_name: str = sys.intern(row["farmer_name"])
        self.farmer_id: str = sys.intern(row["farmer_id"])
        self.key = ""
        self.rekey()

    @property
    def net_fen(self) -> int:
        """The amount after returns (nothing once cancelled or voided): what the list shows."""
        return net_fen(self.status, self.total_fen, self.returned_fen)

    def rekey(self) -> None:
        numbers = " ".join(n for _p, n in self.platform_refs) or self.platform_order_no or ""
        self.key = " ".join((self.number, self.farmer_name, numbers)).lower()


def load_orders(
    station: Station, progress: Callable[[str, int, int], None] | None = None
) -> list[OrderRow]:
    """Every order, newest first, read a year at a time (runs on the database worker).

    ``purchasing.list`` sorts what it selects, so paging it by offset re-sorts the whole
    table per page (about a second each at 100,000 orders); a year's window uses the
    ``created_at`` index and keeps each batch small.  It stops once it holds every order
    counted at the start; an order placed meanwhile can only be in the newest window.
    """
    total = sum(station.purchasing.counts_by_status().values())
    rows: list[OrderRow] = []
    seen: set[str] = set()
    year = station.clock.now().year + 1
    while len(rows) < total and year >= FIRST_YEAR:
        for raw in station.purchasing.list(
            day_from=f"{year}-01-01", day_to=f"{year}-12-31", limit=YEAR_LIMIT
        ):
            if raw["id"] not in seen:
                seen.add(raw["id"])
                rows.append(OrderRow(raw))
        if progress is not None:
            progress("orders", len(rows), total)
        year -= 1
    return rows


def struck_out(order: OrderRow) -> bool:
    """A cancelled or voided order: listed, struck through, its amount ¥0.00 (issue 12)."""
    return order.shown_status in ("cancelled", "voided")


class OrdersModel(RowsModel):
    """All orders (``all_rows``) and the ones the filter lets through (``rows``)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.struck = struck_out
        self.all_rows: list[OrderRow] = []
        self.by_id: dict[str, OrderRow] = {}
        self.statuses: frozenset[str] | None = None
        self.day_from: str | None = None
        self.day_to: str | None = None
        self.text = ""
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As ``RowsModel``; a cell's tooltip is its whole text (the platform numbers of an
        order split across platforms may not fit their column)."""
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def set_all(self, rows: Iterable[OrderRow]) -> None:
        self.all_rows = list(rows)
        self.by_id = {r.id: r for r in self.all_rows}
        if self.sort_column >= 0:
            self._sort_all()
        self.apply()

    def set_filter(
        self,
        *,
        statuses: Iterable[str] | None = None,
        day_from: str | None = None,
        day_to: str | None = None,
        text: str = "",
    ) -> None:
        self.statuses = frozenset(statuses) if statuses is not None else None
        self.day_from, self.day_to = day_from, day_to
        self.text = text.strip().lower()
        self.apply()

    def apply(self) -> None:
        statuses, day_from, day_to, text = (self.statuses, self.day_from, self.day_to, self.text)
        rows = self.all_rows
        if statuses is not None:
            rows = [r for r in rows if r.status in statuses]
        if day_from is not None:
            rows = [r for r in rows if r.day >= day_from]
        if day_to is not None:
            rows = [r for r in rows if r.day <= day_to]
        if text:
            rows = [r for r in rows if text in r.key]
        self.set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        self._sort_all()
        self.apply()

    def _sort_all(self) -> None:
        value = self.columns[self.sort_column].value

        def key(row: OrderRow) -> tuple[int, Any]:
            v = value(row)
            return (0, v) if v is not None else (1, "")

        self.all_rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def position(self, order_id: str) -> int:
        """The row of ``order_id`` among the shown rows, or -1."""
        for n, row in enumerate(self.rows):
            if row.id == order_id:
                return n
        return -1

    def update_order(self, order_id: str, **fields: Any) -> None:
        """Change one row in place (after an action), without reloading the list."""
        row = self.by_id.get(order_id)
        if row is None:
            return
        for name, value in fields.items():
            setattr(row, name, value)
        row.rekey()
        n = self.position(order_id)
        if n >= 0:
            self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))
