"""An order as one of its receipts stated it: the facts when the receipt was issued.

A receipt printed later — from the unprinted list, or a reprint from the order — is the same
paper the farmer should have had at the counter, not a report on the order today.  A purchase
receipt printed after the pickup and a return still says 已付款待下单, shows no line as
returned and no platform number bought after it.

Nothing new is stored for this: the order's history is append-only and is read up to the
receipt.  The order's status follows from the receipt's kind (a purchase is issued as the order
is placed, a pickup as it completes, a cancel as it is cancelled, a return as lines go back);
returned lines are those refunded by this receipt or one numbered before it (receipt numbers
are gapless and in order); platform numbers are those kept before the receipt was issued.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .order_refs import PlatformRef
from .purchasing import PARTLY_RETURNED, Order

if TYPE_CHECKING:
    from .receipts import Receipt
    from .station import Station

#: The status each order receipt is issued in (a return is decided by its lines).
_STATUS_OF_KIND = {"purchase": "placed", "pickup": "completed", "cancel": "cancelled"}


def order_as_issued(station: Station, receipt: Receipt) -> tuple[Order, str]:
    """The order of a purchase, pickup, cancel or return receipt as it stood when the receipt
    was issued, and the status (a ``STATUS_ZH`` key) the receipt states."""
    assert receipt.ref_id is not None
    order = station.purchasing.get(receipt.ref_id)
    returned = {
        row["line_id"]
        for row in station.records.all(
            "SELECT x.line_id FROM order_returns x JOIN receipts r ON r.id = x.receipt_id "
            "WHERE x.order_id = ? AND (r.year < ? OR (r.year = ? AND r.seq <= ?))",
            (order.id, receipt.year, receipt.year, receipt.seq),
        )
    }
    lines = [replace(li, returned=li.id in returned) for li in order.lines]
    seq = station.records.scalar("SELECT change_seq FROM receipts WHERE id = ?", (receipt.id,))
    # Kept before the receipt: earlier by the clock, or (on one millisecond, as on a test's
    # stopped clock) earlier in the change log.  No number is kept in a receipt's own step.
    refs = [
        PlatformRef(r["platform"], r["platform_order_no"], r["created_at"], r["operator_id"])
        for r in station.records.all(
            "SELECT platform, platform_order_no, created_at, operator_id "
            "FROM order_platform_refs WHERE order_id = ? "
            "AND (created_at < ? OR (created_at = ? AND change_seq < ?)) "
            "ORDER BY created_at, rowid",
            (order.id, receipt.created_at, receipt.created_at, seq),
        )
    ]
    status = _STATUS_OF_KIND.get(receipt.kind)
    if status is None:  # a return: all lines back, or some
        status = "returned" if all(li.returned for li in lines) else PARTLY_RETURNED
    as_issued = replace(
        order,
        status="completed" if status == PARTLY_RETURNED else status,
        lines=lines,
        platform_refs=refs,
        platform_order_no=" ".join(r.number for r in refs) or None,
        returned_fen=sum(li.line_total_fen for li in lines if li.returned),
        voided=False,
    )
    return as_issued, status
