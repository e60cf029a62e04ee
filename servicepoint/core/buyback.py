"""Produce bought outright (收购): weigh, grade, pay or offset, and take the lot into stock.

Against consignment (代销), where the farmer is paid after the goods sell, here the point pays
at the door at the county's price and the lot becomes the buyer's stock; the county repays the
point later, with a handling fee per unit dispatched (``buyback_dispatch``).

A purchase is one transaction: a 收购单 receipt, the lot (with its trace code), its intake
movement, the payments out (cash and/or mobile, sign −1) and, only when the operator chooses
to, an offset of what the farmer owes (a ledger entry of −offset).  Everything is checked
before the transaction starts, so a refusal writes nothing.  A purchase whose lot has not
moved can be voided: the payments, the offset and the intake are reversed by new entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import numbering, payments
from .buyback_rules import LotFigures, PriceLine, lot_figures
from .errors import InvalidInput, InvalidState, NotFound, PaymentError
from .money import check_fen, format_quantity, format_yuan

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station


@dataclass(frozen=True)
class Load:
    """One load as the operator weighed and graded it (weights in grams, percentages in
    tenths of a point; ``stable``: the scale said its reading was steady)."""

    farmer_id: str
    price_id: str
    gross_base: int
    tare_base: int = 0
    moisture: int | None = None
    impurity: int | None = None
    stable: bool = True


@dataclass(frozen=True)
class Lot:
    id: str
    farmer_id: str
    price_id: str
    product: str
    grade: str
    unit: str
    base_per_unit: int
    gross_base: int
    tare_base: int
    net_base: int
    moisture: int | None
    impurity: int | None
    moisture_deduct_base: int
    impurity_deduct_base: int
    paid_base: int
    price_fen: int
    premium_fen: int
    fee_fen: int
    poor: bool
    amount_fen: int
    premium_amount_fen: int
    offset_fen: int
    trace_code: str
    receipt_id: str
    created_at: str
    on_hand_base: int
    voided: bool


_LOT = """SELECT l.*, (SELECT COALESCE(SUM(m.quantity_base), 0) FROM buyback_movements m
    WHERE m.lot_id = l.id) AS on_hand_base, EXISTS (SELECT 1 FROM receipts v
    WHERE v.voids_receipt_id = l.receipt_id) AS voided FROM buyback_lots l"""


def _lot(row: dict[str, Any]) -> Lot:
    values = {name: row[name] for name in Lot.__dataclass_fields__}
    values["poor"], values["voided"] = bool(row["poor"]), bool(row["voided"])
    return Lot(**values)


class Buyback:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- figures ---------------------------------------------------------------------------

    def line(self, load: Load) -> PriceLine:
        return self._s.buyback_prices.valid_line(load.price_id)

    def preview(self, load: Load) -> LotFigures:
        """What the load comes to, writing nothing; every refusal of ``buy`` but payment."""
        if not load.stable:
            raise InvalidInput("scale_not_stable")
        farmer = self._s.farmers.get(load.farmer_id)
        line = self.line(load)
        figures = lot_figures(
            line,
            load.gross_base,
            load.tare_base,
            moisture=load.moisture,
            impurity=load.impurity,
            poor=bool(farmer.is_poor),
        )
        if line.quota_base is not None:
            taken = self.bought_at(line.id)
            if taken + figures.paid_base > line.quota_base:
                raise InvalidInput(
                    "buyback_quota_exceeded",
                    product=line.product,
                    grade=line.grade,
                    **_weights(
                        line.unit, quota=line.quota_base, taken=taken, asked=figures.paid_base
                    ),
                )
        return figures

    def bought_at(self, price_id: str) -> int:
        """Paid weight bought at a price line, voided purchases left out (for the quota)."""
        return int(
            self._s.records.scalar(
                "SELECT COALESCE(SUM(l.paid_base), 0) FROM buyback_lots l WHERE l.price_id = ? "
                "AND NOT EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id = l.receipt_id)",
                (price_id,),
            )
        )

    def check_offset(self, farmer_id: str, amount_fen: int, offset_fen: int) -> int:
        """An offset is what the operator chose, no more than the debt nor the amount."""
        check_fen(offset_fen, allow_zero=True)
        owed = self._s.ledger.balance(farmer_id)
        if offset_fen > max(owed, 0):
            raise PaymentError(
                "offset_exceeds_debt",
                owed=format_yuan(max(owed, 0)),
                offset=format_yuan(offset_fen),
            )
        if offset_fen > amount_fen:
            raise PaymentError(
                "buyback_offset_exceeds_amount",
                amount=format_yuan(amount_fen),
                offset=format_yuan(offset_fen),
            )
        return offset_fen

    # -- buying ----------------------------------------------------------------------------

    def buy(
        self,
        load: Load,
        tenders: list[payments.Tender] | None = None,
        *,
        offset_fen: int = 0,
    ) -> tuple[Lot, Receipt]:
        """Buy one load: the amount less the offset is paid out by ``tenders`` (cash and/or
        mobile, adding up exactly); returns the lot and its 收购单."""
        op = self._s.require_operator()
        figures = self.preview(load)
        line = self.line(load)
        offset = self.check_offset(load.farmer_id, figures.amount_fen, offset_fen)
        due = figures.amount_fen - offset
        rows = payments.check_tenders(
            self._s, list(tenders or []), due, farmer_id=load.farmer_id, allow_account=False
        )
        with self._s.records.atomic():
            # The quota again, inside the write lock: another connection may have bought.
            self.preview(load)
            lot_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "buyback",
                figures.amount_fen,
                farmer_id=load.farmer_id,
                ref_entity="buyback_lots",
                ref_id=lot_id,
                quantity_base=figures.paid_base,
            )
            day = self._s.clock.now().strftime("%y%m%d")
            seq = numbering.next_trace_seq(self._s, day)
            now = self._s.clock.stamp()
            self._s.records.insert(
                "buyback_lots",
                {
                    "id": lot_id,
                    "farmer_id": load.farmer_id,
                    "price_id": line.id,
                    "list_code": line.list_code,
                    "product": line.product,
                    "grade": line.grade,
                    "unit": line.unit,
                    "base_per_unit": line.base_per_unit,
                    "gross_base": figures.gross_base,
                    "tare_base": figures.tare_base,
                    "net_base": figures.net_base,
                    "moisture": figures.moisture,
                    "impurity": figures.impurity,
                    "moisture_deduct_base": figures.moisture_deduct_base,
                    "impurity_deduct_base": figures.impurity_deduct_base,
                    "paid_base": figures.paid_base,
                    "price_fen": figures.price_fen,
                    "premium_fen": figures.premium_fen,
                    "fee_fen": figures.fee_fen,
                    "poor": int(figures.poor),
                    "amount_fen": figures.amount_fen,
                    "premium_amount_fen": figures.premium_amount_fen,
                    "offset_fen": offset,
                    "trace_code": f"{self._s.code}-{day}-{seq:03d}",
                    "receipt_id": receipt.id,
                    "created_at": now,
                    "operator_id": op.id,
                },
            )
            self._s.buyback_stock.move(lot_id, "intake", figures.paid_base)
            payments.record(self._s, "buyback", receipt, rows, sign=-1, farmer_id=load.farmer_id)
            if offset:
                self._s.ledger.add(load.farmer_id, "buyback_offset", -offset, receipt)
        return self.lot(lot_id), receipt

    # -- reading ---------------------------------------------------------------------------

    def lot(self, lot_id: str) -> Lot:
        row = self._s.records.one(f"{_LOT} WHERE l.id = ? OR l.trace_code = ?", (lot_id, lot_id))
        if row is None:
            raise NotFound("buyback_lot_not_found", id=str(lot_id)[:40])
        return _lot(row)

    def lots(
        self, *, farmer_id: str | None = None, in_stock_only: bool = False, limit: int = 500
    ) -> list[Lot]:
        """Lots oldest first (what has waited longest ships first)."""
        sql = f"SELECT * FROM ({_LOT}) WHERE 1 = 1"
        params: list[Any] = []
        if farmer_id is not None:
            sql += " AND farmer_id = ?"
            params.append(farmer_id)
        if in_stock_only:
            sql += " AND on_hand_base > 0"
        sql += " ORDER BY created_at, id LIMIT ?"
        return [_lot(r) for r in self._s.records.all(sql, (*params, limit))]

    def describe(self, lot: Lot) -> str:
        return f"{lot.product} {lot.grade} {format_quantity(lot.on_hand_base, lot.unit)}"

    # -- voids -----------------------------------------------------------------------------

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this service can void, for ``Receipts.register_voider``."""
        return {"buyback": self.void_purchase}

    def void_purchase(self, original: Receipt, void: Receipt, reason: str) -> None:
        """A purchase whose lot has not moved is undone: the money paid comes back, the offset
        is owed again and the intake leaves stock (for ``Receipts.void``, which holds the
        transaction)."""
        assert original.ref_id is not None
        lot = self.lot(original.ref_id)
        if lot.on_hand_base != lot.paid_base:
            raise InvalidState("buyback_lot_has_movements", trace=lot.trace_code)
        intake = self._s.records.one(
            "SELECT id FROM buyback_movements WHERE lot_id = ? AND kind = 'intake' "
            "AND reverses_id IS NULL",
            (lot.id,),
        )
        assert intake is not None
        self._s.buyback_stock.move(
            lot.id, "intake", -lot.paid_base, reason=reason, reverses_id=intake["id"]
        )
        payments.reverse(self._s, void, original.id, "buyback_void")
        self._s.ledger.reverse_entries(original.id, void)


def _weights(unit_code: str, **grams: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in grams.items():
        out[name] = format_quantity(value, unit_code) if value else "0"
        out[f"{name}_en"] = format_quantity(value, unit_code, english=True) if value else "0"
    return out
