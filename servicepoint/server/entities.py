"""The station records the county stores, and the checks every pushed change must pass.

``SPEC_V1`` is the county's copy of the station's synced columns as of migration 0001 of the
server. It is a frozen literal, not read from the station schema at import, because a shipped
migration must never change; ``tests/server/test_entities.py`` fails when the station schema
grows a column the server does not know, which is the cue for a new server migration.

The checks repeat on the county side what the station's services already enforce (integer
money, rates, arithmetic, ownership), because the county cannot trust what arrives over a
network: a tampered PC or a forged batch must write nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..core import change_rules, money
from .errors import Refusal as Refusal

SPEC_V1: dict[str, str] = {
    "farmers": "id:t station:t name:t name_pinyin:t name_initials:t phone:t? village_group:t? "
    "id_number:t? is_poor:i poverty_card_no:t? note:t? created_at:t updated_at:t "
    "version:i",
    "catalogue_items": "id:t station:t? sku:t? barcode:t? name:t name_initials:t "
    "category_code:t unit:t price_fen:i platform:t? link_ref:t? "
    "commission_bp:i? source:t active:i created_at:t updated_at:t",
    "orders": "id:t station:t number:t farmer_id:t status:t platform_order_no:t? total_fen:i "
    "note:t? created_at:t updated_at:t operator_id:t version:i",
    "order_lines": "id:t station:t order_id:t line_no:i item_id:t? name:t platform:t? "
    "link_ref:t? category_code:t unit:t quantity_base:i base_per_unit:i "
    "unit_price_fen:i line_total_fen:i commission_bp:i commission_fen:i",
    "order_events": "id:t station:t order_id:t event:t detail:t? created_at:t operator_id:t",
    # an order's platform numbers, each with its platform: revision 0003
    "order_platform_refs": "id:t station:t order_id:t platform:t platform_order_no:t "
    "created_at:t operator_id:t",
    "order_returns": "id:t station:t order_id:t line_id:t amount_fen:i "
    "commission_reversed_fen:i receipt_id:t reason:t created_at:t "
    "operator_id:t",
    "payments": "id:t station:t kind:t method:t amount_fen:i tendered_fen:i? change_fen:i? "
    "reference:t? farmer_id:t? order_id:t? sale_id:t? settlement_id:t? "
    "remittance_id:t? receipt_id:t reverses_id:t? created_at:t operator_id:t",
    "ledger_entries": "id:t station:t farmer_id:t kind:t amount_fen:i order_id:t? "
    "settlement_id:t? payment_id:t? receipt_id:t reverses_id:t? note:t? "
    "created_at:t operator_id:t",
    "commission_entries": "id:t station:t source:t order_id:t? line_id:t? sale_id:t? "
    "base_fen:i commission_bp:i amount_fen:i reverses_id:t? created_at:t",
    "receipts": "id:t station:t number:t year:i seq:i kind:t amount_fen:i farmer_id:t? "
    "ref_entity:t? ref_id:t? voids_receipt_id:t? created_at:t operator_id:t "
    "reason:t? quantity_base:i? approved_by:t?",  # the last three: 0002
    "receipt_prints": "id:t station:t receipt_id:t copy_no:i created_at:t operator_id:t",
    "consignment_batches": "id:t station:t farmer_id:t product:t grade:t? unit:t "
    "base_per_unit:i quantity_base:i floor_price_fen:i? "
    "commission_bp:i trace_code:t note:t? receipt_id:t created_at:t "
    "operator_id:t",
    "stock_movements": "id:t station:t batch_id:t kind:t quantity_base:i sale_id:t? "
    "reverses_id:t? reason:t? created_at:t operator_id:t",
    "consignment_sales": "id:t station:t batch_id:t farmer_id:t buyer:t? channel:t "
    "quantity_base:i unit_price_fen:i base_per_unit:i amount_fen:i "
    "commission_bp:i commission_fen:i method:t reference:t? "
    "receipt_id:t created_at:t operator_id:t",
    "settlements": "id:t station:t farmer_id:t proceeds_fen:i commission_fen:i fees_fen:i "
    "offset_fen:i payout_fen:i method:t reference:t? receipt_id:t "
    "created_at:t operator_id:t",
    "settlement_lines": "id:t station:t settlement_id:t sale_id:t amount_fen:i commission_fen:i",
    "settlement_fees": "id:t station:t settlement_id:t description:t amount_fen:i",
    "remittances": "id:t station:t period:t amount_fen:i method:t reference:t? receipt_id:t "
    "created_at:t operator_id:t",
    "day_closes": "id:t station:t day:t opening_cash_fen:i cash_in_fen:i cash_out_fen:i "
    "expected_cash_fen:i counted_cash_fen:i difference_fen:i note:t? "
    "created_at:t operator_id:t",
    "audit_log": "id:t station:t action:t entity:t? record_id:t? reason:t? detail:t? "
    "created_at:t operator_id:t",
    # parcels in and out per day, counts only (station migration 0010): revision 0011
    "parcel_days": "id:t station:t day:t parcels_in:i parcels_out:i created_at:t updated_at:t "
    "version:i",
    # produce bought outright (issue 16): revision 0012
    "buyback_lots": "id:t station:t farmer_id:t price_id:t list_code:t product:t grade:t "
    "unit:t base_per_unit:i gross_base:i tare_base:i net_base:i moisture:i? impurity:i? "
    "moisture_deduct_base:i impurity_deduct_base:i paid_base:i price_fen:i premium_fen:i "
    "fee_fen:i poor:i amount_fen:i premium_amount_fen:i offset_fen:i trace_code:t "
    "receipt_id:t created_at:t operator_id:t",
    "buyback_movements": "id:t station:t lot_id:t kind:t quantity_base:i dispatch_id:t? "
    "reverses_id:t? reason:t? created_at:t operator_id:t",
    "buyback_dispatches": "id:t station:t destination:t vehicle:t? note:t? quantity_base:i "
    "fee_fen:i receipt_id:t created_at:t operator_id:t",
    "buyback_dispatch_lines": "id:t station:t dispatch_id:t lot_id:t quantity_base:i fee_fen:i",
    "buyback_fees": "id:t station:t dispatch_id:t line_id:t lot_id:t amount_fen:i "
    "reverses_id:t? created_at:t",
}


@dataclass(frozen=True)
class Column:
    name: str
    integer: bool
    nullable: bool


def parse_spec(spec: dict[str, str]) -> dict[str, dict[str, Column]]:
    tables: dict[str, dict[str, Column]] = {}
    for table, text in spec.items():
        cols = {}
        for part in text.split():
            name, kind = part.split(":")
            cols[name] = Column(name, kind[0] == "i", kind.endswith("?"))
        tables[table] = cols
    return tables


ENTITIES = parse_spec(SPEC_V1)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
MAX_TEXT = change_rules.MAX_TEXT
MAX_INT = 2**53  # what a JSON reader in any language keeps exactly
MAX_MONEY = 10**12  # ¥10 billion: far beyond any village record, far below overflow

#: Columns that may not be negative (>= 0) or must be positive (> 0).
NON_NEGATIVE = {
    "orders": ("total_fen",),
    "order_lines": ("unit_price_fen", "line_total_fen", "commission_fen"),
    "order_returns": ("amount_fen", "commission_reversed_fen"),
    "catalogue_items": ("price_fen",),
    "consignment_batches": ("floor_price_fen",),
    "consignment_sales": ("unit_price_fen", "amount_fen", "commission_fen"),
    "settlements": ("proceeds_fen", "commission_fen", "fees_fen", "offset_fen", "payout_fen"),
    "settlement_lines": ("amount_fen", "commission_fen"),
    "payments": ("tendered_fen", "change_fen"),
    "parcel_days": ("parcels_in", "parcels_out"),
    "buyback_lots": (
        "tare_base",
        "moisture",
        "impurity",
        "moisture_deduct_base",
        "impurity_deduct_base",
        "premium_fen",
        "fee_fen",
        "premium_amount_fen",
        "offset_fen",
    ),
    "buyback_dispatches": ("fee_fen",),
    "buyback_dispatch_lines": ("fee_fen",),
}
POSITIVE = {
    "order_lines": ("quantity_base", "base_per_unit"),
    "consignment_batches": ("quantity_base", "base_per_unit"),
    "consignment_sales": ("quantity_base", "base_per_unit"),
    "settlement_fees": ("amount_fen",),
    "remittances": ("amount_fen",),
    "buyback_lots": ("base_per_unit", "gross_base", "net_base", "paid_base", "price_fen"),
    "buyback_dispatches": ("quantity_base",),
    "buyback_dispatch_lines": ("quantity_base",),
}
#: Mutable records: the fields a station may change after insert.
UPDATABLE = {
    "farmers": {
        "name",
        "name_pinyin",
        "name_initials",
        "phone",
        "village_group",
        "id_number",
        "is_poor",
        "poverty_card_no",
        "note",
        "updated_at",
    },
    "orders": {"status", "platform_order_no", "note", "updated_at", "total_fen"},
    "parcel_days": {"parcels_in", "parcels_out", "updated_at"},
    "catalogue_items": {
        "name",
        "name_initials",
        "price_fen",
        "active",
        "updated_at",
        "platform",
        "link_ref",
    },
}


def check_value(entity: str, column: Column, value: Any) -> None:
    if value is None:
        if not column.nullable:
            raise Refusal("change_field_missing", entity=entity, field=column.name)
        return
    if column.integer:
        # bool is an int in Python and 1.0 == 1; money must be a true integer (BRIEF §3).
        if type(value) is not int:
            raise Refusal("change_not_integer", entity=entity, field=column.name)
        limit = MAX_MONEY if column.name.endswith("_fen") else MAX_INT
        if abs(value) > limit:
            raise Refusal("change_out_of_range", entity=entity, field=column.name)
    elif type(value) is not str or len(value) > MAX_TEXT or "\x00" in value:
        # PostgreSQL text cannot hold NUL; refuse it on SQLite too, so both agree.
        raise Refusal("change_not_text", entity=entity, field=column.name)


def _station_rules(check: Any, entity: str, values: dict[str, Any], now: datetime | None) -> None:
    """The rules the station itself follows (``core/change_rules.py``), as a refusal."""
    try:
        check(entity, values, now or datetime.now(UTC))
    except change_rules.ChangeRefused as refused:
        raise Refusal(refused.code, **refused.params) from None


def check_row(entity: str, row: Any, station: str, now: datetime | None = None) -> dict[str, Any]:
    """A new record, checked field by field, against the money rules of BRIEF §3 and
    against the station's own rules (``now``: the county's clock, for the date window)."""
    columns = ENTITIES.get(entity)
    if columns is None:
        raise Refusal("change_entity_unknown", entity=str(entity)[:40])
    if not isinstance(row, dict):
        raise Refusal("change_malformed", entity=entity)
    unknown = set(row) - set(columns)
    if unknown:
        raise Refusal("change_field_unknown", entity=entity, field=sorted(unknown)[0][:40])
    for column in columns.values():
        check_value(entity, column, row.get(column.name))
    if not _UUID.match(row["id"]):
        raise Refusal("change_id_malformed", entity=entity)
    if row.get("station") != station:
        raise Refusal("change_not_owner", entity=entity, owner=str(row.get("station"))[:20])
    if entity == "catalogue_items" and row["source"] != "adhoc":
        raise Refusal("change_county_owned", entity=entity)
    for name in NON_NEGATIVE.get(entity, ()):
        if row.get(name) is not None and row[name] < 0:
            raise Refusal("change_negative", entity=entity, field=name)
    for name in POSITIVE.get(entity, ()):
        if row[name] <= 0:
            raise Refusal("change_negative", entity=entity, field=name)
    for name, value in row.items():
        if name.endswith("_bp") and value is not None and not 0 <= value <= 5000:
            raise Refusal("change_rate_out_of_range", entity=entity, field=name)
    _check_arithmetic(entity, row)
    _station_rules(change_rules.check_insert, entity, row, now)
    return row


def _check_arithmetic(entity: str, row: dict[str, Any]) -> None:
    """Totals and commissions must be what the rules compute from the row's own rate."""
    if entity in ("order_lines", "consignment_sales"):
        total_field = "line_total_fen" if entity == "order_lines" else "amount_fen"
        total = money.line_total(row["quantity_base"], row["unit_price_fen"], row["base_per_unit"])
        if row[total_field] != total:
            raise Refusal("change_total_mismatch", entity=entity, expected=total)
        expected = money.commission(total, row["commission_bp"])
        if row["commission_fen"] != expected:
            raise Refusal("change_commission_mismatch", entity=entity, expected=expected)
    elif entity == "commission_entries":
        expected = money.commission(row["base_fen"], row["commission_bp"])
        if row["amount_fen"] != expected:
            raise Refusal("change_commission_mismatch", entity=entity, expected=expected)
    elif entity == "settlements":
        payout = row["proceeds_fen"] - row["commission_fen"] - row["fees_fen"] - row["offset_fen"]
        if row["payout_fen"] != payout:
            raise Refusal("change_total_mismatch", entity=entity, expected=payout)
    elif entity == "payments" and row["amount_fen"] == 0:
        raise Refusal("change_negative", entity=entity, field="amount_fen")
    elif entity == "buyback_lots":
        _check_lot(row)
    elif entity == "buyback_dispatch_lines":
        # the fee per unit is the lot's: checked against it where the lot is known (ingest)
        pass


