"""The receipts register: every money event gets a gapless number ``<station>-<year>-<000001>``.

Numbers come from a per-year counter row updated in the same transaction as the receipt, so a
rolled-back sale takes its number back with it and the sequence has no gaps.  Receipts are
append-only; a void is a new receipt that points at the original and reverses its effects
through the owning service (never by editing or deleting anything).  Which service undoes which
kind is a table each service fills through :meth:`Receipts.register_voider` when the station is
put together, so this register calls only public handlers and never reaches into a service.

What a printed receipt states beyond its amount — the reason, a quantity, the approving
manager — is stored on the receipt row when it is issued, so a reprint reads it by column
rather than searching the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import numbering
from .errors import InvalidState, NotFound
from .operators import Operator
from .text import clean_text

if TYPE_CHECKING:
    from .station import Station

#: Receipt kinds, with the Chinese title printed on each.
KINDS = {
    "purchase": "代购收据",
    "pickup": "取货单",
    "cancel": "取消退款单",
    "return": "退货退款单",
    "intake": "代销入库单",
    "sale": "代销销售单",
    "stock_return": "退还农户单",
    "spoilage": "损耗记录单",
    "settlement": "结算付款单",
    "repayment": "还款收据",
    "remittance": "上缴县中心单",
    "day_close": "日结单",
    "banking": "现金存行单",
    "parcel_send": "快递代发单",
    "courier_fee": "快递费收款单",
    "buyback": "收购单",
    "buyback_spoil": "收购损耗单",
    "buyback_dispatch": "发货单",
    "void": "作废单",
}


@dataclass(frozen=True)
class Receipt:
    id: str
    number: str
    year: int
    seq: int
    kind: str
    amount_fen: int
    farmer_id: str | None
    ref_entity: str | None
    ref_id: str | None
    voids_receipt_id: str | None
    created_at: str
    operator_id: str
    #: Stated on the printed slip: why (returns, spoilage, voids), how much left stock
    #: (base units), and the manager who approved a void.  None where the kind has none.
    reason: str | None = None
    quantity_base: int | None = None
    approved_by: str | None = None

    @property
    def title_zh(self) -> str:
        return KINDS[self.kind]


def _to_receipt(row: dict[str, Any]) -> Receipt:
    return Receipt(
        row["id"],
        row["number"],
        row["year"],
        row["seq"],
        row["kind"],
        row["amount_fen"],
        row["farmer_id"],
        row["ref_entity"],
        row["ref_id"],
        row["voids_receipt_id"],
        row["created_at"],
        row["operator_id"],
        row["reason"],
        row["quantity_base"],
        row["approved_by"],
    )


#: Undoes the effects of one voided receipt: (original, void receipt, reason).  Called by
#: :meth:`Receipts.void` inside its transaction, after the void receipt is issued.
Voider = Callable[[Receipt, Receipt, str], None]


class Receipts:
    def __init__(self, station: Station) -> None:
        self._s = station
        self._voiders: dict[str, Voider] = {}

    # -- the table of voidable kinds ------------------------------------------------------

    def register_voider(self, kind: str, handler: Voider) -> None:
        """Name the public handler that undoes receipts of ``kind``; one owner per kind.

        Kinds nobody registers are not voidable: they are corrected another way (a return,
        a recount), and ``void`` refuses them with ``receipt_not_voidable``.
        """
        if kind not in KINDS or kind == "void":
            raise ValueError(f"no receipt kind {kind!r} to void")
        if kind in self._voiders and self._voiders[kind] != handler:
            raise ValueError(f"receipt kind {kind!r} already has a voider")
        self._voiders[kind] = handler

    def register_voiders(self, handlers: dict[str, Voider]) -> None:
        """Register every handler of one service's ``voiders()``."""
        for kind, handler in handlers.items():
            self.register_voider(kind, handler)

    def voidable_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in KINDS if k in self._voiders)

    # -- issuing and reading ---------------------------------------------------------------

    def issue(
        self,
        kind: str,
        amount_fen: int,
        *,
        farmer_id: str | None = None,
        ref_entity: str | None = None,
        ref_id: str | None = None,
        voids_receipt_id: str | None = None,
        receipt_id: str | None = None,
        reason: str | None = None,
        quantity_base: int | None = None,
        approved_by: str | None = None,
    ) -> Receipt:
        """Take the next number and write the receipt. Must run inside the caller's transaction.

        ``reason``, ``quantity_base`` and ``approved_by`` are what the slip states besides
        the amount (see the module docstring); the receipt data builder reads them back."""
        assert self._s.db.conn.in_transaction, "receipts are issued inside a transaction"
        assert kind in KINDS, kind
        op = self._s.require_operator()
        year = self._s.clock.now().year
        seq = numbering.next_receipt_seq(self._s, year)
        number = f"{self._s.code}-{year}-{seq:06d}"
        row = self._s.records.insert(
            "receipts",
            {
                "id": receipt_id or self._s.new_id(),
                "number": number,
                "year": year,
                "seq": seq,
                "kind": kind,
                "amount_fen": amount_fen,
                "farmer_id": farmer_id,
                "ref_entity": ref_entity,
                "ref_id": ref_id,
                "voids_receipt_id": voids_receipt_id,
                "created_at": self._s.clock.stamp(),
                "operator_id": op.id,
                "reason": reason,
                "quantity_base": quantity_base,
                "approved_by": approved_by,
            },
        )
        return _to_receipt(row)

    def get(self, number_or_id: str) -> Receipt:
        row = self._s.records.one(
            "SELECT * FROM receipts WHERE number = ? OR id = ?", (number_or_id, number_or_id)
        )
        if row is None:
            raise NotFound("receipt_not_found", number=str(number_or_id)[:40])
        return _to_receipt(row)

    def for_ref(self, ref_id: str) -> list[Receipt]:
        return [
            _to_receipt(r)
            for r in self._s.records.all(
                "SELECT * FROM receipts WHERE ref_id = ? ORDER BY year, seq", (ref_id,)
            )
        ]

    def recent(self, limit: int = 50) -> list[Receipt]:
        return [
            _to_receipt(r)
            for r in self._s.records.all(
                "SELECT * FROM receipts ORDER BY year DESC, seq DESC LIMIT ?", (limit,)
            )
        ]

    def kinds_of(self, numbers: list[str]) -> dict[str, str]:
        """The kind of each receipt number that exists (for lists that show only numbers,
        such as the unprinted list); unknown numbers are left out."""
        found: dict[str, str] = {}
        for start in range(0, len(numbers), 500):  # SQLite's limit on bound values
            chunk = numbers[start : start + 500]
            for row in self._s.records.all(
                "SELECT number, kind FROM receipts WHERE number IN "
                f"({', '.join('?' for _ in chunk)})",
                tuple(chunk),
            ):
                found[row["number"]] = row["kind"]
        return found

    def void_of(self, receipt_id: str) -> Receipt | None:
        row = self._s.records.one(
            "SELECT * FROM receipts WHERE voids_receipt_id = ?", (receipt_id,)
        )
        return None if row is None else _to_receipt(row)

    def is_voided(self, receipt_id: str) -> bool:
        return self.void_of(receipt_id) is not None

    def record_print(self, number_or_id: str) -> int:
        """Count a print of a receipt; returns the copy number (0 original, 1+ reprints)."""
        op = self._s.require_operator()
        receipt = self.get(number_or_id)
        with self._s.records.atomic():
            copy_no = int(
                self._s.records.scalar(
                    "SELECT COALESCE(MAX(copy_no) + 1, 0) FROM receipt_prints WHERE receipt_id = ?",
                    (receipt.id,),
                )
            )
            self._s.records.insert(
                "receipt_prints",
                {
                    "receipt_id": receipt.id,
                    "copy_no": copy_no,
                    "created_at": self._s.clock.stamp(),
                    "operator_id": op.id,
                },
            )
        return copy_no

    def reprint_count(self, number_or_id: str) -> int:
        receipt = self.get(number_or_id)
        copies = int(
            self._s.records.scalar(
                "SELECT COUNT(*) FROM receipt_prints WHERE receipt_id = ?", (receipt.id,)
            )
        )
        return max(0, copies - 1)

    def void(self, number_or_id: str, reason: str, *, approver: Operator | None = None) -> Receipt:
        """Void a receipt: a manager's decision with a reason; effects reversed by new entries.

        Returns the void receipt.  The original stays as it was, marked by the void that
        points at it.
        """
        manager = self._s.require_manager(approver)
        why = clean_text(reason, "reason")
        assert why is not None
        original = self.get(number_or_id)
        handler = self._voiders.get(original.kind)
        if handler is None:
            raise InvalidState(
                "receipt_not_voidable",
                number=original.number,
                kind=KINDS[original.kind],
                kind_en=original.kind.replace("_", " "),
            )
        if self.is_voided(original.id):
            raise InvalidState("receipt_already_voided", number=original.number)
        with self._s.records.atomic():
            void_receipt = self.issue(
                "void",
                -original.amount_fen,
                farmer_id=original.farmer_id,
                ref_entity="receipts",
                ref_id=original.id,
                voids_receipt_id=original.id,
                reason=why,
                approved_by=manager.id,
            )
            handler(original, void_receipt, why)
            self._s.audit.log(
                "receipt_voided",
                "receipts",
                original.id,
                reason=why,
                detail={
                    "number": original.number,
                    "void": void_receipt.number,
                    "approved_by": manager.id,
                },
            )
        return void_receipt
