"""One account per farmer: credit purchases, repayments, settlement payouts and offsets.

Sign convention: an entry's ``amount_fen`` is positive when the farmer owes the point more
(a purchase on credit, a payout handed over) and negative when the farmer owes less (a
repayment, a refund to the account, consignment proceeds credited, an offset).  A balance is
always ``SUM(amount_fen)`` of the farmer's entries and is never stored anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import payments
from .errors import PaymentError
from .money import check_fen, format_yuan

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station

KIND_ZH = {
    "credit_purchase": "赊账购物",
    "refund_to_account": "退款入账",
    "repayment": "还款",
    "settlement_payable": "代销结算应付",
    "payout": "结算付款",
    "settlement_offset": "结算抵扣欠款",
    "buyback_offset": "收购抵扣欠款",
    "reversal": "冲正",
    "parcel_fee": "快递代发运费",
}


@dataclass(frozen=True)
class LedgerEntry:
    id: str
    farmer_id: str
    kind: str
    amount_fen: int
    receipt_id: str
    created_at: str
    note: str | None
    running_balance_fen: int


class Ledger:
    def __init__(self, station: Station) -> None:
        self._s = station

    def add(
        self, farmer_id: str, kind: str, amount_fen: int, receipt: Receipt, **links: Any
    ) -> dict[str, Any]:
        """Write one entry (inside the caller's transaction)."""
        assert kind in KIND_ZH, kind
        op = self._s.require_operator()
        return self._s.records.insert(
            "ledger_entries",
            {
                "farmer_id": farmer_id,
                "kind": kind,
                "amount_fen": amount_fen,
                "order_id": links.get("order_id"),
                "settlement_id": links.get("settlement_id"),
                "payment_id": links.get("payment_id"),
                "receipt_id": receipt.id,
                "reverses_id": links.get("reverses_id"),
                "note": links.get("note"),
                "created_at": self._s.clock.stamp(),
                "operator_id": op.id,
            },
        )

    def balance(self, farmer_id: str) -> int:
        """What the farmer owes the point now (negative: the point owes the farmer)."""
        return int(
            self._s.records.scalar(
                "SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_entries WHERE farmer_id = ?",
                (farmer_id,),
            )
        )

    def entries(self, farmer_id: str) -> list[LedgerEntry]:
        running = 0
        out = []
        for r in self._s.records.all(
            "SELECT * FROM ledger_entries WHERE farmer_id = ? ORDER BY created_at, id", (farmer_id,)
        ):
            running += r["amount_fen"]
            out.append(
                LedgerEntry(
                    r["id"],
                    r["farmer_id"],
                    r["kind"],
                    r["amount_fen"],
                    r["receipt_id"],
                    r["created_at"],
                    r["note"],
                    running,
                )
            )
        return out

    def debtors(self) -> list[tuple[str, int]]:
        """(farmer id, balance) for every farmer who owes the point something."""
        return [
            (r["farmer_id"], r["bal"])
            for r in self._s.records.all(
                "SELECT farmer_id, SUM(amount_fen) AS bal FROM ledger_entries GROUP BY farmer_id "
                "HAVING bal > 0 ORDER BY bal DESC"
            )
        ]

    def repay(self, farmer_id: str, tenders: list[payments.Tender]) -> Receipt:
        """The farmer pays off (part of) their account in cash or by mobile."""
        self._s.require_operator()
        self._s.farmers.get(farmer_id)
        due = sum(check_fen(t.amount_fen) for t in tenders)
        owed = self.balance(farmer_id)
        if not tenders:
            raise PaymentError("payment_missing", due=format_yuan(max(owed, 0)))
        if due > owed:
            raise PaymentError(
                "repay_more_than_owed", owed=format_yuan(max(owed, 0)), paid=format_yuan(due)
            )
        rows = payments.check_tenders(
            self._s, tenders, due, farmer_id=farmer_id, allow_account=False
        )
        with self._s.records.atomic():
            receipt = self._s.receipts.issue(
                "repayment", due, farmer_id=farmer_id, ref_entity="farmers", ref_id=farmer_id
            )
            written = payments.record(self._s, "repayment", receipt, rows, farmer_id=farmer_id)
            for p in written:
                self.add(farmer_id, "repayment", -p["amount_fen"], receipt, payment_id=p["id"])
        return receipt

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds the ledger can void, for ``Receipts.register_voider``."""
        return {"repayment": self.void_repayment}

    def void_repayment(self, original: Receipt, void: Receipt, reason: str) -> None:
        """Undo a repayment for ``Receipts.void`` (which checked, issued the void receipt and
        holds the transaction): the money goes back and the farmer owes it again."""
        payments.reverse(self._s, void, original.id, "repayment_void")
        self.reverse_entries(original.id, void)

    def reverse_entries(self, receipt_id: str, void: Receipt) -> None:
        for e in self._s.records.all(
            "SELECT * FROM ledger_entries WHERE receipt_id = ? ORDER BY id", (receipt_id,)
        ):
            self.add(
                e["farmer_id"],
                "reversal",
                -e["amount_fen"],
                void,
                reverses_id=e["id"],
                order_id=e["order_id"],
                settlement_id=e["settlement_id"],
            )
