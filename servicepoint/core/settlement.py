"""Settling with a farmer for consigned produce that has sold.

payout = proceeds − consignment commission − agreed fees − (only if the operator chooses) what
the farmer owes on account.  The payout is never negative.  A sale is settled at most once:
a sale belongs to at most one settlement that has not been voided.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import payments
from .consignment import Sale, sale_from_row
from .errors import InvalidInput, InvalidState, NotFound, PaymentError
from .money import check_fen, format_yuan
from .text import clean_text

if TYPE_CHECKING:
    from .receipts import Receipt, Voider
    from .station import Station


@dataclass(frozen=True)
class Fee:
    description: str
    amount_fen: int


@dataclass(frozen=True)
class SettlementFigures:
    farmer_id: str
    sales: list[Sale]
    proceeds_fen: int
    commission_fen: int
    fees: list[Fee]
    fees_fen: int
    owed_before_fen: int
    offset_fen: int
    payout_fen: int


#: A sale is due when it is not voided and no live (not voided) settlement covers it.
_DUE = """NOT EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id = s.receipt_id)
    AND NOT EXISTS (SELECT 1 FROM settlement_lines l JOIN settlements t ON t.id = l.settlement_id
        WHERE l.sale_id = s.id AND NOT EXISTS (
            SELECT 1 FROM receipts v2 WHERE v2.voids_receipt_id = t.receipt_id))"""


class Settlements:
    def __init__(self, station: Station) -> None:
        self._s = station

    def settlement_of(self, sale_id: str) -> str | None:
        """The live (not voided) settlement that covers a sale, if any."""
        for row in self._s.records.all(
            "SELECT s.id, s.receipt_id FROM settlement_lines l JOIN settlements s "
            "ON s.id = l.settlement_id WHERE l.sale_id = ?",
            (sale_id,),
        ):
            if not self._s.receipts.is_voided(row["receipt_id"]):
                return str(row["id"])
        return None

    def due(self, farmer_id: str) -> list[Sale]:
        """The farmer's sales not yet settled (and not voided), oldest first."""
        rows = self._s.records.all(
            f"SELECT s.* FROM consignment_sales s WHERE s.farmer_id = ? AND {_DUE} "
            "ORDER BY s.created_at, s.id",
            (farmer_id,),
        )
        return [sale_from_row(r) for r in rows]

    def for_farmer(self, farmer_id: str, limit: int = 500) -> list[dict[str, Any]]:
        """A farmer's settlements newest first, with the statement number and a voided flag."""
        return self._s.records.all(
            "SELECT s.*, r.number, EXISTS (SELECT 1 FROM receipts v WHERE v.voids_receipt_id "
            "= s.receipt_id) AS voided FROM settlements s JOIN receipts r ON r.id = s.receipt_id"
            " WHERE s.farmer_id = ? ORDER BY s.created_at DESC LIMIT ?",
            (farmer_id, limit),
        )

    def farmers_due(self) -> list[tuple[str, int, int]]:
        """(farmer id, number of unsettled sales, net due) for every farmer with sales due."""
        return [
            (r["farmer_id"], r["n"], r["net"])
            for r in self._s.records.all(
                "SELECT s.farmer_id, COUNT(*) AS n, SUM(s.amount_fen - s.commission_fen) AS net "
                f"FROM consignment_sales s WHERE {_DUE} GROUP BY s.farmer_id "
                "ORDER BY MIN(s.created_at)"
            )
        ]

    def preview(
        self,
        farmer_id: str,
        sale_ids: list[str] | None = None,
        fees: list[Fee] | None = None,
        offset_fen: int = 0,
    ) -> SettlementFigures:
        """The figures a settlement would have, writing nothing (for the screen)."""
        self._s.farmers.get(farmer_id)
        due = {s.id: s for s in self.due(farmer_id)}
        if sale_ids is None:
            chosen = list(due.values())
        else:
            if len(set(sale_ids)) != len(sale_ids):
                raise InvalidInput("sale_listed_twice")
            chosen = []
            for sid in sale_ids:
                if sid in due:
                    chosen.append(due[sid])
                    continue
                sale = self._s.consignment.sale(sid)  # NotFound if it does not exist
                if sale.farmer_id != farmer_id:
                    raise InvalidInput("sale_other_farmer")
                number = self._s.receipts.get(sale.receipt_id).number
                if self.settlement_of(sid):
                    raise InvalidState("sale_already_settled", number=number)
                raise InvalidState("sale_voided", number=number)
        if not chosen:
            raise InvalidState("nothing_to_settle")
        clean_fees = []
        for fee in fees or []:
            desc = clean_text(fee.description, "fee_description", max_len=40)
            assert desc is not None
            clean_fees.append(Fee(desc, check_fen(fee.amount_fen)))
        proceeds = sum(s.amount_fen for s in chosen)
        comm = sum(s.commission_fen for s in chosen)
        fees_total = sum(f.amount_fen for f in clean_fees)
        net = proceeds - comm - fees_total
        if net < 0:
            raise PaymentError("fees_exceed_proceeds", net=format_yuan(net))
        owed = self._s.ledger.balance(farmer_id)
        check_fen(offset_fen, allow_zero=True)
        if offset_fen > max(owed, 0):
            raise PaymentError(
                "offset_exceeds_debt",
                owed=format_yuan(max(owed, 0)),
                offset=format_yuan(offset_fen),
            )
        if offset_fen > net:
            raise PaymentError(
                "offset_exceeds_net", net=format_yuan(net), offset=format_yuan(offset_fen)
            )
        return SettlementFigures(
            farmer_id,
            chosen,
            proceeds,
            comm,
            clean_fees,
            fees_total,
            owed,
            offset_fen,
            net - offset_fen,
        )

    def settle(
        self,
        farmer_id: str,
        sale_ids: list[str] | None = None,
        *,
        fees: list[Fee] | None = None,
        offset_fen: int = 0,
        method: str = "cash",
        reference: str | None = None,
    ) -> Receipt:
        """Settle and pay out; prints as the settlement statement the farmer signs."""
        op = self._s.require_operator()
        fig = self.preview(farmer_id, sale_ids, fees, offset_fen)
        rows: list[dict[str, Any]] = []
        if fig.payout_fen:
            rows = payments.check_tenders(
                self._s,
                [payments.Tender(method, fig.payout_fen, reference=reference)],
                fig.payout_fen,
                farmer_id=farmer_id,
                allow_account=False,
            )
        elif method not in payments.METHODS:
            raise InvalidInput("payment_method_unknown", method=str(method)[:20])
        with self._s.records.atomic():
            settlement_id = self._s.new_id()
            receipt = self._s.receipts.issue(
                "settlement",
                fig.payout_fen,
                farmer_id=farmer_id,
                ref_entity="settlements",
                ref_id=settlement_id,
            )
            # Re-check inside the transaction: a sale is settled at most once.
            for sale in fig.sales:
                if self.settlement_of(sale.id):
                    raise InvalidState(
                        "sale_already_settled", number=self._s.receipts.get(sale.receipt_id).number
                    )
            self._s.records.insert(
                "settlements",
                {
                    "id": settlement_id,
                    "farmer_id": farmer_id,
                    "proceeds_fen": fig.proceeds_fen,
                    "commission_fen": fig.commission_fen,
                    "fees_fen": fig.fees_fen,
                    "offset_fen": fig.offset_fen,
                    "payout_fen": fig.payout_fen,
                    "method": method,
                    "reference": rows[0]["reference"] if rows else None,
                    "receipt_id": receipt.id,
                    "created_at": self._s.clock.stamp(),
                    "operator_id": op.id,
                },
            )
            for sale in fig.sales:
                self._s.records.insert(
                    "settlement_lines",
                    {
                        "settlement_id": settlement_id,
                        "sale_id": sale.id,
                        "amount_fen": sale.amount_fen,
                        "commission_fen": sale.commission_fen,
                    },
                )
            for fee in fig.fees:
                self._s.records.insert(
                    "settlement_fees",
                    {
                        "settlement_id": settlement_id,
                        "description": fee.description,
                        "amount_fen": fee.amount_fen,
                    },
                )
            written = payments.record(
                self._s,
                "payout",
                receipt,
                rows,
                sign=-1,
                farmer_id=farmer_id,
                settlement_id=settlement_id,
            )
            ledger = self._s.ledger
            if fig.payout_fen:
                ledger.add(
                    farmer_id,
                    "settlement_payable",
                    -fig.payout_fen,
                    receipt,
                    settlement_id=settlement_id,
                )
                ledger.add(
                    farmer_id,
                    "payout",
                    fig.payout_fen,
                    receipt,
                    settlement_id=settlement_id,
                    payment_id=written[0]["id"],
                )
            if fig.offset_fen:
                ledger.add(
                    farmer_id,
                    "settlement_offset",
                    -fig.offset_fen,
                    receipt,
                    settlement_id=settlement_id,
                )
        return receipt

    def get(self, settlement_id: str) -> dict[str, Any]:
        row = self._s.records.one("SELECT * FROM settlements WHERE id = ?", (settlement_id,))
        if row is None:
            raise NotFound("settlement_not_found", id=str(settlement_id)[:40])
        row["lines"] = self._s.records.all(
            "SELECT * FROM settlement_lines WHERE settlement_id = ?", (settlement_id,)
        )
        row["fees"] = self._s.records.all(
            "SELECT * FROM settlement_fees WHERE settlement_id = ?", (settlement_id,)
        )
        return row

    def voiders(self) -> dict[str, Voider]:
        """The receipt kinds this service can void, for ``Receipts.register_voider``."""
        return {"settlement": self.void_settlement}

    def void_settlement(self, original: Receipt, void: Receipt, reason: str) -> None:
        """Undo a settlement for ``Receipts.void`` (which checked, issued the void receipt and
        holds the transaction): the payout comes back and the sales become due again."""
        payments.reverse(self._s, void, original.id, "payout_void")
        self._s.ledger.reverse_entries(original.id, void)
