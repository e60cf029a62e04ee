"""Consignment of farm produce (代销): intake, sales, returns to the farmer, spoilage.

Stock lives only in ``stock_movements`` (signed base units).  BRIEF §3 holds by construction:
intake = sold + returned + spoiled + on hand, where each term is the sum of the batch's
movements of that kind; a void writes a movement of the same kind with the opposite sign.
On hand is checked before every outgoing movement, and a trigger refuses any that would make
it negative.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import numbering, payments
from .commission import commission_fen
from .errors import InvalidInput, InvalidState, NotFound, StockError
from .money import (
    check_fen,
    check_quantity,
    check_rate_bp,
    format_quantity,
    format_yuan,
    line_total,
    unit,
)
from .text import NOTE_MAX, clean_name, clean_text

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station

CHANNELS = {
    "counter": "门店",
    "online": "网店",
    "wholesale": "批发",
    "county": "县中心收购",
    "other": "其他",
}
DEFAULT_CONSIGNMENT_BP = 1000


@dataclass(frozen=True)
class Stock:
    intake: int
    sold: int
    returned: int
    spoiled: int
    on_hand: int


@dataclass(frozen=True)
class Batch:
    id: str
    farmer_id: str
    product: str
    grade: str | None
    unit: str
    base_per_unit: int
    quantity_base: int
    floor_price_fen: int | None
    commission_bp: int
    trace_code: str
    receipt_id: str
    created_at: str
    stock: Stock

    def age_days(self, now: datetime) -> int:
        return (now - datetime.fromisoformat(self.created_at)).days


@dataclass(frozen=True)
class Sale:
    id: str
    batch_id: str
    farmer_id: str
    buyer: str | None
    channel: str
    quantity_base: int
    unit_price_fen: int
    amount_fen: int
    commission_bp: int
    commission_fen: int
    receipt_id: str
    created_at: str


def sale_from_row(r: dict[str, Any]) -> Sale:
    return Sale(
        r["id"],
        r["batch_id"],
        r["farmer_id"],
        r["buyer"],
        r["channel"],
        r["quantity_base"],
        r["unit_price_fen"],
        r["amount_fen"],
        r["commission_bp"],
        r["commission_fen"],
        r["receipt_id"],
        r["created_at"],
    )


class Consignment:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- intake ----------------------------------------------------------------------------

    def intake(
        self,
        farmer_id: str,
        product: str,
        quantity_base: int,
        unit_code: str,
        *,
        grade: str | None = None,
        floor_price_fen: int | None = None,
        commission_bp: int | None = None,
        note: str | None = None,
    ) -> Batch:
        """Take a batch in; an intake receipt and a trace code (for the QR label) are made."""
        op = self._s.require_operator()
        self._s.farmers.get(farmer_id)
        name = clean_name(product, "product")
        grade_ = clean_name(grade, "grade", required=False)
        u = unit(unit_code)
        check_quantity(quantity_base)
        if u.base == "piece" and quantity_base % u.base_per_unit:
            raise InvalidInput("whole_pieces_only", value=str(quantity_base))
        if floor_price_fen is not None:
            check_fen(floor_price_fen)
        bp = (
            int(self._s.setting("consignment_commission_bp", DEFAULT_CONSIGNMENT_BP))
            if commission_bp is None
            else check_rate_bp(commission_bp)
        )
        note_ = clean_text(note, "note", required=False, max_len=NOTE_MAX)
        with self._s.records.atomic():
            batch_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "intake", 0, farmer_id=farmer_id, ref_entity="consignment_batches", ref_id=batch_id
            )
            now = self._s.clock.now()
            day = now.strftime("%y%m%d")
            seq = numbering.next_trace_seq(self._s, day)
            self._s.records.insert(
                "consignment_batches",
                {
                    "id": batch_id,
                    "farmer_id": farmer_id,
                    "product": name,
                    "grade": grade_,
                    "unit": u.code,
                    "base_per_unit": u.base_per_unit,
                    "quantity_base": quantity_base,
                    "floor_price_fen": floor_price_fen,
                    "commission_bp": bp,
                    "trace_code": f"{self._s.code}-{day}-{seq:03d}",
                    "note": note_,
                    "receipt_id": receipt.id,
                    "created_at": self._s.clock.stamp(),
                    "operator_id": op.id,
                },
            )
            self._move(batch_id, "intake", quantity_base)
        return self.batch(batch_id)

    # -- outgoing movements ----------------------------------------------------------------

    def sell(
        self,
        batch_id: str,
        quantity_base: int,
        unit_price_fen: int,
        tenders: list[payments.Tender],
        *,
        buyer: str | None = None,
        channel: str = "counter",
    ) -> tuple[Sale, Receipt]:
        """Sell part of a batch to a buyer; the point takes its commission on this sale."""
        self._s.require_operator()
        batch = self.batch(batch_id)
        check_quantity(quantity_base)
        check_fen(unit_price_fen)
        if channel not in CHANNELS:
            raise InvalidInput("channel_unknown", channel=str(channel)[:20])
        buyer_ = clean_name(buyer, "buyer", required=False)
        if batch.floor_price_fen is not None and unit_price_fen < batch.floor_price_fen:
            raise InvalidInput(
                "below_floor_price",
                price=format_yuan(unit_price_fen),
                floor=format_yuan(batch.floor_price_fen),
            )
        self._check_on_hand(batch, quantity_base)
        if unit(batch.unit).base == "piece" and quantity_base % batch.base_per_unit:
            raise InvalidInput("whole_pieces_only", value=str(quantity_base))
        amount = line_total(quantity_base, unit_price_fen, batch.base_per_unit)
        check_fen(amount)
        comm = commission_fen(amount, batch.commission_bp)
        rows = payments.check_tenders(self._s, tenders, amount, farmer_id=None, allow_account=False)
        with self._s.records.atomic():
            sale_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "sale",
                amount,
                farmer_id=batch.farmer_id,
                ref_entity="consignment_sales",
                ref_id=sale_id,
            )
            now = self._s.clock.stamp()
            self._s.records.insert(
                "consignment_sales",
                {
                    "id": sale_id,
                    "batch_id": batch.id,
                    "farmer_id": batch.farmer_id,
                    "buyer": buyer_,
                    "channel": channel,
                    "quantity_base": quantity_base,
                    "unit_price_fen": unit_price_fen,
                    "base_per_unit": batch.base_per_unit,
                    "amount_fen": amount,
                    "commission_bp": batch.commission_bp,
                    "commission_fen": comm,
                    "method": "+".join(r["method"] for r in rows),
                    "reference": next((r["reference"] for r in rows if r["reference"]), None),
                    "receipt_id": receipt.id,
                    "created_at": now,
                    "operator_id": self._s.require_operator().id,
                },
            )
            self._move(batch.id, "sale", -quantity_base, sale_id=sale_id)
            self._s.commission.accrue_sale(sale_id, amount, batch.commission_bp, at=now)
            payments.record(self._s, "consignment_sale", receipt, rows, sale_id=sale_id)
        return self.sale(sale_id), receipt

    def return_to_farmer(self, batch_id: str, quantity_base: int, reason: str) -> Receipt:
        """Unsold goods go back to the farmer."""
        return self._outgoing(batch_id, quantity_base, reason, "return", "stock_return")

    def spoil(self, batch_id: str, quantity_base: int, reason: str) -> Receipt:
        """Goods lost to spoilage (broken eggs, a dead chicken): recorded with the reason."""
        return self._outgoing(batch_id, quantity_base, reason, "spoil", "spoilage")

    def _outgoing(
        self, batch_id: str, quantity_base: int, reason: str, kind: str, receipt_kind: str
    ) -> Receipt:
        self._s.require_operator()
        batch = self.batch(batch_id)
        check_quantity(quantity_base)
        why = clean_text(reason, "reason")
        self._check_on_hand(batch, quantity_base)
        with self._s.records.atomic():
            receipt = self._s.receipts.issue(
                receipt_kind,
                0,
                farmer_id=batch.farmer_id,
                ref_entity="consignment_batches",
                ref_id=batch.id,
                reason=why,
                quantity_base=quantity_base,
            )
            self._move(batch.id, kind, -quantity_base, reason=why)
            self._s.audit.log(
                f"stock_{kind}",
                "consignment_batches",
                batch.id,
                reason=why,
                detail={"quantity_base": quantity_base, "receipt": receipt.number},
            )
        return receipt

    # -- reading ---------------------------------------------------------------------------

    def stock(self, batch_id: str) -> Stock:
        sums = {
            r["kind"]: r["q"]
            for r in self._s.records.all(
                "SELECT kind, SUM(quantity_base) AS q FROM stock_movements WHERE batch_id = ? "
                "GROUP BY kind",
                (batch_id,),
            )
        }
        intake = sums.get("intake", 0)
        return Stock(
            intake,
            -sums.get("sale", 0),
            -sums.get("return", 0),
            -sums.get("spoil", 0),
            sum(sums.values()),
        )

    def batch(self, batch_id: str) -> Batch:
        row = self._s.records.one(
            "SELECT * FROM consignment_batches WHERE id = ? OR trace_code = ?", (batch_id, batch_id)
        )
        if row is None:
            raise NotFound("batch_not_found", id=str(batch_id)[:40])
        return Batch(
            row["id"],
            row["farmer_id"],
            row["product"],
            row["grade"],
            row["unit"],
            row["base_per_unit"],
            row["quantity_base"],
            row["floor_price_fen"],
            row["commission_bp"],
            row["trace_code"],
            row["receipt_id"],
            row["created_at"],
            self.stock(row["id"]),
        )

    def batches(
        self, *, farmer_id: str | None = None, in_stock_only: bool = False, limit: int = 500
    ) -> list[Batch]:
        """Batches oldest first, so perishables that have waited longest come up first."""
        sql = (
            "SELECT b.id FROM consignment_batches b LEFT JOIN stock_movements m "
            "ON m.batch_id = b.id"
        )
        params: list[Any] = []
        if farmer_id:
            sql += " WHERE b.farmer_id = ?"
            params.append(farmer_id)
        sql += " GROUP BY b.id"
        if in_stock_only:
            sql += " HAVING COALESCE(SUM(m.quantity_base), 0) > 0"
        sql += " ORDER BY b.created_at, b.id LIMIT ?"
        return [self.batch(r["id"]) for r in self._s.records.all(sql, (*params, limit))]

    def sale(self, sale_id: str) -> Sale:
        row = self._s.records.one("SELECT * FROM consignment_sales WHERE id = ?", (sale_id,))
        if row is None:
            raise NotFound("sale_not_found", id=str(sale_id)[:40])
        return sale_from_row(row)

    def sales(self, batch_id: str) -> list[Sale]:
        return [
            sale_from_row(r)
            for r in self._s.records.all(
                "SELECT * FROM consignment_sales WHERE batch_id = ? ORDER BY created_at, id",
                (batch_id,),
            )
        ]

    def is_sale_voided(self, sale: Sale) -> bool:
        return self._s.receipts.is_voided(sale.receipt_id)

    def describe(self, batch: Batch) -> str:
        return (
            f"{batch.product}{' ' + batch.grade if batch.grade else ''} "
            f"{format_quantity(batch.stock.on_hand, batch.unit)}"
        )

    # -- internals -------------------------------------------------------------------------

    def _check_on_hand(self, batch: Batch, quantity_base: int) -> None:
        if quantity_base > batch.stock.on_hand:
            raise StockError(
                "not_enough_stock",
                asked=format_quantity(quantity_base, batch.unit),
                on_hand=format_quantity(batch.stock.on_hand, batch.unit)
                if batch.stock.on_hand
                else "0",
                asked_en=format_quantity(quantity_base, batch.unit, english=True),
                on_hand_en=format_quantity(batch.stock.on_hand, batch.unit, english=True)
                if batch.stock.on_hand
                else "0",
            )

    def _move(
        self,
        batch_id: str,
        kind: str,
        quantity: int,
        *,
        sale_id: str | None = None,
        reason: str | None = None,
        reverses_id: str | None = None,
    ) -> None:
        self._s.records.insert(
            "stock_movements",
            {
                "batch_id": batch_id,
                "kind": kind,
                "quantity_base": quantity,
                "sale_id": sale_id,
                "reverses_id": reverses_id,
                "reason": reason,
                "created_at": self._s.clock.stamp(),
                "operator_id": self._s.require_operator().id,
            },
        )

    # -- voids (handlers for Receipts.void, which checked the manager, issued the void receipt
    #    and holds the transaction) ---------------------------------------------------------

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this service can void, for ``Receipts.register_voider``."""
        return {"intake": self.void_intake, "sale": self.void_sale}

    def void_intake(self, original: Receipt, void: Receipt, reason: str) -> None:
        """An intake with no later movements is taken back out of stock."""
        assert original.ref_id is not None
        batch = self.batch(original.ref_id)
        if batch.stock.on_hand != batch.stock.intake:
            raise InvalidState("batch_has_movements", trace=batch.trace_code)
        intake = self._s.records.one(
            "SELECT id FROM stock_movements WHERE batch_id = ? AND kind = 'intake' "
            "AND quantity_base > 0",
            (batch.id,),
        )
        assert intake is not None
        self._move(
            batch.id, "intake", -batch.stock.on_hand, reason=reason, reverses_id=intake["id"]
        )

    def void_sale(self, original: Receipt, void: Receipt, reason: str) -> None:
        """An unsettled sale goes back into stock; its commission and payments are reversed."""
        assert original.ref_id is not None
        sale = self.sale(original.ref_id)
        if self._s.settlement.settlement_of(sale.id) is not None:
            raise InvalidState("sale_already_settled", number=original.number)
        movement = self._s.records.one(
            "SELECT id FROM stock_movements WHERE sale_id = ? AND kind = 'sale'", (sale.id,)
        )
        assert movement is not None
        self._move(
            sale.batch_id,
            "sale",
            sale.quantity_base,
            sale_id=sale.id,
            reason=reason,
            reverses_id=movement["id"],
        )
        self._s.commission.reverse_sale(sale.id)
        payments.reverse(self._s, void, original.id, "consignment_sale_void")
