"""The unprinted list after the walk-through (issue 12): a receipt printed late is the receipt
as issued, the list reprints on its own keys, names each printout's kind and lets a row go
once its copy is out; the test page tells station time; saving a working printer ends the
no-printer message.

Printers are simulated as in test_print_banner.py: no printer is an empty list of printers,
a PDF printer is ``SERVICEPOINT_PRINT_TO_PDF`` (the ``printed`` fixture).  Copies are read
back with pdftotext."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from servicepoint.core import payments as pay
from servicepoint.core import unprinted
from servicepoint.core.purchasing import LineInput
from servicepoint.printing import test_page
from servicepoint.printing.layout import Text
from servicepoint.ui import printing
from servicepoint.ui.widgets.unprinted_list import UnprintedDialog

from .conftest import find
from .test_print_banner import banner, banner_text, counted, no_printer, pdf_text, wait_banner

__all__ = ["no_printer"]  # the fixture, used by name


def two_platform_order(station: Any, farmer: Any) -> Any:
    lines = [
        LineInput(1, name="化肥", unit_price_fen=5000, platform="京东"),
        LineInput(1, name="种子", unit_price_fen=3000, platform="拼多多"),
    ]
    return station.purchasing.place(farmer.id, lines, [pay.cash(8000)])


def open_list(window: Any) -> tuple[UnprintedDialog, QTableWidget]:
    banner(window).list_action.trigger()
    dialog = find(window, UnprintedDialog, "unprintedDialog")
    return dialog, find(dialog, QTableWidget, "unprintedTable")


def test_a_late_reprint_is_the_receipt_as_issued_and_leaves_the_list(
    app_window, qtbot, station, farmer, no_printer, printed, monkeypatch, auto_answer
):
    """The walk-through: a purchase receipt kept for want of a printer, then the order was
    bought on two platforms, picked up and a line returned.  The list names the purchase
    receipt and the pickup slip by kind, starts with the list focused, and R on the purchase
    receipt with a PDF printer writes the receipt as issued (已付款待下单, no platform numbers,
    nothing returned, not a reprint); the row leaves and the count drops."""
    ctx, window = app_window
    order = two_platform_order(station, farmer)
    assert ctx.printer.print(window, order.number)
    wait_banner(qtbot, window, order.number)
    station.purchasing.mark_ordered(order.id, [("jd", "JD-111"), ("pdd", "PDD-222")])
    station.purchasing.mark_arrived(order.id)
    _, pickup = station.purchasing.complete(order.id)
    assert ctx.printer.print(window, pickup.number)
    qtbot.waitUntil(lambda: unprinted.unprinted_count(station) == 2)
    second = station.purchasing.get(order.id).lines[1]
    station.purchasing.return_lines(order.id, "坏了", [second.id])
    monkeypatch.setenv("SERVICEPOINT_PRINT_TO_PDF", str(printed))  # a PDF printer now

    dialog, table = open_list(window)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is table  # Enter/R/P reach the list, not 打开文件夹
    kinds = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert kinds == {order.number: "代购收据", pickup.number: "取货单"}
    preview = find(dialog, QPushButton, "unprintedPreview")
    assert preview.text() == "预览(&P)"

    table.selectRow(next(r for r in range(2) if table.item(r, 0).text() == order.number))
    qtbot.keyClick(table, Qt.Key.Key_R)
    state = find(dialog, QLabel, "unprintedState")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == pickup.number
    assert unprinted.unprinted_count(station) == 1
    assert "正在打印" not in state.text() and order.number in state.text()
    assert "（1）" in banner(window).list_action.text()
    text = pdf_text(printed / f"{order.number}.pdf")
    assert "已付款待下单" in text and "凭此单到服务站取货" in text
    for later in ("部分退货", "已退货", "JD-111", "PDD-222", "重印"):
        assert later not in text, later
    assert counted(station, order.number) == 1 and auto_answer == []


def test_a_reprint_that_fails_says_so_and_the_row_stays(
    app_window, qtbot, station, farmer, no_printer, auto_answer
):
    """With still no printer, R keeps the row and says it was not printed again."""
    ctx, window = app_window
    order = two_platform_order(station, farmer)
    ctx.printer.print(window, order.number)
    wait_banner(qtbot, window, order.number)
    dialog, table = open_list(window)
    qtbot.keyClick(table, Qt.Key.Key_R)
    state = find(dialog, QLabel, "unprintedState")
    qtbot.waitUntil(lambda: "仍留在列表里" in state.text(), timeout=10_000)
    assert table.rowCount() == 1 and unprinted.is_unprinted(station, order.number)


def test_the_list_names_every_kind(app_window, qtbot, station, farmer):
    """Each receipt kind has its own name in the 类型 column, in Chinese and in English."""
    ctx, window = app_window
    dialog = UnprintedDialog(ctx, window)
    qtbot.addWidget(dialog)
    names = dialog.kind_names()
    from servicepoint.core.receipts import KINDS

    assert set(KINDS) <= set(names)
    assert names["pickup"] == "取货单" and names["day_close"] == "日结单"
    assert names["return"] == "退货退款单" and names["void"] == "作废单"
    assert len({names[k] for k in KINDS}) == len(KINDS)


def test_saving_a_pdf_printer_ends_the_no_printer_message(
    app_window, qtbot, station, farmer, no_printer
):
    """The banner "没有找到打印机…" goes once the printer is set to PDF and saved."""
    ctx, window = app_window
    order = two_platform_order(station, farmer)
    ctx.printer.print(window, order.number)
    assert "没有找到打印机" in wait_banner(qtbot, window, order.number)
    ctx.write(lambda st: st.set_setting("receipt_width", "58"))  # still no printer
    assert banner(window).isVisible() and "没有找到打印机" in banner_text(window)
    ctx.write(lambda st: st.set_setting("printer_name", "PDF"))
    assert not banner(window).isVisible()


def test_the_test_page_tells_station_time(monkeypatch):
    """On a PC whose clock runs in UTC, the test page prints China time like the receipts
    (the walker's page said 19:00 when its receipts said 03:00 the next day)."""
    instant = datetime(2026, 12, 3, 19, 0, 48, tzinfo=UTC)

    class UtcMachine(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return instant.astimezone(tz) if tz is not None else instant.replace(tzinfo=None)

    # the test page is laid out in servicepoint.printing.test_page (ui.printing re-exports it)
    monkeypatch.setattr(test_page, "datetime", UtcMachine)
    flow = printing.test_page_flow("甘界村服务站", "80")
    texts = [op.text for page in flow.pages for op in page if isinstance(op, Text)]
    assert any("打印时间 2026-12-04 03:00:48" in t for t in texts), texts


def test_a_receipt_printed_before_reprints_as_a_reprint(
    app_window, qtbot, station, farmer, printed
):
    """Once a copy has come out, the next one is marked 重印 (copy 1), as it always was."""
    ctx, window = app_window
    order = two_platform_order(station, farmer)
    assert ctx.printer.print(window, order.number)
    assert ctx.printer.print(window, order.number)
    assert "重印" not in pdf_text(printed / f"{order.number}.pdf")
    [second] = printed.glob(f"{order.number}-copy*.pdf")
    assert "重印" in pdf_text(second)
