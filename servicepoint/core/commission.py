"""Commission: the rule, the entries, the monthly statement and the money remitted to the county.

This module is the one owner of ``commission_entries`` (an architecture test greps for writes
anywhere else): the formula (:func:`commission_fen`), accruals and reversals all live here, so
the rate arithmetic and the "each reversal points at its original" rule cannot drift between
purchasing and consignment.  Purchase commission accrues when an order is completed and is
reversed line by line on return (``purchasing`` calls :meth:`CommissionBook.accrue_line` and
:meth:`CommissionBook.reverse_line`); consignment commission accrues with each sale and is
reversed when the sale is voided (``consignment``).  The point keeps its purchase commission
out of what it collected from farmers and remits the rest to the county:
``due to county = collected − commission``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import payments
from .errors import PaymentError
from .money import apply_basis_points, format_yuan
from .text import check_month

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station

PURCHASE_KINDS = ("purchase", "purchase_refund", "purchase_void")


def commission_fen(base_fen: int, rate_bp: int) -> int:
    """BRIEF §3: round-half-up(line_total × rate_bp ÷ 10000), per order line or per sale.

    An order's commission is the sum of its lines, never the rate applied to the order total,
    so a partial return reverses exactly what its lines earned.  Negative bases (reversals)
    round symmetrically, so a reversal is exactly the negation of what it reverses.
    """
    return apply_basis_points(base_fen, rate_bp)


@dataclass(frozen=True)
class CategoryCommission:
    category_code: str
    category_name: str
    sales_fen: int
    commission_fen: int


@dataclass(frozen=True)
class CommissionStatement:
    month: str
    collected_fen: int
    commission_fen: int
    due_to_county_fen: int
    remitted_fen: int
    outstanding_fen: int  # all due up to the end of the month, less all remitted
    consignment_commission_fen: int
    orders_completed: int
    by_category: list[CategoryCommission]
    county_paid_fen: int = 0  # commission the county paid this station for the month (pulled)


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + mon // 12}-{mon % 12 + 1:02d}"


class CommissionBook:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- entries: the only writer of commission_entries ------------------------------------

    def accrue_line(
        self, order_id: str, line_id: str, base_fen: int, rate_bp: int, *, at: str | None = None
    ) -> int:
        """An order line was picked up: its commission accrues.  Returns the fen accrued
        (a zero commission writes no entry).  Runs inside the caller's transaction."""
        return self._accrue("purchase", base_fen, rate_bp, at, order_id=order_id, line_id=line_id)

    def accrue_sale(
        self, sale_id: str, base_fen: int, rate_bp: int, *, at: str | None = None
    ) -> int:
        """A consignment sale was made: the point's commission on it accrues."""
        return self._accrue("consignment", base_fen, rate_bp, at, sale_id=sale_id)

    def reverse_line(self, line_id: str, *, at: str | None = None) -> int:
        """An order line was returned: every accrual on it is reversed by a new entry that
        points at it.  Returns the fen reversed (positive: what the point gave back)."""
        return self._reverse("line_id", line_id, at)

    def reverse_sale(self, sale_id: str, *, at: str | None = None) -> int:
        """A consignment sale was voided: its commission is reversed the same way."""
        return self._reverse("sale_id", sale_id, at)

    def _accrue(
        self,
        source: str,
        base_fen: int,
        rate_bp: int,
        at: str | None,
        *,
        order_id: str | None = None,
        line_id: str | None = None,
        sale_id: str | None = None,
    ) -> int:
        amount = commission_fen(base_fen, rate_bp)
        if amount:
            self._s.records.insert(
                "commission_entries",
                {
                    "source": source,
                    "order_id": order_id,
                    "line_id": line_id,
                    "sale_id": sale_id,
                    "base_fen": base_fen,
                    "commission_bp": rate_bp,
                    "amount_fen": amount,
                    "reverses_id": None,
                    "created_at": at or self._s.clock.stamp(),
                },
            )
        return amount

    def _reverse(self, column: str, key: str, at: str | None) -> int:
        """Negate each original entry of one line or sale (append-only: nothing is edited).

        The callers refuse a second return of a line and a second void of a sale before they
        get here, so each original is reversed once."""
        assert column in ("line_id", "sale_id"), column
        when = at or self._s.clock.stamp()
        reversed_fen = 0
        for entry in self._s.records.all(
            f"SELECT * FROM commission_entries WHERE {column} = ? AND reverses_id IS NULL", (key,)
        ):
            self._s.records.insert(
                "commission_entries",
                {
                    "source": entry["source"],
                    "order_id": entry["order_id"],
                    "line_id": entry["line_id"],
                    "sale_id": entry["sale_id"],
                    "base_fen": -entry["base_fen"],
                    "commission_bp": entry["commission_bp"],
                    "amount_fen": -entry["amount_fen"],
                    "reverses_id": entry["id"],
                    "created_at": when,
                },
            )
            reversed_fen += entry["amount_fen"]
        return reversed_fen

    # -- reading ---------------------------------------------------------------------------

    def statement(self, month: str) -> CommissionStatement:
        check_month(month)
        start, end = month, _next_month(month)
        r = self._s.records

        def total(sql: str, *params: object) -> int:
            return int(r.scalar(sql, params) or 0)

        kinds = ",".join(f"'{k}'" for k in PURCHASE_KINDS)
        collected = total(
            f"SELECT SUM(amount_fen) FROM payments WHERE kind IN ({kinds}) "
            "AND created_at >= ? AND created_at < ?",
            start,
            end,
        )
        commission = total(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE source = "
            "'purchase' AND created_at >= ? AND created_at < ?",
            start,
            end,
        )
        consignment = total(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE source = "
            "'consignment' AND created_at >= ? AND created_at < ?",
            start,
            end,
        )
        # Remittances count for the month they pay for (their period), not the day they left.
        remitted = -total(
            "SELECT SUM(p.amount_fen) FROM payments p JOIN remittances r "
            "ON r.id = p.remittance_id WHERE r.period = ?",
            month,
        )
        all_collected = total(
            f"SELECT SUM(amount_fen) FROM payments WHERE kind IN ({kinds}) AND created_at < ?", end
        )
        all_commission = total(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE source = "
            "'purchase' AND created_at < ?",
            end,
        )
        all_remitted = -total(
            "SELECT SUM(p.amount_fen) FROM payments p JOIN remittances r "
            "ON r.id = p.remittance_id WHERE r.period <= ?",
            month,
        )
        completed = total(
            "SELECT COUNT(*) FROM order_events WHERE event = 'completed' "
            "AND created_at >= ? AND created_at < ?",
            start,
            end,
        )
        by_cat = [
            CategoryCommission(row["code"], row["name"], row["sales"], row["comm"])
            for row in r.all(
                "SELECT l.category_code AS code, COALESCE(c.name, l.category_code) AS name,"
                " SUM(e.base_fen) AS sales, SUM(e.amount_fen) AS comm "
                "FROM commission_entries e JOIN order_lines l ON l.id = e.line_id "
                "LEFT JOIN categories c ON c.code = l.category_code "
                "WHERE e.source = 'purchase' AND e.created_at >= ? AND e.created_at < ? "
                "GROUP BY l.category_code ORDER BY comm DESC",
                (start, end),
            )
        ]
        county_paid = total("SELECT SUM(amount_fen) FROM county_payments WHERE period = ?", month)
        return CommissionStatement(
            month,
            collected,
            commission,
            collected - commission,
            remitted,
            (all_collected - all_commission) - all_remitted,
            consignment,
            completed,
            by_cat,
            county_paid,
        )

    def remit(
        self, amount_fen: int, method: str, period: str, reference: str | None = None
    ) -> Receipt:
        """Record money sent to the county for a month's purchases."""
        self._s.require_operator()
        check_month(period)
        tender = payments.Tender(method, amount_fen, reference=reference)
        rows = payments.check_tenders(
            self._s, [tender], amount_fen, farmer_id=None, allow_account=False
        )
        outstanding = self.statement(period).outstanding_fen
        if amount_fen > outstanding:
            raise PaymentError(
                "remit_more_than_due",
                amount=format_yuan(amount_fen),
                due=format_yuan(max(outstanding, 0)),
                period=period,
            )
        if method == "cash" and amount_fen > self._s.drawer.expected_now():
            raise PaymentError(
                "bank_more_than_drawer",
                amount=format_yuan(amount_fen),
                available=format_yuan(max(self._s.drawer.expected_now(), 0)),
            )
        with self._s.records.atomic():
            remittance_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "remittance", amount_fen, ref_entity="remittances", ref_id=remittance_id
            )
            op = self._s.require_operator()
            self._s.records.insert(
                "remittances",
                {
                    "id": remittance_id,
                    "period": period,
                    "amount_fen": amount_fen,
                    "method": method,
                    "reference": rows[0]["reference"],
                    "receipt_id": receipt.id,
                    "created_at": self._s.clock.stamp(),
                    "operator_id": op.id,
                },
            )
            payments.record(
                self._s, "remittance", receipt, rows, sign=-1, remittance_id=remittance_id
            )
        return receipt

    # -- voids -----------------------------------------------------------------------------

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this book can void, for ``Receipts.register_voider``."""
        return {"remittance": self.void_remittance}

    def void_remittance(self, original: Receipt, void: Receipt, reason: str) -> None:
        """Undo a remittance for ``Receipts.void`` (which checked, issued the void receipt and
        holds the transaction): the money comes back to the point."""
        payments.reverse(self._s, void, original.id, "remittance_void")
