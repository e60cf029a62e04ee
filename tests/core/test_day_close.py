"""The day close counts the drawer at a moment (issue 10, cases 3 and 4).

A close's cut-off is the change-log position when the count is entered; its cash is every cash
movement after the previous count and up to it.  Whatever order closes are made in, every fen
of cash is in exactly one close, and the Z report shows the stored figures, never live ones.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from servicepoint.core import CHINA_TZ
from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidState, PaymentError
from servicepoint.core.purchasing import LineInput
from servicepoint.core.receipt_data import receipt_data


def cash_sale(station, farmer, fen: int):
    return station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=fen)], [pay.cash(fen)]
    )


def test_closing_yesterday_next_morning_counts_no_cash_twice(station, farmer, clock):
    """Day 1 takes ¥100 and stays open; day 2 takes ¥50 at 08:00; day 1 is closed at 08:30
    counting ¥150.  Nothing is over or short, and the Z report says it covers day 2's ¥50."""
    cash_sale(station, farmer, 10000)  # 2026-11-22 09:00
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=CHINA_TZ))
    cash_sale(station, farmer, 5000)
    clock.set(datetime(2026, 11, 23, 8, 30, tzinfo=CHINA_TZ))
    before = station.reports.daily("2026-11-22")
    assert before.drawer is not None and before.drawer.later_cash_fen == 5000
    assert before.drawer.later_days == ("2026-11-23",)
    z = station.reports.close_day("2026-11-22", 15000)
    day1 = station.reports.daily("2026-11-22")
    assert (day1.expected_cash_fen, day1.counted_cash_fen, day1.difference_fen) == (15000, 15000, 0)
    notes = " ".join(receipt_data(station, z.number).notes)
    assert "11-23" in notes and "50.00" in notes
    day2 = station.reports.daily("2026-11-23")
    assert (day2.opening_cash_fen, day2.cash_in_fen, day2.expected_cash_fen) == (15000, 0, 15000)
    clock.set(datetime(2026, 11, 23, 18, 0, tzinfo=CHINA_TZ))
    station.reports.close_day("2026-11-23", 15000)
    assert station.reports.daily("2026-11-23").difference_fen == 0
    assert station.check() == []


def test_a_day_counted_by_a_later_close_cannot_be_closed(station, farmer, clock):
    """Day 2 closed first (its count took day 1's cash): closing day 1 after it is refused
    with a message that says what to do, and writes nothing."""
    cash_sale(station, farmer, 10000)
    clock.advance(days=1)
    cash_sale(station, farmer, 5000)
    station.reports.close_day("2026-11-23", 15000)
    receipts = station.records.scalar("SELECT COUNT(*) FROM receipts")
    with pytest.raises(InvalidState) as info:
        station.reports.close_day("2026-11-22", 15000)
    assert info.value.code == "day_counted_in_later_close"
    assert "2026-11-23" in info.value.message("zh_CN")
    assert station.records.scalar("SELECT COUNT(*) FROM receipts") == receipts
    assert station.reports.daily("2026-11-22").counted_in_close_of == "2026-11-23"


def test_z_report_reprint_shows_the_stored_figures(station, farmer, clock):
    """Issue case 4: a ¥20 sale after the close changes neither the reprint nor the day's
    stored expected / counted / difference."""
    station.set_setting("opening_float_fen", 8000)
    cash_sale(station, farmer, 5000)
    z = station.reports.close_day("2026-11-22", 13000)
    first = receipt_data(station, z.number, record_print=True)
    clock.advance(minutes=5)
    cash_sale(station, farmer, 2000)
    again = receipt_data(station, z.number, record_print=True)
    assert again.reprint == 1
    assert (again.items, again.totals, again.fields, again.notes) == (
        first.items,
        first.totals,
        first.fields,
        first.notes,
    )
    lines = {i.name: i for i in again.items}
    assert "收 ¥50.00" in lines["现金"].detail
    totals = {t.label: t.amount_fen for t in again.totals}
    assert (totals["期初现金"], totals["现金收入"], totals["应有现金"]) == (8000, 5000, 13000)
    day = station.reports.daily("2026-11-22")
    assert (day.expected_cash_fen, day.counted_cash_fen, day.difference_fen) == (13000, 13000, 0)
    assert day.drawer is not None and day.drawer.expected_cash_fen == 15000  # a recount now
    assert station.check() == []


def test_opening_float_is_counted_and_fixed_after_the_first_close(station, farmer):
    """The manager's opening float (期初现金) opens the first count; after a close the drawer
    starts from the count, so changing the float is refused with the reason."""
    station.set_setting("opening_float_fen", 20000)
    cash_sale(station, farmer, 1500)
    day = station.reports.daily("2026-11-22")
    assert (day.opening_cash_fen, day.expected_cash_fen) == (20000, 21500)
    assert station.drawer.expected_now() == 21500
    station.reports.close_day("2026-11-22", 21500)
    with pytest.raises(InvalidState) as info:
        station.set_setting("opening_float_fen", 30000)
    assert info.value.code == "float_after_close"
    assert station.setting("opening_float_fen") == 20000


