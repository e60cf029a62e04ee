"""Assisted purchasing (代购): placed → ordered → arrived → completed, or cancelled / returned.

The farmer pays when the order is placed (the point buys on the platform with its own
account); commission accrues only when the farmer picks the goods up, and is reversed line by
line on a return.  Order lines, payments, events, returns and commission entries are
append-only; only the order's status and platform number change, each change logged.
Cancellations and returns, with their refunds, are in ``order_returns.py``.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from . import order_refs, payments
from .commission import commission_fen
from .errors import InvalidInput, InvalidState, NotFound
from .money import check_fen, check_quantity, line_total, unit
from .operators import Operator
from .order_refs import PlatformRef, allowed_actions
from .text import NOTE_MAX, clean_item_name, clean_link, clean_name, clean_text

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station

STATUSES = ("placed", "ordered", "arrived", "completed", "cancelled", "returned")
STATUS_ZH = {
    "placed": "已付款待下单",  # as the window says
    "ordered": "已下单",
    "arrived": "已到货",
    "completed": "已取货",
    "cancelled": "已取消",
    "returned": "已退货",
    "partly_returned": "部分退货",  # shown, not stored: picked up, some lines returned
    "voided": "已作废",  # shown, not stored: cancelled by voiding its purchase receipt
}
PARTLY_RETURNED = "partly_returned"
OPEN_STATUSES = ("placed", "ordered", "arrived")
MAX_LINES = 50
#: Returns later than this after pickup need a manager's approval.
RETURN_WITHOUT_MANAGER = timedelta(days=1)


@dataclass(frozen=True)
class LineInput:
    """An order line as entered: a catalogue item, or an ad-hoc platform item (item_id None)."""

    quantity_base: int
    item_id: str | None = None
    unit_price_fen: int | None = None  # None: the catalogue price
    name: str | None = None
    platform: str | None = None
    link_ref: str | None = None
    category_code: str = "other"
    unit_code: str = "piece"


@dataclass(frozen=True)
class Line:
    id: str
    line_no: int
    item_id: str | None
    name: str
    platform: str | None
    link_ref: str | None
    category_code: str
    unit: str
    quantity_base: int
    base_per_unit: int
    unit_price_fen: int
    line_total_fen: int
    commission_bp: int
    commission_fen: int
    returned: bool = False


@dataclass(frozen=True)
class Quote:
    lines: list[Line]
    total_fen: int
    commission_fen: int


@dataclass(frozen=True)
class Order:
    id: str
    number: str
    farmer_id: str
    status: str
    platform_order_no: str | None
    total_fen: int
    created_at: str
    updated_at: str
    note: str | None
    lines: list[Line] = field(default_factory=list)
    platform_refs: list[PlatformRef] = field(default_factory=list)
    #: refunded for returned lines (order_returns); the order's net is total − this
    returned_fen: int = 0
    #: cancelled by a void of its purchase receipt (shown 已作废)
    voided: bool = False

    @property
    def commission_fen(self) -> int:
        return sum(li.commission_fen for li in self.lines)

    @property
    def net_commission_fen(self) -> int:
        """Commission on the lines kept (a returned line's commission is reversed)."""
        return sum(li.commission_fen for li in self.lines if not li.returned)

    @property
    def net_fen(self) -> int:
        """What the farmer finally paid: the total less the returned lines; nothing for a
        cancelled or voided order (all of it went back), so a list's amounts add up."""
        return net_fen(self.status, self.total_fen, self.returned_fen)

    @property
    def shown_status(self) -> str:
        """The status as the operator reads it: a pickup with some lines returned is
        ``partly_returned`` (部分退货); a full return keeps ``returned``."""
        returned = sum(1 for li in self.lines if li.returned)
        return shown_status(self.status, returned, self.voided)


def shown_status(status: str, returned_lines: int, voided: bool = False) -> str:
    """``status``; ``partly_returned`` for a picked-up order with returned lines, ``voided``
    for one cancelled by a void."""
    if voided and status == "cancelled":
        return "voided"
    return PARTLY_RETURNED if status == "completed" and returned_lines else status


def net_fen(status: str, total_fen: int, returned_fen: int) -> int:
    return 0 if status == "cancelled" else total_fen - returned_fen


#: A list row's returns (count and refunded amount), read by index on order_id; its
#: references, lines' platforms and void are ``order_refs.LIST_COLUMNS``.
_LIST_RETURNS = (
    "(SELECT COUNT(*) FROM order_returns r WHERE r.order_id = o.id) AS returned_lines, "
    "(SELECT COALESCE(SUM(r.amount_fen), 0) FROM order_returns r WHERE r.order_id = o.id) "
    "AS returned_fen"
)


class Purchasing:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- pricing ----------------------------------------------------------------------------

    def quote(self, lines: list[LineInput]) -> Quote:
        """Price lines exactly as ``place`` will, writing nothing (for the order screen)."""
        if not lines:
            raise InvalidInput("order_empty")
        if len(lines) > MAX_LINES:
            raise InvalidInput("order_too_many_lines", max=MAX_LINES)
        priced = []
        for n, li in enumerate(lines, start=1):
            check_quantity(li.quantity_base)
            if li.item_id is not None:
                item = self._s.catalogue.get(li.item_id)
                if not item.active:
                    raise InvalidState("item_inactive", name=item.name)
                price = item.price_fen if li.unit_price_fen is None else li.unit_price_fen
                check_fen(price, allow_zero=True)
                u = unit(item.unit)
                name, platform, link, cat, bp = (
                    item.name,
                    item.platform,
                    item.link_ref,
                    item.category_code,
                    item.commission_bp,
                )
            else:
                name = clean_item_name(li.name)
                platform = clean_name(li.platform, "platform", required=False)
                link = clean_link(li.link_ref)
                price = check_fen(li.unit_price_fen)
                u = unit(li.unit_code)
                cat = li.category_code
                bp = self._s.catalogue.category(cat).commission_bp
            if u.base == "piece" and li.quantity_base % u.base_per_unit:
                raise InvalidInput("whole_pieces_only", value=str(li.quantity_base))
            total = line_total(li.quantity_base, price, u.base_per_unit)
            check_fen(total, allow_zero=True)
            priced.append(
                Line(
                    "",
                    n,
                    li.item_id,
                    name,
                    platform,
                    link,
                    cat,
                    u.code,
                    li.quantity_base,
                    u.base_per_unit,
                    price,
                    total,
                    bp,
                    commission_fen(total, bp),
                )
            )
        total = sum(p.line_total_fen for p in priced)
        check_fen(total, allow_zero=True)
        return Quote(priced, total, sum(p.commission_fen for p in priced))

    # -- placing ---------------------------------------------------------------------------

    def place(
        self,
        farmer_id: str,
        lines: list[LineInput],
        tenders: list[payments.Tender],
        note: str | None = None,
    ) -> Order:
        """Take the order and the farmer's payment; prints as a purchase receipt."""
        self._s.require_operator()
        self._s.farmers.get(farmer_id)
        quote = self.quote(lines)
        note = clean_text(note, "note", required=False, max_len=NOTE_MAX)
        rows = payments.check_tenders(self._s, tenders, quote.total_fen, farmer_id=farmer_id)
        now = self._s.clock.stamp()
        with self._s.records.atomic():
            order_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "purchase",
                quote.total_fen,
                farmer_id=farmer_id,
                ref_entity="orders",
                ref_id=order_id,
            )
            op = self._s.require_operator()
            self._s.records.insert(
                "orders",
                {
                    "id": order_id,
                    "number": receipt.number,
                    "farmer_id": farmer_id,
                    "status": "placed",
                    "platform_order_no": None,
                    "total_fen": quote.total_fen,
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                    "operator_id": op.id,
                    "version": 1,
                },
            )
            for li, given in zip(quote.lines, lines, strict=True):
                item_id = li.item_id
                if item_id is None:
                    item_id = self._s.catalogue.add_adhoc(
                        li.name,
                        li.unit_price_fen,
                        platform=li.platform,
                        link_ref=li.link_ref,
                        category_code=li.category_code,
                        unit_code=given.unit_code,
                    ).id
                self._s.records.insert(
                    "order_lines",
                    {
                        "order_id": order_id,
                        "line_no": li.line_no,
                        "item_id": item_id,
                        "name": li.name,
                        "platform": li.platform,
                        "link_ref": li.link_ref,
                        "category_code": li.category_code,
                        "unit": li.unit,
                        "quantity_base": li.quantity_base,
                        "base_per_unit": li.base_per_unit,
                        "unit_price_fen": li.unit_price_fen,
                        "line_total_fen": li.line_total_fen,
                        "commission_bp": li.commission_bp,
                        "commission_fen": li.commission_fen,
                    },
                )
            written = payments.record(
                self._s, "purchase", receipt, rows, farmer_id=farmer_id, order_id=order_id
            )
            for p in written:
                if p["method"] == "account":
                    self._s.ledger.add(
                        farmer_id,
                        "credit_purchase",
                        p["amount_fen"],
                        receipt,
                        order_id=order_id,
                        payment_id=p["id"],
                    )
            self._event(order_id, "placed")
        return self.get(order_id)

    # -- status ----------------------------------------------------------------------------

    def mark_ordered(
        self,
        order_id: str,
        refs: str | builtins.list[tuple[str, str]] | tuple[tuple[str, str], ...],
    ) -> Order:
        """The point placed (parts of) the order on the platforms: keep each part's (platform,
        number); the order is ordered once every platform has one (``order_refs.add``)."""
        order_refs.add(self, order_id, refs, "place")
        return self.get(order_id)

    def add_platform_refs(
        self, order_id: str, refs: builtins.list[tuple[str, str]] | tuple[tuple[str, str], ...]
    ) -> Order:
        """Another part of the order was bought (or its number found later): add its
        (platform, number) (order_refs.py); the ones already kept never change."""
        order_refs.add(self, order_id, refs, "add_ref")
        return self.get(order_id)

    def mark_arrived(self, order_id: str) -> Order:
        order = order_refs.require_action(self, order_id, "arrived")
        self._set_status(order, "arrived")
        return self.get(order_id)

    def complete(self, order_id: str) -> tuple[Order, Receipt]:
        """The farmer picked the goods up: commission accrues; a pickup slip is issued."""
        order = order_refs.require_action(self, order_id, "pickup")
        with self._s.records.atomic():
            receipt = self._s.receipts.issue(
                "pickup",
                order.total_fen,
                farmer_id=order.farmer_id,
                ref_entity="orders",
                ref_id=order.id,
            )
            now = self._s.clock.stamp()
            for li in order.lines:
                self._s.commission.accrue_line(
                    order.id, li.id, li.line_total_fen, li.commission_bp, at=now
                )
            self._set_status(order, "completed", detail=receipt.number)
        return self.get(order_id), receipt

    def cancel(self, order_id: str, reason: str, *, refund_method: str | None = None) -> Receipt:
        """Cancel before pickup; everything the farmer paid is refunded (order_returns.py)."""
        from . import order_returns  # imported late: it imports this module

        return order_returns.cancel(self, order_id, reason, refund_method=refund_method)

    def return_lines(
        self,
        order_id: str,
        reason: str,
        line_ids: list[str] | None = None,
        *,
        refund_method: str | None = None,
        approver: Operator | None = None,
    ) -> Receipt:
        """Return some or all lines after pickup: refund them and reverse their commission
        (order_returns.py)."""
        from . import order_returns

        return order_returns.return_lines(
            self, order_id, reason, line_ids, refund_method=refund_method, approver=approver
        )

    # -- reading ---------------------------------------------------------------------------

    def get(self, order_id: str) -> Order:
        row = self._s.records.one(
            "SELECT * FROM orders WHERE id = ? OR number = ?", (order_id, order_id)
        )
        if row is None:
            raise NotFound("order_not_found", id=str(order_id)[:40])
        returns = self._s.records.all(
            "SELECT line_id, amount_fen FROM order_returns WHERE order_id = ?", (row["id"],)
        )
        returned = {r["line_id"] for r in returns}
        lines = [
            Line(
                r["id"],
                r["line_no"],
                r["item_id"],
                r["name"],
                r["platform"],
                r["link_ref"],
                r["category_code"],
                r["unit"],
                r["quantity_base"],
                r["base_per_unit"],
                r["unit_price_fen"],
                r["line_total_fen"],
                r["commission_bp"],
                r["commission_fen"],
                r["id"] in returned,
            )
            for r in self._s.records.all(
                "SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no", (row["id"],)
            )
        ]
        return Order(
            row["id"],
            row["number"],
            row["farmer_id"],
            row["status"],
            row["platform_order_no"],
            row["total_fen"],
            row["created_at"],
            row["updated_at"],
            row["note"],
            lines,
            order_refs.read_refs(self, row["id"]),
            sum(r["amount_fen"] for r in returns),
            row["status"] == "cancelled" and order_refs.voided(self, row["id"]),
        )

    def list(
        self,
        *,
        status: str | None = None,
        farmer_id: str | None = None,
        day_from: str | None = None,
        day_to: str | None = None,
        limit: int | None = 200,
        offset: int = 0,
    ) -> builtins.list[dict[str, Any]]:
        """Orders newest first, as plain rows for tables (with the farmer's name).
        ``limit=None`` returns them all (one sort, not one per page)."""
        where, params = [], []
        if status:
            if status not in STATUSES:
                raise InvalidInput("status_unknown", status=status)
            where.append("o.status = ?")
            params.append(status)
        if farmer_id:
            where.append("o.farmer_id = ?")
            params.append(farmer_id)
        if day_from:
            where.append("o.created_at >= ?")
            params.append(day_from)
        if day_to:
            where.append("o.created_at < ?")
            params.append(day_to + "T99")  # sorts after every time stamp of that day
        sql = (
            "SELECT o.id, o.number, o.status, o.total_fen, o.created_at, o.platform_order_no, "
            "f.name AS farmer_name, o.farmer_id, "
            + _LIST_RETURNS
            + ", "
            + order_refs.LIST_COLUMNS
            + " "
            "FROM orders o JOIN farmers f ON f.id = o.farmer_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.created_at DESC, o.id DESC"
        if limit is None:
            return self._s.records.all(sql, tuple(params))
        return self._s.records.all(sql + " LIMIT ? OFFSET ?", (*params, limit, offset))

    def counts_by_status(self) -> dict[str, int]:
        return {
            r["status"]: r["n"]
            for r in self._s.records.all("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
        }

    # -- internals -------------------------------------------------------------------------

    def _event(self, order_id: str, event: str, detail: str | None = None) -> None:
        self._s.records.insert(
            "order_events",
            {
                "order_id": order_id,
                "event": event,
                "detail": detail,
                "created_at": self._s.clock.stamp(),
                "operator_id": self._s.require_operator().id,
            },
        )

    def _set_status(
        self,
        order: Order,
        status: str,
        extra: dict[str, Any] | None = None,
        detail: str | None = None,
    ) -> None:
        version = int(
            self._s.records.scalar("SELECT version FROM orders WHERE id = ?", (order.id,))
        )
        with self._s.records.atomic():
            self._s.records.update(
                "orders",
                order.id,
                {"status": status, "updated_at": self._s.clock.stamp(), **(extra or {})},
                base_version=version,
            )
            self._event(order.id, status, detail)

    # -- voids -----------------------------------------------------------------------------

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this service can void, for ``Receipts.register_voider``."""
        return {"purchase": self.void_purchase}

    def void_purchase(self, original: Receipt, void: Receipt, reason: str) -> None:
        """Undo a purchase receipt for ``Receipts.void`` (which checked the manager, issued the
        void receipt and holds the transaction): the order is undone exactly as it was paid."""
        assert original.ref_id is not None
        order = self.get(original.ref_id)
        if "void" not in allowed_actions(order):
            raise InvalidState(
                "order_wrong_status",
                number=order.number,
                status=STATUS_ZH[order.status],
                status_en=order.status,
            )
        payments.reverse(self._s, void, original.id, "purchase_void")
        self._s.ledger.reverse_entries(original.id, void)
        self._set_status(order, "cancelled", detail=f"void {void.number}: {reason}")
