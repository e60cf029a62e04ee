"""The rules of buying produce outright (收购) that both ends apply: price lines and the sums.

Shared by the station (which weighs and pays) and the county server (which publishes the
price lists and re-checks each lot it receives), so it imports only money, text and errors
(tests/test_server_imports.py).  Everything is integers:

- weights in grams; percentages (moisture, impurity) in tenths of a point, so 16.0 % is 160
  and more than one decimal is refused;
- the weight deducted per point over a standard in basis points of the net weight (1.2 % per
  point is 120); a deduction is round-half-up(net × tenths over × step_bp ÷ 100,000);
- amount = line_total(paid weight, price + premium, base per unit); the premium (registered
  poor households only) is line_total(paid weight, premium, base per unit) and is part of the
  amount; the handling fee is line_total(weight dispatched, fee, base per unit).

The issue's worked example: net 500,000 g, moisture 16.0 % against 14.0 % at 120 bp per point
→ 12,000 g deducted; 488,000 g at ¥1.20 + ¥0.03 per 斤 → 120,048 fen, premium 2,928, fee 1,952.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

from .errors import InvalidInput, InvalidQuantity
from .money import (
    MAX_QUANTITY_BASE,
    _decimal,
    check_fen,
    format_quantity,
    line_total,
    round_half_up_div,
    unit,
)
from .text import clean_name

#: Tenths of a point in 100 %.
PERCENT_FULL = 1000
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


@dataclass(frozen=True)
class PriceLine:
    """One line of a county price list (fields: migrations_buyback ``buyback_prices``)."""

    id: str
    list_code: str
    list_name: str
    product: str
    grade: str
    unit: str
    base_per_unit: int
    price_fen: int
    premium_fen: int
    fee_fen: int
    valid_from: str
    valid_to: str
    quota_base: int | None
    max_load_base: int | None
    moisture_std: int | None
    moisture_step_bp: int | None
    impurity_std: int | None
    impurity_step_bp: int | None

    def valid_on(self, day: str) -> bool:
        return self.valid_from <= day <= self.valid_to

    @property
    def has_moisture(self) -> bool:
        return self.moisture_std is not None

    @property
    def has_impurity(self) -> bool:
        return self.impurity_std is not None


@dataclass(frozen=True)
class LotFigures:
    """What one load comes to, before anything is written."""

    gross_base: int
    tare_base: int
    net_base: int
    moisture: int | None
    impurity: int | None
    moisture_deduct_base: int
    impurity_deduct_base: int
    paid_base: int
    price_fen: int
    premium_fen: int  # per unit, 0 unless the farmer is a registered poor household
    fee_fen: int  # per unit, accrues at dispatch
    poor: bool
    amount_fen: int  # includes the premium
    premium_amount_fen: int
    fee_amount_fen: int  # if the whole lot is dispatched


def parse_percent(text: str | int | Decimal, field: str) -> int:
    """ "16" or "16.0" or "16.5%" → tenths of a point (160, 160, 165); 0–100, one decimal."""
    if isinstance(text, str):
        text = text.replace("%", "").replace("％", "")
    value = _decimal(text, InvalidQuantity)
    if value.is_signed() or value > 100:
        raise InvalidInput("percent_out_of_range", field=field, value=str(text)[:20])
    tenths = value * 10
    if tenths != tenths.to_integral_value():
        raise InvalidInput("percent_one_decimal", field=field, value=str(text)[:20])
    return int(tenths)


def check_percent(value: object, field: str) -> int:
    """A percentage already in tenths (sync payloads, price lines): an int in 0–1000."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= PERCENT_FULL:
        raise InvalidInput("percent_out_of_range", field=field, value=str(value)[:20])
    return value


def deduction(net_base: int, measured: int | None, standard: int | None, step_bp: int) -> int:
    """Grams deducted for ``measured`` over ``standard`` (both in tenths of a point)."""
    if measured is None or standard is None or measured <= standard:
        return 0
    return round_half_up_div(net_base * (measured - standard) * step_bp, 10 * 10_000)


