"""What the couriers owe the point: per-courier rates, their payments, the monthly statement.

A courier pays the point a fee for each parcel the point receives for it (``in``) and a
margin for each parcel the point sends with it (``out``).  The rate in force is copied onto
each parcel when it is checked in or sent, so a rate changed later never rewrites a past
month.  A courier's payment is money into the point: a ``courier_fee`` receipt and payment
(cash or mobile, through ``payments``), plus a ``parcel_courier_payments`` row naming the
courier and month; all append-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import parcel_couriers, payments
from .money import check_fen, parse_yuan
from .text import check_month

if TYPE_CHECKING:
    from .receipts import Receipt
    from .station import Station


@dataclass(frozen=True)
class Rate:
    courier: str
    in_fee_fen: int
    out_fee_fen: int


@dataclass(frozen=True)
class CourierStatement:
    courier: str
    month: str
    parcels_in: int
    parcels_out: int
    in_fees_fen: int
    out_fees_fen: int
    paid_fen: int

    @property
    def earned_fen(self) -> int:
        return self.in_fees_fen + self.out_fees_fen

    @property
    def outstanding_fen(self) -> int:
        return self.earned_fen - self.paid_fen


def fee_fen(value: object) -> int:
    """A fee typed in yuan (text) or given in fen (int): zero or more, at most two decimals."""
    if isinstance(value, str):
        return parse_yuan(value, allow_zero=True)
    return check_fen(value, allow_zero=True)


class ParcelFees:
    def __init__(self, station: Station) -> None:
        self._s = station

    def rate(self, courier: str) -> tuple[int, int]:
        """(fee per parcel received, margin per parcel sent) in fen; 0 when never set."""
        row = self._s.db.execute(
            "SELECT in_fee_fen, out_fee_fen FROM parcel_rates WHERE courier = ?", (courier,)
        ).fetchone()
        return (row[0], row[1]) if row else (0, 0)

    def rates(self) -> list[Rate]:
        return [Rate(c.code, *self.rate(c.code)) for c in parcel_couriers.ALL]

    def set_rate(self, courier: str, in_fee: object, out_fee: object) -> Rate:
        """A manager's change of one courier's rates (audited); the parcels already in keep
        the rate they were checked in at."""
        who = self._s.require_manager()
        code = parcel_couriers.courier(courier).code
        new = (fee_fen(in_fee), fee_fen(out_fee))
        old = self.rate(code)
        with self._s.records.atomic() as db:
            self._s.records.wrote("parcel_rates")
            db.execute(
                "INSERT INTO parcel_rates (courier, in_fee_fen, out_fee_fen, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(courier) DO UPDATE SET "
                "in_fee_fen = excluded.in_fee_fen, out_fee_fen = excluded.out_fee_fen, "
                "updated_at = excluded.updated_at",
                (code, *new, self._s.clock.stamp()),
            )
            self._s.audit.log(
                "parcel_rate_changed",
                "parcel_rates",
                code,
                detail={"before": list(old), "after": list(new)},
                operator_id=who.id,
            )
        return Rate(code, *new)

    def record_payment(
        self, courier: str, month: str, amount: object, tender: payments.Tender | None = None
    ) -> Receipt:
        """The courier paid the point for ``month``: a receipt and the payment, append-only.
        ``tender``: cash of the amount unless given (mobile needs its reference)."""
        self._s.require_operator()
        code = parcel_couriers.courier(courier).code
        check_month(month)
        amount_fen = parse_yuan(amount) if isinstance(amount, str) else check_fen(amount)
        tender = tender or payments.cash(amount_fen)
        rows = payments.check_tenders(
            self._s, [tender], amount_fen, farmer_id=None, allow_account=False
        )
        with self._s.records.atomic() as db:
            receipt = self._s.receipts.issue(
                "courier_fee",
                amount_fen,
                ref_entity="parcel_courier_payments",
                ref_id=code,
                reason=f"{parcel_couriers.name(code)} {month}",
            )
            payments.record(self._s, "courier_fee", receipt, rows)
            self._s.records.wrote("parcel_courier_payments")
            db.execute(
                "INSERT INTO parcel_courier_payments (id, courier, period, amount_fen, "
                "receipt_id, created_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._s.new_id(), code, month, amount_fen, receipt.id, self._s.clock.stamp(),
                 self._s.require_operator().id),
            )  # fmt: skip
        return receipt

    def statement(self, month: str, courier: str) -> CourierStatement:
        """Parcels in and out for ``courier`` in ``month``, the fees earned on them, what the
        courier paid for the month and what is outstanding."""
        check_month(month)
        code = parcel_couriers.courier(courier).code
        start, end = month, _next_month(month)
        db = self._s.db
        n_in, fees_in = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(fee_fen), 0) FROM parcels "
            "WHERE courier = ? AND checked_in_at >= ? AND checked_in_at < ?",
            (code, start, end),
        ).fetchone()
        n_out, fees_out = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(margin_fen), 0) FROM parcel_sends "
            "WHERE courier = ? AND created_at >= ? AND created_at < ?",
            (code, start, end),
        ).fetchone()
        paid = db.execute(
            "SELECT COALESCE(SUM(amount_fen), 0) FROM parcel_courier_payments "
            "WHERE courier = ? AND period = ?",
            (code, month),
        ).fetchone()[0]
        return CourierStatement(code, month, n_in, n_out, fees_in, fees_out, paid)

    def statements(self, month: str) -> list[CourierStatement]:
        """Every courier with parcels or payments in ``month``."""
        found = [self.statement(month, c.code) for c in parcel_couriers.ALL]
        return [s for s in found if s.parcels_in or s.parcels_out or s.paid_fen]


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"
