"""Taking and paying money at the counter: split tenders, change, refunds.

Every movement of money through the point is one row in ``payments`` (signed: + into the point,
− out of it) with a method of cash, mobile or account.  The daily close, the commission
statement and the county's per-day sums all add up these rows, so there is one source of truth
for "how much money moved, and how".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput, PaymentError
from .money import check_fen, format_yuan
from .text import clean_code

if TYPE_CHECKING:
    from .receipts import Receipt
    from .station import Station

METHODS = ("cash", "mobile", "account")
DEFAULT_CREDIT_LIMIT_FEN = 200_000  # ¥2,000: a setting the manager can change


@dataclass(frozen=True)
class Tender:
    """One part of a payment as the operator enters it.

    ``amount_fen`` is what this part pays of the amount due; for cash ``tendered_fen`` is the
    note the farmer handed over (change is the difference).
    """

    method: str
    amount_fen: int
    tendered_fen: int | None = None
    reference: str | None = None


@dataclass(frozen=True)
class PaymentRow:
    id: str
    kind: str
    method: str
    amount_fen: int
    tendered_fen: int | None
    change_fen: int | None
    reference: str | None
    receipt_id: str
    created_at: str


def cash(amount_fen: int, tendered_fen: int | None = None) -> Tender:
    return Tender("cash", amount_fen, tendered_fen)


def mobile(amount_fen: int, reference: str) -> Tender:
    return Tender("mobile", amount_fen, reference=reference)


def on_account(amount_fen: int) -> Tender:
    return Tender("account", amount_fen)


def check_tenders(
    station: Station,
    tenders: list[Tender] | tuple[Tender, ...],
    due_fen: int,
    *,
    farmer_id: str | None,
    allow_account: bool = True,
) -> list[dict[str, Any]]:
    """Validate a split payment against the amount due; returns rows ready to record.

    Refuses: unknown methods, zero or negative parts, a mobile payment without its reference,
    cash tendered below the cash part, parts that do not add up to exactly what is due,
    and an account charge over the farmer's credit limit.
    """
    if not tenders:
        if due_fen == 0:
            return []
        raise PaymentError("payment_missing", due=format_yuan(due_fen))
    rows: list[dict[str, Any]] = []
    seen_methods: set[str] = set()
    for t in tenders:
        if t.method not in METHODS:
            raise InvalidInput("payment_method_unknown", method=str(t.method)[:20])
        if t.method in seen_methods:
            raise PaymentError("payment_method_twice", method=t.method)
        seen_methods.add(t.method)
        check_fen(t.amount_fen)
        change = None
        tendered = None
        reference = None
        if t.method == "cash":
            tendered = t.amount_fen if t.tendered_fen is None else check_fen(t.tendered_fen)
            if tendered < t.amount_fen:
                raise PaymentError(
                    "cash_short", tendered=format_yuan(tendered), due=format_yuan(t.amount_fen)
                )
            change = tendered - t.amount_fen
        elif t.method == "mobile":
            reference = clean_code(t.reference, "payment_reference", max_len=64)
        elif t.method == "account":
            if not allow_account:
                raise PaymentError("account_not_allowed")
            if farmer_id is None:
                raise PaymentError("account_needs_farmer")
        rows.append(
            {
                "method": t.method,
                "amount_fen": t.amount_fen,
                "tendered_fen": tendered,
                "change_fen": change,
                "reference": reference,
            }
        )
    total = sum(r["amount_fen"] for r in rows)
    if total != due_fen:
        raise PaymentError("payment_mismatch", paid=format_yuan(total), due=format_yuan(due_fen))
    account = sum(r["amount_fen"] for r in rows if r["method"] == "account")
    if account and farmer_id is not None:
        limit = int(station.setting("credit_limit_fen", DEFAULT_CREDIT_LIMIT_FEN))
        owed = station.ledger.balance(farmer_id)
        if owed + account > limit:
            raise PaymentError(
                "credit_limit",
                owed=format_yuan(owed),
                limit=format_yuan(limit),
                asked=format_yuan(account),
            )
    return rows


def record(
    station: Station,
    kind: str,
    receipt: Receipt,
    rows: list[dict[str, Any]],
    *,
    sign: int = 1,
    **links: Any,
) -> list[dict[str, Any]]:
    """Write payment rows (inside the caller's transaction). ``sign`` −1 pays money out."""
    op = station.require_operator()
    written = []
    for row in rows:
        written.append(
            station.records.insert(
                "payments",
                {
                    "kind": kind,
                    "method": row["method"],
                    "amount_fen": sign * row["amount_fen"],
                    # tendered/change: cash handed *to* the point; money paid out has neither
                    "tendered_fen": row.get("tendered_fen") if sign > 0 else None,
                    "change_fen": row.get("change_fen") if sign > 0 else None,
                    "reference": row.get("reference"),
                    "receipt_id": receipt.id,
                    "reverses_id": row.get("reverses_id"),
                    "created_at": station.clock.stamp(),
                    "operator_id": op.id,
                    "farmer_id": links.get("farmer_id"),
                    "order_id": links.get("order_id"),
                    "sale_id": links.get("sale_id"),
                    "settlement_id": links.get("settlement_id"),
                    "remittance_id": links.get("remittance_id"),
                },
            )
        )
    return written


def reverse(
    station: Station, receipt: Receipt, original_receipt_id: str, kind: str
) -> list[dict[str, Any]]:
    """Write the exact negation of every payment of a receipt (a void)."""
    originals = station.records.all(
        "SELECT * FROM payments WHERE receipt_id = ? ORDER BY created_at, id",
        (original_receipt_id,),
    )
    rows = [
        {
            "method": p["method"],
            "amount_fen": -p["amount_fen"],
            "reference": p["reference"],
            "reverses_id": p["id"],
        }
        for p in originals
    ]
    links = originals[0] if originals else {}
    return record(
        station,
        kind,
        receipt,
        rows,
        farmer_id=links.get("farmer_id"),
        order_id=links.get("order_id"),
        sale_id=links.get("sale_id"),
        settlement_id=links.get("settlement_id"),
        remittance_id=links.get("remittance_id"),
    )


def for_receipt(station: Station, receipt_id: str) -> list[PaymentRow]:
    return [
        PaymentRow(
            r["id"],
            r["kind"],
            r["method"],
            r["amount_fen"],
            r["tendered_fen"],
            r["change_fen"],
            r["reference"],
            r["receipt_id"],
            r["created_at"],
        )
        for r in station.records.all(
            "SELECT * FROM payments WHERE receipt_id = ? ORDER BY id", (receipt_id,)
        )
    ]
