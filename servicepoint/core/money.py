"""Money and quantity: the one place that turns text into integer fen and grams.

Every amount in servicepoint is an ``int`` of fen (1 yuan = 100 fen) and every quantity an
``int`` in a base unit (grams for weight, pieces for counted goods).  Parsing goes through
``Decimal`` so that ``"12.5"`` is exactly 1250 fen; floats are refused outright because a
float that reached this far has already lost the exact value the operator typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import InvalidAmount, InvalidQuantity

#: The largest single amount the station accepts: ¥1,000,000.00.  A village point never
#: takes more in one payment; anything bigger is a typo (an extra zero or two).
MAX_AMOUNT_FEN = 100_000_000
#: The largest quantity on one line or batch: 100 tonnes in grams, or 100,000 pieces.
MAX_QUANTITY_BASE = 100_000_000


@dataclass(frozen=True)
class Unit:
    """A selling unit and how many base units (g or pieces) it holds."""

    code: str
    base: str  # "g" or "piece"
    base_per_unit: int
    zh: str
    en: str


UNITS: dict[str, Unit] = {
    "jin": Unit("jin", "g", 500, "斤", "jin"),
    "kg": Unit("kg", "g", 1000, "公斤", "kg"),
    "g": Unit("g", "g", 1, "克", "g"),
    "piece": Unit("piece", "piece", 1, "件", "piece"),
    "each": Unit("each", "piece", 1, "个", "each"),
    "bottle": Unit("bottle", "piece", 1, "瓶", "bottle"),
    "bag": Unit("bag", "piece", 1, "袋", "bag"),
    "box": Unit("box", "piece", 1, "箱", "box"),
    "bird": Unit("bird", "piece", 1, "只", "bird"),
}


def unit(code: str) -> Unit:
    try:
        return UNITS[code]
    except KeyError:
        raise InvalidQuantity("unknown_unit", unit=code) from None


#: Full-width digits, point and comma (what a Chinese input method types) → ASCII.  Both the
#: digits and the point are mapped, so "１２．５" means exactly what "12.5" means.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，＋－＿", "0123456789.,+-_")
#: The one grammar: plain ASCII digits with an optional decimal point, or digits grouped in
#: threes by commas ("1,250.00").  Written out with [0-9] because ``\d`` and ``Decimal``
#: would also take Arabic-Indic and other script digits the operator never meant.
_PLAIN = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")
#: Why a text that looks nearly like a number was refused, checked in this order.
_WHY = (
    (re.compile(r"[0-9.]\s*[eE]\s*[-+]?[0-9]"), "number_exponent"),
    (re.compile(r"_"), "number_underscore"),
    (re.compile(r"^\+"), "number_sign"),
    (re.compile(r"[0-9.,]\s+[0-9.,]"), "number_inner_space"),
    (re.compile(r"[0-9],|,[0-9]"), "number_comma"),
)
#: Every code the grammar can refuse with, for forms that place errors next to a field.
SYNTAX_CODES = (
    "empty_number",
    "not_a_number",
    "number_exponent",
    "number_underscore",
    "number_sign",
    "number_inner_space",
    "number_comma",
)
#: Every code a typed quantity can be refused with (``parse_quantity`` and the grammar).
QUANTITY_CODES = (
    "quantity",
    *SYNTAX_CODES,
    "whole_pieces_only",
    "finer_than_gram",
    "quantity_not_positive",
    "absurd_quantity",
)


def normalize_number_text(text: str) -> str:
    """The typed text with surrounding blanks, ¥/￥/元 and full-width forms taken away.

    A leading minus is kept (before or after the yuan sign) so the caller can say why a
    negative amount is refused.
    """
    cleaned = str(text).translate(_FULL_WIDTH).replace("\u3000", " ").strip()
    sign = ""
    if cleaned.startswith("-"):
        sign, cleaned = "-", cleaned[1:].lstrip()
    for symbol in ("¥", "￥"):
        cleaned = cleaned.removeprefix(symbol).lstrip()
    if not sign and cleaned.startswith("-"):
        sign, cleaned = "-", cleaned[1:].lstrip()
    cleaned = cleaned.removesuffix("元").rstrip()
    return sign + cleaned if cleaned else ""


def _decimal(
    text: str | int | Decimal, error: type[InvalidAmount] | type[InvalidQuantity]
) -> Decimal:
    """Text → Decimal by the one grammar (module docstring); ints pass straight through.

    ``Decimal(text)`` alone is not the grammar: it takes "1e2", "1_000", "+5" and "٣", which
    an operator never means as money.  A leading "-" is parsed so callers can say "cannot be
    negative" rather than "not a number".
    """
    if isinstance(text, bool | float):
        raise error("not_a_number", value=str(text))
    if isinstance(text, int | Decimal):
        return Decimal(text)
    cleaned = normalize_number_text(text)
    if not cleaned:
        raise error("empty_number")
    negative = cleaned.startswith("-")
    body = cleaned[1:].strip() if negative else cleaned
    if _PLAIN.fullmatch(body) is None and _GROUPED.fullmatch(body) is None:
        for pattern, code in _WHY:
            if pattern.search(cleaned):
                raise error(code, value=str(text)[:40])
        raise error("not_a_number", value=str(text)[:40])
    digits = body.replace(",", "")
    # More than 40 digits is far over any limit; cap it so Decimal stays inside its precision.
    value = Decimal(10) ** 40 if len(digits) > 40 else Decimal(digits)
    return value.copy_negate() if negative else value  # keeps the sign of "-0"


def parse_yuan(
    text: str | int | Decimal, *, allow_zero: bool = False, allow_negative: bool = False
) -> int:
    """Operator input in yuan ("12.5", "¥12.50", "1,250") → fen.

    More than two decimals, negatives and amounts over ``MAX_AMOUNT_FEN`` are refused with a
    message that says why, rather than being rounded into something the operator did not type.
    """
    value = _decimal(text, InvalidAmount)
    if value.is_signed() and not allow_negative:  # "-0" too: a minus sign is never meant
        raise InvalidAmount("negative_amount", value=str(text)[:40])
    try:
        exact = value == value.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than Decimal holds: far over any limit
        raise InvalidAmount(
            "absurd_amount", value=str(text)[:40], limit=format_yuan(MAX_AMOUNT_FEN)
        ) from None
    if not exact:
        raise InvalidAmount("too_many_decimals", value=str(text)[:40])
    fen = int(value * 100)
    return check_fen(fen, allow_zero=allow_zero, allow_negative=allow_negative)


def check_fen(fen: object, *, allow_zero: bool = False, allow_negative: bool = False) -> int:
    """Validate an amount already in fen (API callers, CSV, sync payloads)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise InvalidAmount("not_integer_fen", value=repr(fen)[:40])
    if fen < 0 and not allow_negative:
        raise InvalidAmount("negative_amount", value=format_yuan(fen))
    if fen == 0 and not allow_zero:
        raise InvalidAmount("zero_amount")
    if abs(fen) > MAX_AMOUNT_FEN:
        raise InvalidAmount(
            "absurd_amount", value=format_yuan(fen), limit=format_yuan(MAX_AMOUNT_FEN)
        )
    return fen