def _check_lot(row: dict[str, Any]) -> None:
    """A bought lot's weights and sums are what ``buyback_rules`` computes from its own
    figures: net = gross − tare, paid = net − deductions, amount and premium by line_total."""
    if row["net_base"] != row["gross_base"] - row["tare_base"]:
        raise Refusal("change_total_mismatch", entity="buyback_lots", expected=row["net_base"])
    paid = row["net_base"] - row["moisture_deduct_base"] - row["impurity_deduct_base"]
    if row["paid_base"] != paid:
        raise Refusal("change_total_mismatch", entity="buyback_lots", expected=paid)
    if row["poor"] not in (0, 1) or (row["premium_fen"] and not row["poor"]):
        raise Refusal("change_out_of_range", entity="buyback_lots", field="premium_fen")
    per, bpu = row["price_fen"] + row["premium_fen"], row["base_per_unit"]
    amount = money.line_total(paid, per, bpu)
    if row["amount_fen"] != amount:
        raise Refusal("change_total_mismatch", entity="buyback_lots", expected=amount)
    premium = money.line_total(paid, row["premium_fen"], bpu)
    if row["premium_amount_fen"] != premium:
        raise Refusal("change_total_mismatch", entity="buyback_lots", expected=premium)
    if row["offset_fen"] > row["amount_fen"]:
        raise Refusal("change_out_of_range", entity="buyback_lots", field="offset_fen")
    for name in ("moisture", "impurity"):
        if row[name] is not None and row[name] > 1000:
            raise Refusal("change_out_of_range", entity="buyback_lots", field=name)


def check_update(entity: str, fields: Any, now: datetime | None = None) -> dict[str, Any]:
    allowed = UPDATABLE.get(entity)
    if allowed is None:
        raise Refusal("change_not_updatable", entity=str(entity)[:40])
    if not isinstance(fields, dict) or not fields:
        raise Refusal("change_malformed", entity=entity)
    columns = ENTITIES[entity]
    for name, value in fields.items():
        if name not in allowed:
            raise Refusal("change_field_unknown", entity=entity, field=str(name)[:40])
        check_value(entity, columns[name], value)
        if (name.endswith("_fen") or name in NON_NEGATIVE.get(entity, ())) and value < 0:
            raise Refusal("change_negative", entity=entity, field=name)
    _station_rules(change_rules.check_update, entity, fields, now)
    return fields
