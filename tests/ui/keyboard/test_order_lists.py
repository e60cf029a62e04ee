"""Order lists as the operator reads them (issue 12): a cancelled and a voided order are struck
through at ¥0.00, a partial return reads 部分退货 with the net amount, on F4's list and on the
farmer's own page (F6, reached by keys), which showed the full amount and 已取货 before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput

from .conftest import focused

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def rice(grams: int) -> LineInput:
    return LineInput(grams, name="rice", unit_price_fen=1250, unit_code="jin", category_code="food")


def place_four(station, farmer):
    p = station.purchasing
    kept = p.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    cancelled = p.place(farmer.id, [rice(1000)], [pay.cash(2500)])
    p.cancel(cancelled.id, "no longer wanted")
    voided = p.place(farmer.id, [rice(3650)], [pay.cash(9125)])
    station.receipts.void(voided.number, "typed wrong")
    partly = p.place(farmer.id, [rice(3650), rice(1000)], [pay.cash(11625)])
    p.mark_ordered(partly.id, [("jd", "JD-1")])
    p.mark_arrived(partly.id)
    p.complete(partly.id)
    p.return_lines(partly.id, "broken", [partly.lines[1].id])
    return {"kept": kept, "cancelled": cancelled, "voided": voided, "partly": partly}


def shown(model, row: int) -> tuple[str, str, bool]:
    """(status, amount, struck through) of a list row."""
    font = model.data(model.index(row, 0), Qt.ItemDataRole.FontRole)
    return (
        model.data(model.index(row, 2 if model.columnCount() == 5 else 3)),
        model.data(model.index(row, 3 if model.columnCount() == 5 else 4)),
        bool(font is not None and font.strikeOut()),
    )


EXPECTED = {
    "kept": ("已付款待下单", "¥25.00", False),
    "cancelled": ("已取消", "¥0.00", True),
    "voided": ("已作废", "¥0.00", True),
    "partly": ("部分退货", "¥91.25", False),  # ¥116.25 less the ¥25.00 returned
}


def test_f4_and_the_farmers_page_strike_out_cancelled_and_show_the_net(
    keys, station, farmer, qtbot
):
    orders = place_four(station, farmer)
    screen = keys.open("orders")
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    model = screen.model
    for key, order in orders.items():
        assert shown(model, model.position(order.id)) == EXPECTED[key], key
    grey = model.data(model.index(model.position(orders["voided"].id), 2), FOREGROUND)
    assert grey.name() == "#8a8a8a"  # greyed as well: in CJK the line hides in strokes

    farmers = keys.open("farmers")
    keys.type("zs")  # 张三 by pinyin initials, Enter into the list
    qtbot.waitUntil(lambda: farmers.proxy.rowCount() == 1)
    keys.enter()
    qtbot.waitUntil(lambda: farmers.page.data is not None)
    assert focused() == "farmersTable"
    page = farmers.page.models["orders"]
    qtbot.waitUntil(lambda: page.rowCount() == 4)
    by_id = {page.row(n).id: n for n in range(page.rowCount())}
    for key, order in orders.items():
        assert shown(page, by_id[order.id]) == EXPECTED[key], key
