"""Money and quantity rules of BRIEF §3, with the worked examples."""

from __future__ import annotations

import pytest

from servicepoint.core.errors import InvalidAmount, InvalidQuantity
from servicepoint.core.money import (
    commission,
    format_quantity,
    format_yuan,
    line_total,
    parse_quantity,
    parse_rate_percent,
    parse_yuan,
    round_half_up_div,
    split_proportional,
)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12.5", 1250),
        ("12.50", 1250),
        ("12", 1200),
        ("0.01", 1),
        ("¥12.50", 1250),
        ("￥1,250.00", 125000),
        (" 3 ", 300),
        ("128元", 12800),
    ],
)
def test_parse_yuan_exact(text, fen):
    """Typed yuan become exact integer fen, symbols and thousands separators allowed."""
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12.345", "too_many_decimals"),
        ("-1", "negative_amount"),
        ("0", "zero_amount"),
        ("abc", "not_a_number"),
        ("", "empty_number"),
        ("10000000", "absurd_amount"),
        ("nan", "not_a_number"),
        ("inf", "not_a_number"),
    ],
)
def test_parse_yuan_refusals(text, code):
    """Bad amounts are refused with the reason, never rounded into something else."""
    with pytest.raises(InvalidAmount) as info:
        parse_yuan(text)
    assert info.value.code == code


def test_parse_yuan_refuses_float():
    """A float has already lost the typed value, so it is refused outright."""
    with pytest.raises(InvalidAmount):
        parse_yuan(12.5)  # type: ignore[arg-type]


def test_worked_example_jin():
    """BRIEF: 7.3 斤 at ¥12.50/斤 → 3650 g × 1250 ÷ 500 = 9125 fen."""
    grams = parse_quantity("7.3", "jin")
    assert grams == 3650
    assert line_total(grams, parse_yuan("12.50"), 500) == 9125


def test_kg_and_rounding_half_up():
    """0.333 kg at ¥10.01/kg = 333.333 fen → 333; 1.5 fen rounds up to 2."""
    assert line_total(333, 1001, 1000) == 333
    assert round_half_up_div(3, 2) == 2
    assert round_half_up_div(5, 2) == 3
    assert round_half_up_div(-3, 2) == -2  # a reversal negates exactly


@pytest.mark.parametrize(
    ("price", "rate_bp", "fee"),
    [
        (12800, 1000, 1280),
        (16800, 1000, 1680),
        (18800, 1000, 1880),  # seeds' chicken prices
        (9125, 1000, 913),
        (9125, 800, 730),
        (5, 1000, 1),
        (4, 1000, 0),
    ],
)
def test_commission_per_line(price, rate_bp, fee):
    """Commission = round-half-up(line_total × rate_bp ÷ 10000)."""
    assert commission(price, rate_bp) == fee


def test_quantity_units():
    """斤 = 500 g, 公斤 = 1000 g; counted goods must be whole pieces."""
    assert parse_quantity("2", "kg") == 2000
    assert parse_quantity("1.001", "kg") == 1001
    assert parse_quantity("3", "bird") == 3
    with pytest.raises(InvalidQuantity) as info:
        parse_quantity("1.5", "bird")
    assert info.value.code == "whole_pieces_only"
    with pytest.raises(InvalidQuantity) as info:
        parse_quantity("0.0001", "jin")
    assert info.value.code == "finer_than_gram"
    with pytest.raises(InvalidQuantity):
        parse_quantity("0", "jin")
    with pytest.raises(InvalidQuantity):
        parse_quantity("-2", "jin")


def test_formatting_is_exact():
    """Display helpers never go through float."""
    assert format_yuan(9125) == "91.25"
    assert format_yuan(-5) == "-0.05"
    assert format_yuan(12800, symbol="¥") == "¥128.00"
    # Thousands are grouped wherever money is shown (issue 12 #10); plain for files.
    assert format_yuan(2122003, symbol="¥") == "¥21,220.03"
    assert format_yuan(-100_000_000, symbol="¥") == "-¥1,000,000.00"
    assert format_yuan(99_999) == "999.99"
    assert format_yuan(2122003, grouped=False) == "21220.03"
    assert format_quantity(3650, "jin") == "7.3斤"
    assert format_quantity(2000, "kg") == "2公斤"


def test_rates_and_split():
    """Rates typed as percent become basis points; splits add up exactly."""
    assert parse_rate_percent("10") == 1000
    assert parse_rate_percent("7.5%") == 750
    with pytest.raises(InvalidAmount):
        parse_rate_percent("60")
    parts = split_proportional(1000, [1, 1, 1])
    assert sum(parts) == 1000 and sorted(parts) == [333, 333, 334]