def test_check_finds_cash_counted_twice(station, farmer, clock):
    """`check` catches a close whose stored cash overlaps another's (what the old calendar
    close wrote in case 3)."""
    cash_sale(station, farmer, 10000)
    station.reports.close_day("2026-11-22", 10000)
    clock.advance(hours=1)
    cash_sale(station, farmer, 5000)
    station.reports.close_day("2026-11-22", 15000)
    assert station.check() == []
    station.db.execute("DROP TRIGGER IF EXISTS day_closes_no_update")
    for name in [
        r[0]
        for r in station.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'day_closes'"
        )
    ]:
        station.db.execute(f"DROP TRIGGER {name}")
    station.db.execute(
        "UPDATE day_closes SET cash_in_fen = 15000, expected_cash_fen = 25000, "
        "difference_fen = -10000 WHERE counted_cash_fen = 15000"
    )
    problems = station.check()
    assert any("counted twice or lost" in p for p in problems), problems


# -- every fen of cash in exactly one close ---------------------------------------------------

ops = st.lists(
    st.one_of(
        st.tuples(st.just("sale"), st.integers(1, 50_000)),
        st.tuples(st.just("refund"), st.just(0)),
        st.tuples(st.just("bank"), st.integers(1, 30_000)),
        st.tuples(st.just("close_today"), st.integers(-500, 500)),
        st.tuples(st.just("close_yesterday"), st.integers(-500, 500)),
        st.tuples(st.just("hours"), st.integers(1, 20)),
    ),
    min_size=1,
    max_size=30,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops)
def test_every_fen_of_cash_is_in_exactly_one_close(station, farmer, clock, steps):
    """Sales, refunds, banking and closes (today, yesterday the next morning, recounts) over
    several days: each cash movement lies in exactly one close's interval, each close's stored
    cash equals its interval, and the chain of counts carries every fen."""
    open_orders = []
    for op, value in steps:
        today = clock.now().date()
        try:
            if op == "sale":
                open_orders.append(cash_sale(station, farmer, value))
            elif op == "refund" and open_orders:
                station.purchasing.cancel(open_orders.pop().id, "农户不要了")
            elif op == "bank":
                station.drawer.bank(value)
            elif op.startswith("close"):
                day = today if op == "close_today" else today.fromordinal(today.toordinal() - 1)
                expected = station.drawer.expected_now()
                station.reports.close_day(day.isoformat(), max(0, expected + value), "点钞差异")
            elif op == "hours":
                clock.advance(hours=value)
        except (PaymentError, InvalidState):
            pass  # banking more than the drawer, or a day a later close already counted
    closes = station.records.all("SELECT * FROM day_closes ORDER BY change_seq")
    cash = station.records.all(
        "SELECT change_seq, amount_fen FROM payments WHERE method = 'cash' ORDER BY change_seq"
    )
    last = closes[-1]["change_seq"] if closes else 0
    bounds = [
        (closes[i - 1]["change_seq"] if i else 0, c["change_seq"]) for i, c in enumerate(closes)
    ]
    for p in cash:
        holders = [b for b in bounds if b[0] < p["change_seq"] <= b[1]]
        assert len(holders) == (1 if p["change_seq"] <= last else 0)
    float_ = int(station.setting("opening_float_fen", 0))
    counted_before = float_
    for i, c in enumerate(closes):
        lo = closes[i - 1]["change_seq"] if i else 0
        inside = [p["amount_fen"] for p in cash if lo < p["change_seq"] <= c["change_seq"]]
        assert c["opening_cash_fen"] == counted_before
        assert c["cash_in_fen"] - c["cash_out_fen"] == sum(inside)
        counted_before = c["counted_cash_fen"]
    after = sum(p["amount_fen"] for p in cash if p["change_seq"] > last)
    assert station.drawer.expected_now() == counted_before + after
    assert station.check() == []


def test_a_count_names_earlier_unclosed_days(station, farmer, clock):
    """Closing today when yesterday was never closed: the count takes yesterday's cash in,
    the drawer and the Z report say so."""
    cash_sale(station, farmer, 8000)
    clock.advance(days=1)
    cash_sale(station, farmer, 1500)
    drawer = station.reports.daily("2026-11-23").drawer
    assert drawer is not None
    assert (drawer.earlier_cash_fen, drawer.earlier_days) == (8000, ("2026-11-22",))
    assert (drawer.cash_in_fen, drawer.since) == (9500, None)
    z = station.reports.close_day("2026-11-23", 9500)
    notes = " ".join(receipt_data(station, z.number).notes)
    assert "11-22" in notes and "80.00" in notes
