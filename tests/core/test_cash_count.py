"""Counting the drawer note by note (issue 12 #13): the day-close dialog fills its counted
field from ``count_cash``, and the first close may set the opening float it starts from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from servicepoint.core import payments as pay
from servicepoint.core.cashdrawer import DENOMINATIONS_FEN, MAX_PIECES, count_cash
from servicepoint.core.errors import InvalidAmount, InvalidInput, InvalidState
from servicepoint.core.money import MAX_AMOUNT_FEN, format_yuan, parse_yuan
from servicepoint.core.purchasing import LineInput

YUAN_NOTES = ("100", "50", "20", "10", "5", "1", "0.5", "0.1")


def test_denominations_are_the_notes_and_coins_of_the_yuan():
    assert [parse_yuan(x) for x in YUAN_NOTES] == list(DENOMINATIONS_FEN)


@given(
    st.lists(st.integers(0, 300), min_size=len(DENOMINATIONS_FEN), max_size=8),
    st.integers(0, 100_000),
)
def test_count_cash_adds_each_pile_exactly(counts: list[int], coins: int) -> None:
    """The counted total is the sum of every pile, computed in fen: ¥ × pieces, plus coins,
    and reads back through the money text the dialog shows."""
    pieces = dict(zip(DENOMINATIONS_FEN, counts, strict=True))
    total = count_cash(pieces, coins)
    expected = sum(parse_yuan(y) * n for y, n in zip(YUAN_NOTES, counts, strict=True)) + coins
    assert total == expected
    assert parse_yuan(format_yuan(total, symbol="¥"), allow_zero=True) == total
    # One more note of any kind adds exactly that note.
    for denomination in DENOMINATIONS_FEN:
        more = {**pieces, denomination: pieces[denomination] + 1}
        assert count_cash(more, coins) == total + denomination


@pytest.mark.parametrize(
    ("pieces", "coins", "code"),
    [
        ({10_000: -1}, 0, "bad_piece_count"),
        ({10_000: MAX_PIECES + 1}, 0, "bad_piece_count"),
        ({5_000: True}, 0, "bad_piece_count"),
        ({5_000: 1.0}, 0, "bad_piece_count"),
        ({200: 1}, 0, "unknown_denomination"),
        ({}, -5, "negative_amount"),
        ({10_000: MAX_PIECES, 5_000: MAX_PIECES}, 0, "absurd_amount"),
    ],
)
def test_count_cash_refuses_what_is_not_a_count(pieces, coins, code):
    with pytest.raises(InvalidInput) as info:
        count_cash(pieces, coins)
    assert info.value.code == code
    assert info.value.message("zh_CN") != code and info.value.message("en") != code


def test_count_cash_stays_inside_the_money_limit():
    """The largest accepted count is exactly the money limit."""
    assert count_cash({10_000: MAX_AMOUNT_FEN // 10_000}) == MAX_AMOUNT_FEN
    with pytest.raises(InvalidAmount):
        count_cash({10_000: MAX_AMOUNT_FEN // 10_000}, 1)


def _cash_sale(station, farmer, fen):
    station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=fen)], [pay.cash(fen)]
    )


def test_first_close_sets_the_opening_float_it_counts_from(station, farmer):
    """The close that sets the float starts its drawer from it, in one transaction; a later
    close may repeat the stored float but not change it, and a refused close sets nothing."""
    _cash_sale(station, farmer, 1500)
    with pytest.raises(InvalidInput):
        station.reports.close_day("2026-11-23", 21500, opening_float_fen=20000)  # future day
    assert station.setting("opening_float_fen") is None
    station.reports.close_day("2026-11-22", 21500, opening_float_fen=20000)
    assert station.setting("opening_float_fen") == 20000
    row = station.records.one("SELECT * FROM day_closes")
    assert (row["opening_cash_fen"], row["expected_cash_fen"], row["difference_fen"]) == (
        20000,
        21500,
        0,
    )
    station.reports.close_day("2026-11-22", 21500, opening_float_fen=20000)  # a recount
    with pytest.raises(InvalidState) as info:
        station.reports.close_day("2026-11-22", 21500, opening_float_fen=30000)
    assert info.value.code == "float_after_close"
    assert len(station.records.all("SELECT * FROM day_closes")) == 2
    assert station.check() == []
