"""Bought lots shipped up (发货单), the handling fees they earn, and the monthly statement.

A dispatch takes lots (whole, or part of one) out of stock to the county or the enterprise
that buys them.  Each line accrues the point's handling fee, line_total(weight, fee per unit,
base per unit), in ``buyback_fees``; voiding the dispatch writes the negation of each fee and
puts the weight back on hand.  Nothing is edited or deleted.

The monthly statement is what the county owes for buy-back: paid to farmers (the amounts of
the month's purchases, offsets included: the point advanced them), fees accrued, what the
county repaid (``buyback_reimbursements``, pulled), and what is outstanding at the month's end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .buyback_rules import fee_for
from .day_close import next_day
from .errors import InvalidInput, NotFound
from .money import check_fen, check_quantity
from .text import NAME_MAX, NOTE_MAX, check_month, clean_text

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station


@dataclass(frozen=True)
class DispatchLine:
    lot_id: str
    trace_code: str
    product: str
    grade: str
    unit: str
    quantity_base: int
    fee_fen: int


@dataclass(frozen=True)
class Dispatch:
    id: str
    destination: str
    vehicle: str | None
    note: str | None
    quantity_base: int
    fee_fen: int
    receipt_id: str
    number: str
    created_at: str
    voided: bool
    lines: list[DispatchLine]


@dataclass(frozen=True)
class BuybackStatement:
    month: str
    lots: int
    paid_to_farmers_fen: int  # cash + mobile + offsets of the month's purchases, less voids
    premium_fen: int  # of which the poor-household premium
    fees_fen: int  # accrued at dispatch, less reversals
    reimbursed_fen: int  # what the county repaid for the month
    outstanding_fen: int  # what the county owes at the month's end, all months together


class BuybackDispatches:
    def __init__(self, station: Station) -> None:
        self._s = station

    def dispatch(
        self,
        lots: Iterable[tuple[str, int | None]],
        destination: str,
        *,
        vehicle: str | None = None,
        note: str | None = None,
    ) -> Receipt:
        """Ship ``lots`` — (lot id or trace code, grams or None for all on hand) — up."""
        op = self._s.require_operator()
        where = clean_text(destination, "destination", max_len=NAME_MAX)
        assert where is not None
        car = clean_text(vehicle, "vehicle", required=False, max_len=NAME_MAX)
        note_ = clean_text(note, "note", required=False, max_len=NOTE_MAX)
        chosen: list[tuple[Any, int]] = []
        seen: set[str] = set()
        for lot_ref, quantity in lots:
            lot = self._s.buyback.lot(lot_ref)
            if lot.id in seen:
                raise InvalidInput("buyback_lot_listed_twice", trace=lot.trace_code)
            seen.add(lot.id)
            amount = lot.on_hand_base if quantity is None else check_quantity(quantity)
            if amount <= 0:
                self._s.buyback_stock.check_on_hand(lot, 1)  # voided, or nothing on hand
            self._s.buyback_stock.check_on_hand(lot, amount)
            chosen.append((lot, amount))
        if not chosen:
            raise InvalidInput("buyback_dispatch_empty")
        fees = [fee_for(q, lot.fee_fen, lot.base_per_unit) for lot, q in chosen]
        with self._s.records.atomic():
            dispatch_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "buyback_dispatch",
                sum(fees),
                ref_entity="buyback_dispatches",
                ref_id=dispatch_id,
                quantity_base=sum(q for _, q in chosen),
            )
            now = self._s.clock.stamp()
            self._s.records.insert(
                "buyback_dispatches",
                {
                    "id": dispatch_id,
                    "destination": where,
                    "vehicle": car,
                    "note": note_,
                    "quantity_base": sum(q for _, q in chosen),
                    "fee_fen": sum(fees),
                    "receipt_id": receipt.id,
                    "created_at": now,
                    "operator_id": op.id,
                },
            )
            for (lot, quantity), fee in zip(chosen, fees, strict=True):
                line = self._s.records.insert(
                    "buyback_dispatch_lines",
                    {
                        "dispatch_id": dispatch_id,
                        "lot_id": lot.id,
                        "quantity_base": quantity,
                        "fee_fen": fee,
                    },
                )
                self._s.buyback_stock.move(lot.id, "dispatch", -quantity, dispatch_id=dispatch_id)
                self._s.records.insert(
                    "buyback_fees",
                    {
                        "dispatch_id": dispatch_id,
                        "line_id": line["id"],
                        "lot_id": lot.id,
                        "amount_fen": fee,
                        "reverses_id": None,
                        "created_at": now,
                    },
                )
        return receipt

    # -- reading ---------------------------------------------------------------------------

    def get(self, dispatch_id: str) -> Dispatch:
        row = self._s.records.one(
            "SELECT d.*, r.number, EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id "
            "= d.receipt_id) AS voided FROM buyback_dispatches d JOIN receipts r "
            "ON r.id = d.receipt_id WHERE d.id = ? OR r.number = ?",
            (dispatch_id, dispatch_id),
        )
        if row is None:
            raise NotFound("buyback_dispatch_not_found", id=str(dispatch_id)[:40])
        lines = [
            DispatchLine(
                r["lot_id"], r["trace_code"], r["product"], r["grade"], r["unit"],
                r["quantity_base"], r["fee_fen"],
            )
            for r in self._s.records.all(
                "SELECT d.lot_id, l.trace_code, l.product, l.grade, l.unit, d.quantity_base, "
                "d.fee_fen FROM buyback_dispatch_lines d JOIN buyback_lots l ON l.id = d.lot_id "
                "WHERE d.dispatch_id = ? ORDER BY l.created_at, l.id",
                (row["id"],),
            )
        ]  # fmt: skip
        return Dispatch(
            row["id"],
            row["destination"],
            row["vehicle"],
            row["note"],
            row["quantity_base"],
            row["fee_fen"],
            row["receipt_id"],
            row["number"],
            row["created_at"],
            bool(row["voided"]),
            lines,
        )

    def recent(self, limit: int = 100) -> list[Dispatch]:
        return [
            self.get(r["id"])
            for r in self._s.records.all(
                "SELECT id FROM buyback_dispatches ORDER BY created_at DESC, id DESC LIMIT ?",
                (limit,),
            )
        ]

    # -- voids -----------------------------------------------------------------------------

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this service can void, for ``Receipts.register_voider``."""
        return {"buyback_dispatch": self.void_dispatch}

    def void_dispatch(self, original: Receipt, void: Receipt, reason: str) -> None:
        """A dispatch that did not go: the weight comes back on hand and each fee is reversed
        (for ``Receipts.void``, which holds the transaction)."""
        assert original.ref_id is not None
        for move in self._s.records.all(
            "SELECT * FROM buyback_movements WHERE dispatch_id = ? AND reverses_id IS NULL "
            "ORDER BY id",
            (original.ref_id,),
        ):
            self._s.buyback_stock.move(
                move["lot_id"],
                "dispatch",
                -move["quantity_base"],
                dispatch_id=original.ref_id,
                reason=reason,
                reverses_id=move["id"],
            )
        stamp = self._s.clock.stamp()
        for fee in self._s.records.all(
            "SELECT * FROM buyback_fees WHERE dispatch_id = ? AND reverses_id IS NULL ORDER BY id",
            (original.ref_id,),
        ):
            if fee["amount_fen"]:
                self._s.records.insert(
                    "buyback_fees",
                    {
                        "dispatch_id": fee["dispatch_id"],
                        "line_id": fee["line_id"],
                        "lot_id": fee["lot_id"],
                        "amount_fen": -fee["amount_fen"],
                        "reverses_id": fee["id"],
                        "created_at": stamp,
                    },
                )

    # -- the county's repayments and the monthly statement ----------------------------------

    def replace_reimbursements(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """The county's repayments to this station, as a pull brings them (county records)."""
        clean = []
        for row in rows:
            clean.append(
                (
                    str(row["id"]),
                    check_month(str(row["period"])),
                    check_fen(row["amount_fen"]),
                    str(row["method"])[:20],
                    row.get("reference"),
                    row.get("note"),
                    str(row["paid_at"]),
                )
            )
        with self._s.records.atomic() as db:
            self._s.records.wrote("buyback_reimbursements")
            for values in clean:
                db.execute(
                    "INSERT OR REPLACE INTO buyback_reimbursements (id, period, amount_fen, "
                    "method, reference, note, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
        return len(clean)

    def statement(self, month: str) -> BuybackStatement:
        check_month(month)
        start = f"{month}-01"
        year, mon = int(month[:4]), int(month[5:7])
        end = f"{year + mon // 12:04d}-{mon % 12 + 1:02d}-01"
        return BuybackStatement(
            month,
            self._lots_in(start, end),
            self._paid(start, end),
            self._premium(start, end),
            self._fees(start, end),
            self._reimbursed(start, end),
            self._paid("", end) + self._fees("", end) - self._reimbursed("", end),
        )

    def outstanding(self) -> int:
        """What the county owes this station for buy-back now."""
        end = next_day(self._s.clock.now().date().isoformat())
        return self._paid("", end) + self._fees("", end) - self._reimbursed("", "")

    def _sum(self, sql: str, start: str, end: str) -> int:
        params = (start, end) if sql.count("?") == 2 else (start, end, end)
        return int(self._s.records.scalar(sql, params) or 0)

    def _lots_in(self, start: str, end: str) -> int:
        return self._sum(
            "SELECT COUNT(*) FROM buyback_lots l WHERE created_at >= ? AND created_at < ? AND "
            "NOT EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id = l.receipt_id)",
            start,
            end,
        )

    def _paid(self, start: str, end: str) -> int:
        return self._sum(
            "SELECT SUM(r.amount_fen) FROM receipts r LEFT JOIN receipts o "
            "ON o.id = r.voids_receipt_id WHERE (r.kind = 'buyback' OR o.kind = 'buyback') "
            "AND r.created_at >= ? AND r.created_at < ?",
            start,
            end,
        )

    def _premium(self, start: str, end: str) -> int:
        return self._sum(
            "SELECT SUM(CASE WHEN r.kind = 'void' THEN -l.premium_amount_fen "
            "ELSE l.premium_amount_fen END) FROM buyback_lots l JOIN receipts r "
            "ON r.id = l.receipt_id OR r.voids_receipt_id = l.receipt_id "
            "WHERE r.created_at >= ? AND r.created_at < ?",
            start,
            end,
        )

    def _fees(self, start: str, end: str) -> int:
        return self._sum(
            "SELECT SUM(amount_fen) FROM buyback_fees WHERE created_at >= ? AND created_at < ?",
            start,
            end,
        )

    def _reimbursed(self, start: str, end: str) -> int:
        """Repayments by the month they pay for (as remittances count), not the day paid:
        months from ``start``'s to before ``end``'s (dates or months; "" is open)."""
        return self._sum(
            "SELECT SUM(amount_fen) FROM buyback_reimbursements WHERE period >= substr(?, 1, 7) "
            "AND (? = '' OR period < substr(?, 1, 7))",
            start,
            end,
        )