def format_yuan(fen: int, *, symbol: str = "", grouped: bool = True) -> str:
    """fen → "1,234.50" (or "¥1,234.50" with a symbol); exact, no float on the way.

    Whole yuan are grouped in threes by commas (issue 12 #10: "¥21220.03" is misread at the
    counter), which ``parse_yuan`` reads back.  ``grouped=False`` gives plain "1234.50" for
    text that other programs read (CSV files, catalogue files) and for an input field's
    starting value, which the operator edits digit by digit.
    """
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    digits = f"{whole:,}" if grouped else str(whole)
    return f"{sign}{symbol}{digits}.{part:02d}"


def parse_quantity(text: str | int | Decimal, unit_code: str) -> int:
    """Quantity typed in a selling unit ("7.3" 斤) → integer base units (3650 g).

    Weight may be typed to the gram; counted goods must be whole pieces.
    """
    u = unit(unit_code)
    value = _decimal(text, InvalidQuantity)
    if value.adjusted() > 18:  # far over MAX_QUANTITY_BASE; keeps Decimal from overflowing
        raise InvalidQuantity("absurd_quantity", value=str(text)[:40])
    base = value * u.base_per_unit
    if base != base.to_integral_value():
        if u.base == "piece":
            raise InvalidQuantity("whole_pieces_only", value=str(text)[:40])
        raise InvalidQuantity("finer_than_gram", value=str(text)[:40])
    return check_quantity(int(base))


