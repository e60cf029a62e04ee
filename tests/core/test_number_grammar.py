"""The one grammar for typed money and quantities (issue 10, case 5).

Plain ASCII or full-width digits with an optional point (ASCII or full-width), optionally
grouped in threes by commas.  Python's own number syntax (exponents, underscores, a plus
sign, inner spaces, other scripts' digits) is refused with a reason, never read as a number.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from servicepoint.core import money
from servicepoint.core.csvfile import CsvRowError
from servicepoint.core.errors import InvalidAmount, InvalidQuantity

FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1e2", "number_exponent"),
        ("1E2", "number_exponent"),
        ("1.5e1", "number_exponent"),
        ("1_000", "number_underscore"),
        ("+5", "number_sign"),
        ("1 000", "number_inner_space"),
        ("12 .5", "number_inner_space"),
        ("12，5", "number_comma"),
        ("1,2345", "number_comma"),
        ("٣", "not_a_number"),
        ("0x10", "not_a_number"),
        ("1.2.3", "not_a_number"),
    ],
)
def test_python_number_syntax_is_refused_with_the_reason(text, code):
    """Each of the issue's inputs is refused, and the message names the reason."""
    with pytest.raises(InvalidAmount) as info:
        money.parse_yuan(text)
    assert info.value.code == code
    with pytest.raises(InvalidQuantity) as info_q:
        money.parse_quantity(text, "jin")
    assert info_q.value.code == code


def test_the_issue_examples():
    """1e2, 1_000, +5 and 1e3 斤 were accepted; １２．５ was refused while １２ passed."""
    for text in ("1e2", "1_000", "+5"):
        with pytest.raises(InvalidAmount):
            money.parse_yuan(text)
    with pytest.raises(InvalidQuantity):
        money.parse_quantity("1e3", "jin")
    assert money.parse_yuan("１２") == 1200
    assert money.parse_yuan("１２．５") == 1250
    assert money.parse_quantity("７．３", "jin") == 3650
    assert money.parse_rate_percent("７．５％") == 750


def test_the_messages_say_why():
    """The operator reads the reason in Chinese (and English), not “not a number”."""
    with pytest.raises(InvalidAmount) as info:
        money.parse_yuan("1e2")
    zh = info.value.message("zh_CN")
    en = info.value.message("en")
    assert "指数" in zh and "100" in zh
    assert "exponent" in en


def test_catalogue_csv_uses_the_grammar(station):
    """A county catalogue CSV with 1e2 as a price is refused with the row and writes nothing."""
    before = station.records.scalar("SELECT COUNT(*) FROM catalogue_items")
    text = "sku,name,category,unit,price,category_name\nF1,饲料 40斤,FEED,bag,1e2,饲料\n"
    with pytest.raises(CsvRowError) as info:
        station.catalogue.import_csv(io.StringIO(text))
    assert info.value.params["row"] == 2
    assert "指数" in info.value.message("zh_CN")
    assert station.records.scalar("SELECT COUNT(*) FROM catalogue_items") == before


plain = st.from_regex(r"[0-9]{1,6}(\.[0-9]{0,2})?", fullmatch=True)


@given(plain, st.booleans())
def test_full_width_and_ascii_read_alike(text: str, full: bool) -> None:
    """Every plain number reads the same typed with ASCII or full-width digits and point."""
    typed = text.translate(FULL) if full else text
    try:
        expected = money.parse_yuan(text, allow_zero=True)
    except InvalidAmount as error:
        with pytest.raises(InvalidAmount) as info:
            money.parse_yuan(typed, allow_zero=True)
        assert info.value.code == error.code
        return
    assert money.parse_yuan(typed, allow_zero=True) == expected


@given(st.text(alphabet="0123456789.,+-_eE 　１２．，", max_size=12))
@example("-0")
@example("-0.00")
def test_anything_accepted_is_plain_digits_and_one_point(text: str) -> None:
    """Whatever the grammar accepts is, once full-width forms are mapped, plain digits with
    at most one point (commas only as thousands groups), and its value is exactly that."""
    try:
        fen = money.parse_yuan(text, allow_zero=True)
    except InvalidAmount:
        return
    cleaned = money.normalize_number_text(text)
    assert all(c in "0123456789.," for c in cleaned), cleaned
    assert cleaned.count(".") <= 1
    whole, _, frac = cleaned.replace(",", "").partition(".")
    assert fen == int(whole or "0") * 100 + int((frac + "00")[:2] or "0")
    for bad in ("e", "E", "_", "+", " "):
        assert bad not in cleaned


def test_minus_zero_is_refused_like_any_minus():
    """ "-0" is not a way to type nothing: the minus sign is refused for money and rates (the
    property test above found that "-0" slipped through as ¥0.00)."""
    for text in ("-0", "-0.00", "－0"):
        with pytest.raises(InvalidAmount) as refused:
            money.parse_yuan(text, allow_zero=True)
        assert refused.value.code == "negative_amount"
        with pytest.raises(InvalidAmount):
            money.parse_rate_percent(text)
    assert money.parse_yuan("0", allow_zero=True) == 0
    assert money.parse_yuan("-0.50", allow_negative=True) == -50
