"""The parcel desk's outgoing side (代发): a farmer or villager sends a parcel through the point.

Weight, courier, tracking number and destination province are kept at the station
(``parcel_sends``, append-only); the fee the sender pays goes through the same receipts and
payments as everything else (cash, mobile, or the farmer's account), so the daily close and the
county's money figures see it.  The courier's margin for the parcel (``ParcelFees``) is copied
onto the row.  Each send adds one to the day's synced ``parcel_days`` count.

A consignment sale shipped to its buyer becomes a send in one step (:meth:`from_sale`): the
farmer whose produce it is, the buyer and the weight sold come from the sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import parcel_couriers, payments
from .errors import InvalidInput, InvalidState, NotFound
from .money import check_quantity, format_quantity, format_yuan
from .parcel_fees import fee_fen
from .text import clean_name

if TYPE_CHECKING:
    from .receipts import Receipt
    from .station import Station


@dataclass(frozen=True)
class Send:
    id: str
    tracking_no: str
    courier: str
    weight_g: int
    province: str
    farmer_id: str | None
    sender_name: str | None
    buyer: str | None
    sale_id: str | None
    fee_fen: int
    margin_fen: int
    receipt_id: str
    created_at: str


class ParcelSends:
    def __init__(self, station: Station) -> None:
        self._s = station

    def send(
        self,
        *,
        courier: str,
        tracking_no: str,
        weight_g: int,
        province: str,
        fee: object,
        tenders: list[payments.Tender] | None = None,
        farmer_id: str | None = None,
        sender_name: str | None = None,
        buyer: str | None = None,
        sale_id: str | None = None,
    ) -> tuple[Send, Receipt]:
        """Record an outgoing parcel and take its fee; returns the send and its receipt."""
        self._s.require_operator()
        code = parcel_couriers.courier(courier).code
        number = parcel_couriers.clean_waybill(tracking_no, "tracking_no")
        weight = check_quantity(weight_g)
        where = parcel_couriers.clean_province(province)
        amount = fee_fen(fee)
        sender = clean_name(sender_name, "sender_name", required=False)
        to = clean_name(buyer, "buyer", required=False)
        if farmer_id is not None:
            farmer = self._s.farmers.get(farmer_id)
            sender = sender or farmer.name
        elif sender is None:
            raise InvalidInput("field_required", field="sender_name")
        if self._s.records.scalar("SELECT 1 FROM parcel_sends WHERE tracking_no = ?", (number,)):
            raise InvalidState("tracking_duplicate", tracking_no=number)
        rows = payments.check_tenders(
            self._s, tenders or [], amount, farmer_id=farmer_id, allow_account=farmer_id is not None
        )
        margin = self._s.parcel_fees.rate(code)[1]
        now = self._s.clock.stamp()
        send_id = self._s.new_id()
        with self._s.records.atomic() as db:
            receipt = self._s.receipts.issue(
                "parcel_send",
                amount,
                farmer_id=farmer_id,
                ref_entity="parcel_sends",
                ref_id=send_id,
                quantity_base=weight,
            )
            written = payments.record(
                self._s, "parcel_send", receipt, rows, farmer_id=farmer_id, sale_id=sale_id
            )
            for p in written:
                if p["method"] == "account":
                    assert farmer_id is not None
                    self._s.ledger.add(
                        farmer_id, "parcel_fee", p["amount_fen"], receipt, payment_id=p["id"]
                    )
            self._s.records.wrote("parcel_sends")
            db.execute(
                "INSERT INTO parcel_sends (id, tracking_no, courier, weight_g, province, "
                "farmer_id, sender_name, buyer, sale_id, fee_fen, margin_fen, receipt_id, "
                "created_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (send_id, number, code, weight, where, farmer_id, sender, to, sale_id, amount,
                 margin, receipt.id, now, self._s.require_operator().id),
            )  # fmt: skip
            self._s.parcels.tally(now[:10], parcels_out=1)
        return self.get(send_id), receipt

    def from_sale(
        self,
        sale_id: str,
        *,
        courier: str,
        tracking_no: str,
        province: str,
        fee: object,
        tenders: list[payments.Tender] | None = None,
        weight_g: int | None = None,
    ) -> tuple[Send, Receipt]:
        """Ship a consignment sale to its buyer: the fee is the farmer's (on account unless
        tenders say otherwise); the weight is the weight sold unless given."""
        sale = self._s.consignment.sale(sale_id)
        if self._s.records.scalar("SELECT 1 FROM parcel_sends WHERE sale_id = ?", (sale_id,)):
            raise InvalidState("sale_already_sent", sale=sale_id[:8])
        batch = self._s.consignment.batch(sale.batch_id)
        if weight_g is None:
            if batch.unit not in ("g", "jin", "kg"):
                raise InvalidInput("field_required", field="weight")
            weight_g = sale.quantity_base
        amount = fee_fen(fee)
        if tenders is None:
            tenders = [payments.on_account(amount)] if amount else []
        return self.send(
            courier=courier,
            tracking_no=tracking_no,
            weight_g=weight_g,
            province=province,
            fee=amount,
            tenders=tenders,
            farmer_id=sale.farmer_id,
            buyer=sale.buyer,
            sale_id=sale_id,
        )

    def get(self, send_id: str) -> Send:
        row = self._s.records.one(
            "SELECT id, tracking_no, courier, weight_g, province, farmer_id, sender_name, "
            "buyer, sale_id, fee_fen, margin_fen, receipt_id, created_at FROM parcel_sends "
            "WHERE id = ?",
            (send_id,),
        )
        if row is None:
            raise NotFound("parcel_not_found", query=send_id[:40])
        return Send(**row)

    def recent(self, limit: int = 100) -> list[Send]:
        ids = self._s.db.execute(
            "SELECT id FROM parcel_sends ORDER BY created_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [self.get(r[0]) for r in ids]


def day_close_fields(station: Station, day: str, parts: Any, *, until: str) -> None:
    """The parcel desk's day on the Z report, as it stood when the day was closed (a reprint
    says what the first print said), when it had any parcels."""
    from .receipt_data import Pair

    p = station.parcels.day_figures(day, until=until)
    if p.checked_in or p.picked_up or p.returned or p.sent:
        parts.fields.append(
            Pair("快递代收/取件/退件", f"{p.checked_in}/{p.picked_up}/{p.returned}")
        )
        parts.fields.append(Pair("快递代发", f"{p.sent} 件，运费 ¥{format_yuan(p.send_fees_fen)}"))


def receipt_parts(station: Station, r: Receipt, parts: Any) -> None:
    """The lines of a ``parcel_send`` or ``courier_fee`` receipt, for ``receipt_data``."""
    from .receipt_data import Amount, Item, Pair  # the builder calls here: no import cycle

    if r.kind == "courier_fee":
        if r.reason:
            parts.fields.append(Pair("快递公司/月份", r.reason))
        parts.totals.append(Amount("收快递费", r.amount_fen, strong=True))
        parts.signature = "快递员签字"
        return
    assert r.ref_id is not None
    s = station.parcel_sends.get(r.ref_id)
    parts.party.append(Pair("寄件人", s.sender_name or ""))
    if s.buyer:
        parts.party.append(Pair("收件人", s.buyer))
    parts.fields += [
        Pair("快递公司", parcel_couriers.name(s.courier)),
        Pair("运单号", s.tracking_no),
        Pair("目的地", s.province),
    ]
    parts.items.append(Item("快递代发", format_quantity(s.weight_g, "kg"), s.fee_fen))
    parts.totals.append(Amount("运费", s.fee_fen, strong=True))
