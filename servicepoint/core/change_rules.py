"""The rules every synced change follows, shared by the station and the county.

The county's own checks (``server/entities.py``) make sure a change has the right shape:
known fields, integers for money, owned ids, arithmetic that adds up.  These are the station's
*business* rules the county must not take on trust (issue 13, finding 4): a change a station
never produces changes the county's reports, so the county refuses it.

- **Signs per payment kind.**  ``payments.record`` writes ``sign × amount`` with a positive
  amount (``check_tenders``, ``check_fen``), and ``payments.reverse`` writes the exact negation
  of a receipt's payments; :data:`PAYMENT_SIGN` lists, from those call sites, which way each
  kind moves money.
- **References.**  A payment names its receipt; a purchase payment, its refund or void, also
  its order; a return names its order, order line and receipt (:func:`references`).  The
  county looks them up among the station's records, in the same batch or stored before.
- **Timestamps** are ISO-8601 with an offset (``ids.Clock.stamp``), from
  :data:`EARLIEST` up to two days after the receiving end's clock.
- **Text** follows ``core/text.py``: no control or bidi characters, nothing a receipt
  printer cannot print (emoji), the same length caps; a farmer's name and village group pass
  ``clean_name`` unchanged.

:func:`check_insert` and :func:`check_update` work on a change as it travels, that is after
``county_view.change_for_county``.  They raise :class:`ChangeRefused` with a code of
``core/messages.py``; the county answers it as a refusal of the whole batch.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .errors import InvalidInput, ServicePointError
from .text import CARD_MAX, NAME_MAX, TEXT_MAX, clean_item_name, clean_name, clean_text

#: Which way each payment kind moves money: +1 into the point, −1 out of it.
PAYMENT_SIGN: dict[str, int] = {
    "purchase": 1,  # purchasing.place
    "purchase_refund": -1,  # order_returns._refund (cancel, return): sign=-1
    "purchase_void": -1,  # payments.reverse of a purchase
    "repayment": 1,  # ledger.repay
    "repayment_void": -1,
    "consignment_sale": 1,  # consignment.sell
    "consignment_sale_void": -1,
    "payout": -1,  # settlement.settle: sign=-1
    "payout_void": 1,
    "remittance": -1,  # commission.remit: sign=-1
    "remittance_void": 1,
    "parcel_send": 1,  # parcel_sends.send (the sender pays the fee)
    "courier_fee": 1,  # parcel_fees.record_payment (a courier pays the point)
    "cash_banked": -1,  # cashdrawer.bank: sign=-1 (a banking receipt cannot be voided)
    "buyback": -1,  # buyback.buy: sign=-1 (paid to the farmer)
    "buyback_void": 1,  # buyback.void: the payment to the farmer reversed
}
#: Payment kinds that belong to an order.
ORDER_PAYMENTS = ("purchase", "purchase_refund", "purchase_void")

#: No station existed before this; a record dated earlier comes from a wrong clock or a forger.
EARLIEST = datetime.fromisoformat("2020-01-01T00:00:00+08:00")
#: How far ahead of the receiving end's clock a record may be dated (a PC clock a little fast).
AHEAD = timedelta(days=2)
_STAMP = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
_STAMPS = ("created_at", "updated_at")

#: The longest text of any synced field (audit details, notes); the fields below have their own.
MAX_TEXT = 4000
_ITEM_NAMES = {("catalogue_items", "name"), ("order_lines", "name")}
_PERSON_NAMES = {("farmers", "name"): "farmer_name", ("farmers", "village_group"): "village_group"}
#: A masked card number (``county_view.mask_card``): stars, then at most four code characters.
_MASKED_CARD = re.compile(r"^\**[A-Za-z0-9\-_/]{0,4}\Z")
_TEXT_CODES = {
    "field_has_emoji": "change_text_emoji",
    "field_has_control": "change_text_control",
    "field_too_long": "change_text_too_long",
}


class ChangeRefused(ServicePointError):
    """A change no station produces: the county refuses its whole batch."""


def _refuse(code: str, entity: str, field: str, **params: Any) -> ChangeRefused:
    return ChangeRefused(code, entity=entity, field=field, **params)


def check_stamp(entity: str, field: str, value: Any, now: datetime) -> None:
    """ISO-8601 with an offset, from :data:`EARLIEST` to ``now`` plus :data:`AHEAD`."""
    if not isinstance(value, str) or not _STAMP.match(value):
        raise _refuse("change_time_malformed", entity, field)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise _refuse("change_time_malformed", entity, field) from None
    if not EARLIEST <= when <= now + AHEAD:
        raise _refuse("change_time_out_of_range", entity, field, day=value[:10])


def check_text(entity: str, field: str, value: Any) -> None:
    """The station's text rules for one field (``core/text.py``); None passes."""
    if value is None or not isinstance(value, str):
        return
    if (entity, field) == ("farmers", "poverty_card_no"):
        if len(value) > CARD_MAX:
            raise _refuse("change_text_too_long", entity, field, max=CARD_MAX)
        if not _MASKED_CARD.match(value):
            raise _refuse("change_text_bad", entity, field)
        return
    person = _PERSON_NAMES.get((entity, field))
    try:
        if person is not None:
            if clean_name(value, person, required=False) != value:
                raise _refuse("change_text_bad", entity, field)
        elif (entity, field) in _ITEM_NAMES:
            clean_item_name(value, field)
        else:
            clean_text(value, field, required=False, max_len=MAX_TEXT)
    except InvalidInput as error:
        cap = NAME_MAX if person else TEXT_MAX if (entity, field) in _ITEM_NAMES else MAX_TEXT
        code = _TEXT_CODES.get(error.code, "change_text_bad")
        raise _refuse(code, entity, field, max=cap) from None


def _check_fields(entity: str, fields: dict[str, Any], now: datetime) -> None:
    for field, value in fields.items():
        if field in _STAMPS:
            check_stamp(entity, field, value, now)
        else:
            check_text(entity, field, value)


def check_insert(entity: str, row: dict[str, Any], now: datetime) -> None:
    """A new record, as it travels (farmers already reduced by ``county_view``)."""
    _check_fields(entity, row, now)
    if entity == "payments":
        kind, amount = row.get("kind"), row.get("amount_fen")
        sign = PAYMENT_SIGN.get(str(kind))
        if sign is None:
            raise _refuse("change_payment_kind_unknown", entity, "kind", kind=str(kind)[:40])
        if not isinstance(amount, int) or amount * sign <= 0:
            raise _refuse("change_payment_sign", entity, "amount_fen", kind=str(kind))
        if kind in ORDER_PAYMENTS and not row.get("order_id"):
            raise _refuse("change_reference_missing", entity, "order_id")


def check_update(entity: str, fields: dict[str, Any], now: datetime) -> None:
    """The fields of an edit, as it travels."""
    _check_fields(entity, fields, now)


def references(entity: str, row: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """``(field, entity it names, id)`` for each record ``row`` must name at its station:
    the receipt of a payment, the order of an order's payment, the order, line and receipt
    of a return."""
    if entity == "payments":
        refs = [("receipt_id", "receipts", row.get("receipt_id"))]
        if row.get("kind") in ORDER_PAYMENTS:
            refs.append(("order_id", "orders", row.get("order_id")))
        return refs
    if entity == "order_returns":
        return [
            ("order_id", "orders", row.get("order_id")),
            ("line_id", "order_lines", row.get("line_id")),
            ("receipt_id", "receipts", row.get("receipt_id")),
        ]
    return []