def parse_weight_reading(text: str, unit_code: str) -> int:
    """A weight a scale sent ("-0.125" in kg) → signed integer grams, by the one grammar.

    Unlike a typed quantity a reading may be zero (an empty pan) or negative (under a tare),
    and a precision balance may show finer than a gram: that is rounded half up to the gram,
    symmetrically for negatives.  Only weight units are taken (``unit_code`` of 斤, kg, g).
    """
    u = unit(unit_code)
    if u.base != "g":
        raise InvalidQuantity("unknown_unit", unit=unit_code)
    value = _decimal(text, InvalidQuantity)
    if value.adjusted() > 18:
        raise InvalidQuantity("absurd_quantity", value=str(text)[:40])
    grams = int((value * u.base_per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(grams) > MAX_QUANTITY_BASE:
        raise InvalidQuantity("absurd_quantity", value=str(text)[:40])
    return grams


def check_quantity(base: object) -> int:
    if isinstance(base, bool) or not isinstance(base, int):
        raise InvalidQuantity("not_integer_quantity", value=repr(base)[:40])
    if base <= 0:
        raise InvalidQuantity("quantity_not_positive", value=str(base))
    if base > MAX_QUANTITY_BASE:
        raise InvalidQuantity("absurd_quantity", value=str(base))
    return base


def quantity_number(base: int, unit_code: str) -> str:
    """Base units → the number in the selling unit, exact: 3650 g in 斤 → "7.3".  What a
    quantity field takes back through ``parse_quantity`` (the scale's F10 fills it so)."""
    value = Decimal(base) / Decimal(unit(unit_code).base_per_unit)
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))


def format_quantity(base: int, unit_code: str, *, english: bool = False) -> str:
    """Base units → "7.3斤" for display, exact (no float)."""
    u = unit(unit_code)
    text = quantity_number(base, unit_code)
    return f"{text} {u.en}" if english else f"{text}{u.zh}"


def round_half_up_div(numerator: int, denominator: int) -> int:
    """Integer division rounded half up, for non-negative numerators.

    Negative numerators (reversals) round symmetrically, so a reversal is exactly the negation
    of the entry it reverses.
    """
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    if numerator < 0:
        return -round_half_up_div(-numerator, denominator)
    q, r = divmod(numerator, denominator)
    return q + 1 if 2 * r >= denominator else q


def line_total(quantity_base: int, unit_price_fen: int, base_per_unit: int) -> int:
    """BRIEF §3: round-half-up(quantity_in_base × unit_price_fen ÷ base_per_unit)."""
    return round_half_up_div(quantity_base * unit_price_fen, base_per_unit)


def apply_basis_points(amount_fen: int, rate_bp: int) -> int:
    """``rate_bp`` basis points of an amount: round-half-up(amount × rate_bp ÷ 10000).

    Generic rounding only; what a rate applies to (which base, per line or per order) is the
    business of the module that owns the rate (commission: ``core/commission.py``).
    """
    return round_half_up_div(amount_fen * rate_bp, 10_000)


#: Kept only for callers outside the core (the county's arithmetic check, the sell form's
#: preview) until they move to ``commission.commission_fen``; inside the core the commission
#: rule has one owner, and tests/core/test_one_owner.py refuses this name there.
commission = apply_basis_points


def check_rate_bp(rate_bp: object) -> int:
    """A commission rate in basis points: 0–5000 (0–50 %); more is a typo."""
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or not 0 <= rate_bp <= 5000:
        raise InvalidAmount("bad_rate", value=repr(rate_bp)[:40])
    return rate_bp


def parse_rate_percent(text: str) -> int:
    """ "10" or "10%" or "7.5" → basis points (1000, 1000, 750)."""
    value = _decimal(str(text).replace("%", "").replace("％", ""), InvalidAmount)
    if value.is_signed():
        raise InvalidAmount("bad_rate", value=str(text)[:40])
    bp = value * 100
    if bp != bp.to_integral_value():
        raise InvalidAmount("bad_rate", value=str(text)[:40])
    return check_rate_bp(int(bp))


def split_proportional(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` fen over ``weights`` so the parts sum exactly to ``total``.

    Largest-remainder method; used where one amount must be spread over lines.
    """
    wsum = sum(weights)
    if wsum == 0:
        return [0 for _ in weights]
    parts = [total * w // wsum for w in weights]
    rest = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: -((total * weights[i]) % wsum))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def quantize_for_display(fen: int) -> Decimal:
    """fen → Decimal yuan, for reports that want a number rather than text."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
