"""Stock of bought lots: owned by the buyer, not by the farmer (收购库存).

Stock lives only in ``buyback_movements`` (signed grams): intake +paid weight, dispatch −,
spoil −, and a voided dispatch or purchase the exact negation of what it undoes.  So for every
lot, bought = dispatched + spoiled + on hand, each term the sum of one kind's movements; the
triggers of migration 0011 refuse a movement that would make on hand negative or that does
not match what it reverses, and ``check`` proves the identity from the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InvalidState, StockError
from .money import check_quantity, format_quantity
from .text import clean_text

if TYPE_CHECKING:
    from .buyback import Lot
    from .receipts import Receipt
    from .station import Station


@dataclass(frozen=True)
class LotStock:
    bought: int
    dispatched: int
    spoiled: int
    on_hand: int


class BuybackStock:
    def __init__(self, station: Station) -> None:
        self._s = station

    def move(
        self,
        lot_id: str,
        kind: str,
        quantity: int,
        *,
        dispatch_id: str | None = None,
        reason: str | None = None,
        reverses_id: str | None = None,
    ) -> dict[str, object]:
        """Write one movement (inside the caller's transaction)."""
        return self._s.records.insert(
            "buyback_movements",
            {
                "lot_id": lot_id,
                "kind": kind,
                "quantity_base": quantity,
                "dispatch_id": dispatch_id,
                "reverses_id": reverses_id,
                "reason": reason,
                "created_at": self._s.clock.stamp(),
                "operator_id": self._s.require_operator().id,
            },
        )

    def stock(self, lot_id: str) -> LotStock:
        sums = {
            r["kind"]: r["q"]
            for r in self._s.records.all(
                "SELECT kind, SUM(quantity_base) AS q FROM buyback_movements WHERE lot_id = ? "
                "GROUP BY kind",
                (lot_id,),
            )
        }
        return LotStock(
            sums.get("intake", 0),
            -sums.get("dispatch", 0),
            -sums.get("spoil", 0),
            sum(sums.values()),
        )

    def check_on_hand(self, lot: Lot, quantity_base: int) -> None:
        if lot.voided:
            raise InvalidState("buyback_lot_voided", trace=lot.trace_code)
        if quantity_base > lot.on_hand_base:
            raise StockError(
                "not_enough_stock",
                asked=format_quantity(quantity_base, lot.unit),
                on_hand=format_quantity(lot.on_hand_base, lot.unit) if lot.on_hand_base else "0",
                asked_en=format_quantity(quantity_base, lot.unit, english=True),
                on_hand_en=format_quantity(lot.on_hand_base, lot.unit, english=True)
                if lot.on_hand_base
                else "0",
            )

    def spoil(self, lot_id: str, quantity_base: int, reason: str) -> Receipt:
        """Part of a lot lost before dispatch (mould, a dead bird), with the reason and a
        收购损耗单."""
        self._s.require_operator()
        lot = self._s.buyback.lot(lot_id)
        check_quantity(quantity_base)
        why = clean_text(reason, "reason")
        self.check_on_hand(lot, quantity_base)
        with self._s.records.atomic():
            receipt = self._s.receipts.issue(
                "buyback_spoil",
                0,
                ref_entity="buyback_lots",
                ref_id=lot.id,
                reason=why,
                quantity_base=quantity_base,
            )
            self.move(lot.id, "spoil", -quantity_base, reason=why)
            self._s.audit.log(
                "buyback_spoil",
                "buyback_lots",
                lot.id,
                reason=why,
                detail={"quantity_base": quantity_base, "receipt": receipt.number},
            )
        return receipt

    def totals(self) -> LotStock:
        """The station's whole buy-back stock."""
        sums = {
            r["kind"]: r["q"]
            for r in self._s.records.all(
                "SELECT kind, SUM(quantity_base) AS q FROM buyback_movements GROUP BY kind"
            )
        }
        return LotStock(
            sums.get("intake", 0),
            -sums.get("dispatch", 0),
            -sums.get("spoil", 0),
            sum(sums.values()),
        )


def check_buyback(s: Station) -> list[str]:
    """The buy-back invariants, set-based: each lot's stock adds up and is never negative; a
    live lot was taken in at its paid weight; a lot's payments and offset add up to its
    amount; fees match the dispatch lines they accrue on, and a voided dispatch's fees and
    movements are reversed."""
    problems: list[str] = []
    r = s.records
    for row in r.all("""
        SELECT l.trace_code,
          (SELECT COALESCE(SUM(quantity_base), 0) FROM buyback_movements m WHERE m.lot_id = l.id
             AND kind = 'intake') AS bought,
          (SELECT COALESCE(-SUM(quantity_base), 0) FROM buyback_movements m
             WHERE m.lot_id = l.id AND kind = 'dispatch') AS dispatched,
          (SELECT COALESCE(-SUM(quantity_base), 0) FROM buyback_movements m
             WHERE m.lot_id = l.id AND kind = 'spoil') AS spoiled,
          (SELECT COALESCE(SUM(quantity_base), 0) FROM buyback_movements m
             WHERE m.lot_id = l.id) AS on_hand,
          EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id = l.receipt_id) AS voided,
          l.paid_base
        FROM buyback_lots l LIMIT 100000"""):
        if row["bought"] != row["dispatched"] + row["spoiled"] + row["on_hand"]:
            problems.append(f"buy-back lot {row['trace_code']}: stock does not add up")
        if row["on_hand"] < 0 or row["dispatched"] < 0 or row["spoiled"] < 0:
            problems.append(f"buy-back lot {row['trace_code']}: negative stock")
        if row["bought"] != (0 if row["voided"] else row["paid_base"]):
            problems.append(f"buy-back lot {row['trace_code']}: bought ≠ paid weight")
    bad = r.scalar("""
        SELECT COUNT(*) FROM buyback_lots l WHERE l.amount_fen - l.offset_fen <>
          -(SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p
            WHERE p.receipt_id = l.receipt_id)""")
    if bad:
        problems.append(f"{bad} buy-back lots are not paid exactly their amount less the offset")
    bad = r.scalar("""
        SELECT COUNT(*) FROM buyback_dispatch_lines d WHERE d.fee_fen <>
          (SELECT COALESCE(SUM(f.amount_fen), 0) FROM buyback_fees f WHERE f.line_id = d.id)
          + CASE WHEN EXISTS (SELECT 1 FROM buyback_dispatches x JOIN receipts v
            ON v.voids_receipt_id = x.receipt_id WHERE x.id = d.dispatch_id) THEN d.fee_fen
            ELSE 0 END""")
    if bad:
        problems.append(f"{bad} buy-back dispatch lines have fees that do not match")
    return problems
