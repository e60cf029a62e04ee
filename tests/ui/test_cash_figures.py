"""Issue 12 walk-through: the cash figures on Home and on F7's daily close add up to the
drawer amount they show, before and after a close inside the day (the drawer counts from the
last count, the takings cover the whole day), and a count with a difference needs a reason."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidInput
from servicepoint.core.purchasing import LineInput

from .conftest import find

_AMOUNT = re.compile(r"(-?)¥([\d,]+)\.(\d\d)")


def _fen(line: str) -> int:
    sign, yuan, jiao = _AMOUNT.findall(line)[-1]
    return (-1 if sign else 1) * (int(yuan.replace(",", "")) * 100 + int(jiao))


def _sell(ctx, farmer, fen: int) -> None:
    line = LineInput(1, name="seed", unit_price_fen=fen, category_code="agri")
    ctx.write(lambda st: st.purchasing.place(farmer.id, [line], [pay.cash(fen)]))


def _home_drawer(window, qtbot) -> list[str]:
    label = find(window, QLabel, "home_drawer")
    label.setText("")  # so the wait below sees the new figures, not the last ones
    window.go("home")
    window.screens["home"].refresh()
    qtbot.waitUntil(lambda: "…" not in label.text() and label.text() != "")
    return label.text().splitlines()


def _adds_up(lines: list[str]) -> int:
    """start + in − out = the last line; returns the drawer amount."""
    start, cash_in, cash_out, total = (_fen(x) for x in lines)
    assert start + cash_in - cash_out == total, lines
    return total


def test_home_and_f7_cash_figures_add_up_before_and_after_a_close(app_window, qtbot, farmer):
    ctx, window = app_window
    station = ctx.station
    day = station.clock.now().date().isoformat()
    _sell(ctx, farmer, 68925)
    ctx.write(lambda st: st.set_setting("opening_float_fen", 5000))
    lines = _home_drawer(window, qtbot)
    assert _adds_up(lines) == 5000 + 68925
    assert _fen(lines[0]) == 5000  # the opening float

    ctx.write(
        lambda st: st.reports.close_day(day, 5000 + 68925 - 425, "找零找错")
    )  # ¥4.25 short, with a reason
    _sell(ctx, farmer, 2000)
    lines = _home_drawer(window, qtbot)
    # counted then ¥735.00, ¥20.00 in since: the drawer says ¥755.00 and the lines show why
    assert _adds_up(lines) == 5000 + 68925 - 425 + 2000
    assert _fen(lines[0]) == 5000 + 68925 - 425 and _fen(lines[1]) == 2000
    assert find(window, QLabel, "homeTakingsTotal").text() == "¥709.25"  # the whole day

    window.go("reports")
    screen = window.screens["reports"]
    panel = screen.day
    screen.tabs.setCurrentWidget(panel)
    panel.load()
    qtbot.waitUntil(lambda: panel.data is not None and not panel.loading)
    figures = [
        _fen(find(screen, QLabel, f"reportsCash{k}").text())
        for k in ("Opening", "CashIn", "CashOut", "Expected")
    ]
    assert figures[0] + figures[1] - figures[2] == figures[3] == 5000 + 68925
    # the drawer panel says it runs from the float to the close; the table, the whole day
    period = find(screen, QLabel, "reportsDrawerPeriod").text()
    closed_at = panel.data.daily.closed_at[11:16]
    assert closed_at in period
    assert panel.methods.rows[0].received_fen == 70925
    title = find(screen, QGroupBox, "reportsTakingsBox").title()
    assert title == panel.tr("Takings by payment method, whole day")


def test_a_close_with_a_difference_and_no_reason_is_refused(station, farmer):
    """Short by ¥4.25 and no note: refused in both languages, nothing written."""
    day = station.clock.now().date().isoformat()
    station.purchasing.place(
        farmer.id,
        [LineInput(1, name="seed", unit_price_fen=1000, category_code="agri")],
        [pay.cash(1000)],
    )
    with pytest.raises(InvalidInput) as refused:
        station.reports.close_day(day, 575, "  ")
    assert refused.value.code == "close_difference_needs_note"
    assert "¥5.75" in refused.value.message("zh_CN") and "原因" in refused.value.message("zh_CN")
    assert "reason" in refused.value.message("en")
    assert station.records.all("SELECT * FROM day_closes") == []
    station.reports.close_day(day, 1000)  # exact: no note needed
    assert len(station.records.all("SELECT * FROM day_closes")) == 1
