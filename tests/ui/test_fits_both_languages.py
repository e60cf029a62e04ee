"""Nothing cut off in either language (issue 12 walk-through): the lists' columns are as wide
as their headings and values, the farmer list and the consignment sales need no sideways
scrolling, and the short placeholders fit their fields, in Chinese and in English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QTableView

from servicepoint.core import payments as pay

from .conftest import find
from .test_consignment import choose_farmer, consignment, go_tab, open_batch


def cut_columns(table: QTableView) -> list[str]:
    """The headings narrower than their text."""
    header = table.horizontalHeader()
    return [
        str(table.model().headerData(c, header.orientation()))
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeFromContents(c).width()
    ]


def placeholder_fits(edit: QLineEdit) -> bool:
    """The placeholder in the room the text has: the style sheet's border (1 px) and padding
    (5 px) each side, Qt's own 2 px margin each side, and a pixel to spare for a glyph's
    overhang (issue 12: the fee's example touched the edge)."""
    room = edit.contentsRect().width() - 18 - (24 if edit.isClearButtonEnabled() else 0)
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room


@pytest.fixture
def stocked(app_window, farmer) -> Any:
    """A batch with a sale of it, ready to settle."""
    ctx, window = app_window
    batch = ctx.write(
        lambda st: st.consignment.intake(farmer.id, "eggs", 15000, "jin", floor_price_fen=800)
    )
    ctx.write(lambda st: st.consignment.sell(batch.id, 1000, 1000, [pay.cash(2000)]))
    return ctx, window


@contextmanager
def speaking(ctx: Any, lang: str) -> Iterator[None]:
    """The window in ``lang`` for the block, back in Chinese after it."""
    ctx.language_did_change.emit(lang)
    try:
        yield
    finally:
        ctx.language_did_change.emit("zh_CN")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_lists_and_placeholders_fit(stocked, qtbot, lang):
    ctx, window = stocked
    with speaking(ctx, lang):
        screen = consignment(window, qtbot)
        table = find(screen, QTableView, "consStockTable")
        sales = open_batch(qtbot, screen)
        qtbot.waitUntil(lambda: sales.model().rowCount() == 1)
        qtbot.wait(50)
        assert not cut_columns(table) and not cut_columns(sales)
        assert sales.horizontalScrollBar().maximum() == 0
        go_tab(qtbot, screen, 2)
        choose_farmer(qtbot, screen, "settleFarmer", "zs")
        settle = find(screen, QTableView, "settleSales")
        qtbot.waitUntil(lambda: settle.model().rowCount() == 1)
        qtbot.wait(50)
        assert not cut_columns(settle) and settle.horizontalScrollBar().maximum() == 0
        for name in ("settleFarmerSearch", "settleFeeDesc", "settleFees", "settleOffset"):
            edit = find(screen, QLineEdit, name)
            assert placeholder_fits(edit), (name, edit.placeholderText(), edit.width())
        window.go("farmers")
        farmers = find(window.screens["farmers"], QTableView, "farmersTable")
        qtbot.waitUntil(lambda: farmers.model().rowCount() == 1)
        qtbot.wait(50)
        assert not cut_columns(farmers) and farmers.horizontalScrollBar().maximum() == 0
