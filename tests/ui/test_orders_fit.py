"""Orders (F4) at the 1366×728 work area: the list's columns fit its width, with no sideways
scrolling, and the platform orders column (the last) keeps room for a platform and its number;
a longer list of numbers is cut with … and shown whole in the cell's tooltip (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_order_list_fits_without_scrolling_sideways(app_window, station, farmer, qtbot, lang):
    ctx, window = app_window
    ctx.language_did_change.emit(lang)
    line = LineInput(1, name="seed", unit_price_fen=3000, platform="JD", category_code="agri")
    order = station.purchasing.place(farmer.id, [line], [pay.cash(3000, 3000)])
    long_no = "JD-" + "9" * 30
    station.purchasing.mark_ordered(order.id, long_no)
    window.resize(1366, 728)
    window.go("orders")
    screen = window.screens["orders"]
    qtbot.waitUntil(lambda: screen.loaded_once and not screen.loading, timeout=10_000)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    qtbot.wait(50)  # the columns are sized again once the table has its new width
    table = screen.table
    header = table.horizontalHeader()
    last = screen.model.columnCount() - 1
    print(
        lang,
        [header.sectionSize(n) for n in range(last + 1)],
        table.viewport().width(),
        header.minimumSectionSize(),
    )
    assert table.horizontalScrollBar().maximum() == 0
    used = sum(header.sectionSize(n) for n in range(last + 1))
    assert used <= table.viewport().width()
    shown = table.fontMetrics().horizontalAdvance("京东 JD-12345678")
    assert header.sectionSize(last) >= shown  # a platform and most of its number show
    index = screen.model.index(0, last)
    assert long_no in screen.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
