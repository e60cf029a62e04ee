"""The cash drawer between closes: taking cash out to the bank.

Without a way to record cash leaving the drawer, expected cash would grow for ever and every
close after a trip to the bank would show a false shortage.  Banking is a manager's action with
its own receipt, recorded as a cash payment out of the point (kind ``cash_banked``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import payments
from .errors import PaymentError
from .money import check_fen, format_yuan
from .text import clean_code

if TYPE_CHECKING:
    from .operators import Operator
    from .receipts import Receipt
    from .station import Station


class CashDrawer:
    def __init__(self, station: Station) -> None:
        self._s = station

    def expected_now(self) -> int:
        """Cash that should be in the drawer right now: the last count (or the opening float)
        plus every cash movement since it."""
        return self._s.reports.drawer().expected_cash_fen

    def bank(
        self, amount_fen: int, reference: str | None = None, *, approver: Operator | None = None
    ) -> Receipt:
        """Take cash out of the drawer to the bank; cannot take more than should be there."""
        op = self._s.require_manager(approver)
        check_fen(amount_fen)
        ref = clean_code(reference, "payment_reference", required=False, max_len=64)
        available = self.expected_now()
        if amount_fen > available:
            raise PaymentError(
                "bank_more_than_drawer",
                amount=format_yuan(amount_fen),
                available=format_yuan(max(available, 0)),
            )
        with self._s.records.atomic():
            receipt = self._s.receipts.issue("banking", amount_fen, ref_entity="payments")
            payments.record(
                self._s,
                "cash_banked",
                receipt,
                [{"method": "cash", "amount_fen": amount_fen, "reference": ref}],
                sign=-1,
            )
            self._s.audit.log(
                "cash_banked",
                "receipts",
                receipt.id,
                detail={"amount_fen": amount_fen, "reference": ref},
                operator_id=op.id,
            )
        return receipt
