"""The cash drawer between closes: taking cash out to the bank.

Without a way to record cash leaving the drawer, expected cash would grow for ever and every
close after a trip to the bank would show a false shortage.  Banking is a manager's action with
its own receipt, recorded as a cash payment out of the point (kind ``cash_banked``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import payments
from .errors import InvalidInput, PaymentError
from .money import check_fen, format_yuan
from .text import clean_code

if TYPE_CHECKING:
    from .operators import Operator
    from .receipts import Receipt
    from .station import Station


#: The notes and coins a count by denomination asks for, in fen, largest first: 100, 50, 20,
#: 10, 5 and 1 yuan (note or coin), 5 jiao and 1 jiao.  Other coins go in as one total.
DENOMINATIONS_FEN: tuple[int, ...] = (10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10)
#: More pieces of one kind than any village drawer holds: a slip of the finger, not a count.
MAX_PIECES = 99_999


def count_cash(pieces: Mapping[int, int], coins_fen: int = 0) -> int:
    """The cash counted note by note, in fen: each denomination times its number of pieces,
    plus a total of loose coins.

    The day-close dialog fills its counted-cash field from this, so the operator can count
    the drawer pile by pile instead of adding up in their head; the sum is done here, in
    integer fen, and refused (nothing else happens) when a count is not a whole number of
    pieces or the total is absurd.
    """
    total = check_fen(coins_fen, allow_zero=True)
    for denomination, count in pieces.items():
        if denomination not in DENOMINATIONS_FEN:
            raise InvalidInput("unknown_denomination", value=format_yuan(denomination))
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_PIECES:
            raise InvalidInput(
                "bad_piece_count", value=repr(count)[:20], note=format_yuan(denomination)
            )
        total += denomination * count
    return check_fen(total, allow_zero=True)


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
