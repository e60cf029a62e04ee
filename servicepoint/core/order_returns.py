"""Cancelling an order before pickup and returning lines after it, with their refunds.

These are ``Purchasing.cancel`` and ``Purchasing.return_lines`` (which call them); they live
here so ``purchasing.py`` stays small.  Both give money back the way it was paid and write
append-only rows (receipts, payments, returns, commission reversals), as the rest of the order
lifecycle does.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import order_refs, payments
from .errors import InvalidInput, InvalidState, NotFound
from .money import format_yuan
from .purchasing import RETURN_WITHOUT_MANAGER
from .text import clean_text

if TYPE_CHECKING:
    from .operators import Operator
    from .purchasing import Order, Purchasing
    from .receipts import Receipt


def cancel(
    orders: Purchasing, order_id: str, reason: str, *, refund_method: str | None = None
) -> Receipt:
    """Cancel before pickup; everything the farmer paid is refunded."""
    order = order_refs.require_action(orders, order_id, "cancel")
    why = clean_text(reason, "reason")
    with orders._s.records.atomic():
        receipt = orders._s.receipts.issue(
            "cancel",
            -order.total_fen,
            farmer_id=order.farmer_id,
            ref_entity="orders",
            ref_id=order.id,
        )
        _refund(orders, order, order.total_fen, receipt, "purchase_refund", refund_method)
        orders._set_status(order, "cancelled", detail=why)
        orders._s.audit.log(
            "order_cancelled",
            "orders",
            order.id,
            reason=why,
            detail={"number": order.number, "refund_fen": order.total_fen},
        )
    return receipt


def return_lines(
    orders: Purchasing,
    order_id: str,
    reason: str,
    line_ids: list[str] | None = None,
    *,
    refund_method: str | None = None,
    approver: Operator | None = None,
) -> Receipt:
    """Return some or all lines after pickup: refund them and reverse their commission."""
    order = order_refs.require_action(orders, order_id, "return")
    why = clean_text(reason, "reason")
    open_lines = [li for li in order.lines if not li.returned]
    if line_ids is None:
        chosen = open_lines
    else:
        by_id = {li.id: li for li in order.lines}
        if len(set(line_ids)) != len(line_ids):
            raise InvalidInput("line_listed_twice")
        for lid in line_ids:
            if lid not in by_id:
                raise NotFound("order_line_not_found", id=str(lid)[:40])
            if by_id[lid].returned:
                raise InvalidState("line_already_returned", name=by_id[lid].name)
        chosen = [by_id[lid] for lid in line_ids]
    if not chosen:
        raise InvalidState("nothing_to_return", number=order.number)
    completed_at = datetime.fromisoformat(order.updated_at)
    if orders._s.clock.now() - completed_at > RETURN_WITHOUT_MANAGER:
        orders._s.require_manager(approver)
    amount = sum(li.line_total_fen for li in chosen)
    with orders._s.records.atomic():
        receipt = orders._s.receipts.issue(
            "return", -amount, farmer_id=order.farmer_id, ref_entity="orders", ref_id=order.id
        )
        now = orders._s.clock.stamp()
        op = orders._s.require_operator()
        for li in chosen:
            reversed_fen = orders._s.commission.reverse_line(li.id, at=now)
            orders._s.records.insert(
                "order_returns",
                {
                    "order_id": order.id,
                    "line_id": li.id,
                    "amount_fen": li.line_total_fen,
                    "commission_reversed_fen": reversed_fen,
                    "receipt_id": receipt.id,
                    "reason": why,
                    "created_at": now,
                    "operator_id": op.id,
                },
            )
        if amount:
            _refund(orders, order, amount, receipt, "purchase_refund", refund_method)
        if len(chosen) == len(open_lines):
            orders._set_status(order, "returned", detail=why)
        else:
            orders._event(order.id, "partly_returned", why)
        orders._s.audit.log(
            "order_returned",
            "orders",
            order.id,
            reason=why,
            detail={"lines": [li.line_no for li in chosen], "refund_fen": amount},
        )
    return receipt


def _refund(
    orders: Purchasing, order: Order, amount: int, receipt: Receipt, kind: str, method: str | None
) -> None:
    """Pay ``amount`` back: by default the way it was paid (account, then mobile, then
    cash), never more per method than the order's net payments by that method."""
    net = {
        r["method"]: r["net"]
        for r in orders._s.records.all(
            "SELECT method, SUM(amount_fen) AS net FROM payments WHERE order_id = ? "
            "GROUP BY method",
            (order.id,),
        )
    }
    if sum(net.values()) < amount:
        raise InvalidState(
            "refund_exceeds_paid",
            paid=format_yuan(sum(net.values())),
            refund=format_yuan(amount),
        )
    rows: list[dict[str, Any]] = []
    if method is not None:
        if method not in payments.METHODS:
            raise InvalidInput("payment_method_unknown", method=str(method)[:20])
        # Money that came in as cash or mobile may go back either way (the drawer may be
        # short); money charged to the account only goes back to the account.
        cap = (
            net.get("account", 0)
            if method == "account"
            else net.get("cash", 0) + net.get("mobile", 0)
        )
        if amount > cap:
            raise InvalidState(
                "refund_exceeds_paid", paid=format_yuan(cap), refund=format_yuan(amount)
            )
    if amount == 0:
        return
    if method is not None:
        rows.append({"method": method, "amount_fen": amount})
    else:
        left = amount
        for m in ("account", "mobile", "cash"):
            part = min(left, net.get(m, 0))
            if part > 0:
                rows.append({"method": m, "amount_fen": part})
                left -= part
    for row in rows:
        row["reference"] = None
    written = payments.record(
        orders._s, kind, receipt, rows, sign=-1, farmer_id=order.farmer_id, order_id=order.id
    )
    for p in written:
        if p["method"] == "account":
            orders._s.ledger.add(
                order.farmer_id,
                "refund_to_account",
                p["amount_fen"],
                receipt,
                order_id=order.id,
                payment_id=p["id"],
            )