def lot_figures(
    line: PriceLine,
    gross_base: int,
    tare_base: int,
    *,
    moisture: int | None,
    impurity: int | None,
    poor: bool,
) -> LotFigures:
    """The sums of one load at ``line``'s price (module docstring); refuses what is not a
    load: a non-positive net, a net over the line's maximum, a measurement the line needs
    missing, or deductions that leave nothing to pay for."""
    for name, value in (("gross", gross_base), ("tare", tare_base)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidQuantity("not_integer_quantity", value=repr(value)[:40])
        if value < 0 or value > MAX_QUANTITY_BASE:
            raise InvalidQuantity("absurd_quantity", value=f"{name} {value}")
    net = gross_base - tare_base
    if net <= 0:
        raise InvalidInput("buyback_net_not_positive", **_kg(gross=gross_base, tare=tare_base))
    if line.max_load_base is not None and net > line.max_load_base:
        raise InvalidInput("buyback_over_max_load", **_kg(net=net, max=line.max_load_base))
    values: dict[str, int | None] = {}
    measured: int | None
    for field, measured, standard in (
        ("moisture", moisture, line.moisture_std),
        ("impurity", impurity, line.impurity_std),
    ):
        if standard is None:
            values[field] = None
            continue
        if measured is None:
            raise InvalidInput("buyback_measure_missing", field=field)
        values[field] = check_percent(measured, field)
    m_cut = deduction(net, values["moisture"], line.moisture_std, line.moisture_step_bp or 0)
    i_cut = deduction(net, values["impurity"], line.impurity_std, line.impurity_step_bp or 0)
    paid = net - m_cut - i_cut
    if paid <= 0:
        raise InvalidInput("buyback_deducted_all", **_kg(net=net))
    premium = line.premium_fen if poor else 0
    amount = line_total(paid, line.price_fen + premium, line.base_per_unit)
    check_fen(amount)
    return LotFigures(
        gross_base,
        tare_base,
        net,
        values["moisture"],
        values["impurity"],
        m_cut,
        i_cut,
        paid,
        line.price_fen,
        premium,
        line.fee_fen,
        poor,
        amount,
        line_total(paid, premium, line.base_per_unit),
        line_total(paid, line.fee_fen, line.base_per_unit),
    )


def _kg(**weights: int) -> dict[str, str]:
    """Weights for a message, in kg, in both languages (``name`` and ``name_en``)."""
    out: dict[str, str] = {}
    for name, grams in weights.items():
        out[name] = format_quantity(grams, "kg") if grams else "0"
        out[f"{name}_en"] = format_quantity(grams, "kg", english=True) if grams else "0"
    return out


def fee_for(quantity_base: int, fee_fen: int, base_per_unit: int) -> int:
    """The handling fee on ``quantity_base`` dispatched."""
    return line_total(quantity_base, fee_fen, base_per_unit)


def _int(raw: Mapping[str, Any], key: str, *, low: int, optional: bool = False) -> int | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise InvalidInput("buyback_price_field", field=key, value=str(value)[:40])
    return value


def _day(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not _DAY.match(value):
        raise InvalidInput("buyback_price_field", field=key, value=str(value)[:40])
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("buyback_price_field", field=key, value=value) from None
    return value


def check_price_line(raw: Mapping[str, Any]) -> PriceLine:
    """A price line as the county publishes it and a station stores it, checked field by
    field; the first wrong field is refused by name."""
    line_id = raw.get("id")
    if not isinstance(line_id, str) or not 1 <= len(line_id) <= 64:
        raise InvalidInput("buyback_price_field", field="id", value=str(line_id)[:40])
    code = raw.get("list_code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", code):
        raise InvalidInput("buyback_price_field", field="list_code", value=str(code)[:40])
    list_name = clean_name(raw.get("list_name") or code, "name")
    product = clean_name(raw.get("product"), "product")
    grade = clean_name(raw.get("grade"), "grade")
    u = unit(str(raw.get("unit")))
    price = _int(raw, "price_fen", low=1)
    assert price is not None
    check_fen(price)
    premium = _int(raw, "premium_fen", low=0, optional=True) or 0
    fee = _int(raw, "fee_fen", low=0, optional=True) or 0
    valid_from, valid_to = _day(raw, "valid_from"), _day(raw, "valid_to")
    if valid_to < valid_from:
        raise InvalidInput("period_reversed", start=valid_from, end=valid_to)
    quota = _int(raw, "quota_base", low=1, optional=True)
    max_load = _int(raw, "max_load_base", low=1, optional=True)
    rules: dict[str, int | None] = {}
    for measure in ("moisture", "impurity"):
        std = raw.get(f"{measure}_std")
        step = raw.get(f"{measure}_step_bp")
        if std is None and step is None:
            rules[measure], rules[f"{measure}_step"] = None, None
            continue
        rules[measure] = check_percent(std, f"{measure}_std")
        rules[f"{measure}_step"] = _int(raw, f"{measure}_step_bp", low=0)
        if (rules[f"{measure}_step"] or 0) > 10_000:
            raise InvalidInput("buyback_price_field", field=f"{measure}_step_bp", value=str(step))
    assert product is not None and grade is not None and list_name is not None
    return PriceLine(
        line_id,
        code,
        list_name,
        product,
        grade,
        u.code,
        u.base_per_unit,
        price,
        check_fen(premium, allow_zero=True),
        check_fen(fee, allow_zero=True),
        valid_from,
        valid_to,
        quota,
        max_load,
        rules["moisture"],
        rules["moisture_step"],
        rules["impurity"],
        rules["impurity_step"],
    )


def check_no_overlap(lines: Iterable[PriceLine]) -> None:
    """Two lines for one product and grade may not be valid on the same day: the price of a
    load would depend on which one the screen happened to pick."""
    by_item: dict[tuple[str, str], list[PriceLine]] = {}
    for line in lines:
        by_item.setdefault((line.product, line.grade), []).append(line)
    for (product, grade), found in by_item.items():
        found.sort(key=lambda x: x.valid_from)
        for before, after in pairwise(found):
            if after.valid_from <= before.valid_to:
                raise InvalidInput(
                    "buyback_prices_overlap", product=product, grade=grade, day=after.valid_from
                )


def price_line_row(line: PriceLine) -> dict[str, Any]:
    """The line as a plain dict (the wire format and the station's table columns)."""
    return {
        "id": line.id,
        "list_code": line.list_code,
        "list_name": line.list_name,
        "product": line.product,
        "grade": line.grade,
        "unit": line.unit,
        "base_per_unit": line.base_per_unit,
        "price_fen": line.price_fen,
        "premium_fen": line.premium_fen,
        "fee_fen": line.fee_fen,
        "valid_from": line.valid_from,
        "valid_to": line.valid_to,
        "quota_base": line.quota_base,
        "max_load_base": line.max_load_base,
        "moisture_std": line.moisture_std,
        "moisture_step_bp": line.moisture_step_bp,
        "impurity_std": line.impurity_std,
        "impurity_step_bp": line.impurity_step_bp,
    }
