"""Printing that tells the truth (issue 12, findings 1 and 8), driven through the window.

Printers are simulated: "no printer" replaces the system's list of printers with an empty
one; "a printer that fails mid-job" is a PDF QPrinter whose painting raises (a paper jam);
"PDF mode" is the station's printer set to ``PDF``.  What the window says is read from its
widgets, and the kept copies are read back from ``unprinted/`` with pdftotext.
"""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableWidget

from servicepoint.core import payments as pay
from servicepoint.core import unprinted
from servicepoint.core.purchasing import LineInput
from servicepoint.printing.layout import paper
from servicepoint.ui import printing
from servicepoint.ui.print_preview import PREVIEW_DPI, PreviewDialog, flow_image, printout_image
from servicepoint.ui.widgets import print_banner
from servicepoint.ui.widgets.unprinted_list import UnprintedDialog

from .conftest import find
from .test_consignment import consignment, intake_chickens
from .test_printing import pdf_printer
from .test_purchase import CATALOGUE, choose_farmer, focused, press, type_

PRINTED_WORDS = re.compile(r"已打印|\bprinted\b", re.I)


def pdf_text(path: Path) -> str:
    assert path.exists(), path
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def banner(window: Any) -> print_banner.PrintBanner:
    return find(window, print_banner.PrintBanner, "printBanner")


def banner_text(window: Any) -> str:
    return find(banner(window), QLabel, "printBannerText").text()


def order_for(station: Any, farmer: Any) -> str:
    order = station.purchasing.place(
        farmer.id, [LineInput(2, name="种子", unit_price_fen=3000)], [pay.cash(6000)]
    )
    return str(order.number)


def counted(station: Any, number: str) -> int:
    receipt = station.receipts.get(number)
    return int(
        station.records.scalar(
            "SELECT COUNT(*) FROM receipt_prints WHERE receipt_id = ?", (receipt.id,)
        )
    )


@pytest.fixture
def no_printer(monkeypatch, printed):
    """A PC with no printer installed (and no PDF folder for the tests)."""
    monkeypatch.delenv("SERVICEPOINT_PRINT_TO_PDF")
    monkeypatch.setattr(printing, "printer_names", lambda: ([], ""))


@pytest.fixture
def jammed(monkeypatch, printed, station, tmp_path):
    """A printer that is there (no print dialog) but fails in the middle of every job; the
    returned list collects each job's output file.  ``jammed.clear()`` fixes the jam."""
    monkeypatch.delenv("SERVICEPOINT_PRINT_TO_PDF")
    station.set_setting("print_without_dialog", True)
    outputs: list[Path] = []

    def find_printer(_name: str = "") -> tuple[Any, str]:
        outputs.append(tmp_path / f"out-{len(outputs)}.pdf")
        return pdf_printer(outputs[-1], 203), ""

    real = printing.paint_flow

    def broken(*args: Any, **kwargs: Any) -> int:
        if jam:
            raise OSError("paper jam")
        return real(*args, **kwargs)

    jam = [True]
    monkeypatch.setattr(printing, "find_printer", find_printer)
    monkeypatch.setattr(printing, "paint_flow", broken)
    return outputs, jam


def wait_banner(qtbot: Any, window: Any, number: str) -> str:
    qtbot.waitUntil(lambda: banner(window).isVisible() and number in banner_text(window))
    return banner_text(window)


def test_no_printer_purchase_is_kept_not_printed(
    app_window, qtbot, station, farmer, no_printer, auto_answer
):
    """A purchase paid in cash with no printer: the result line never says printed, no dialog
    pops up, the banner names the receipt in Chinese with 重印 and 存为 PDF, the PDF of that
    receipt is in unprinted/, nothing is counted as printed, and the list has it."""
    import io

    station.catalogue.import_csv(io.StringIO(CATALOGUE))
    _ctx, window = app_window
    qtbot.keyClick(window, Qt.Key.Key_F3)
    screen = window.screens["purchase"]
    qtbot.waitUntil(lambda: focused() == "purchaseFarmerSearch")
    choose_farmer(qtbot)
    type_(qtbot, "ymzz")
    press(qtbot, Qt.Key.Key_Return)
    type_(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # on to the payment
    type_(qtbot, "100")
    press(qtbot, Qt.Key.Key_Return)
    [row] = station.purchasing.list()
    number = station.purchasing.get(row["id"]).number

    text = wait_banner(qtbot, window, number)
    assert "没有找到打印机" in text and not PRINTED_WORDS.search(text.replace("没有打印", ""))
    assert "No printer" not in text  # one language
    result = find(screen, QLabel, "purchaseResult").text()
    assert number in result and not PRINTED_WORDS.search(result)
    assert auto_answer == []  # no modal dialog
    for name, label in (("printBannerReprint", "重印"), ("printBannerSavePdf", "存为 PDF")):
        button = find(banner(window), QPushButton, name)
        assert button.isVisible() and label in button.text()
    kept = unprinted.folder(station) / f"{number}.pdf"
    assert kept.read_bytes().startswith(b"%PDF") and number in pdf_text(kept)
    assert counted(station, number) == 0  # nothing printed, nothing counted
    assert [(e.number, e.kind) for e in unprinted.entries(station)] == [(number, "receipt")]
    assert unprinted.unprinted_count(station) == 1


def test_no_printer_is_said_once_per_session(
    app_window, qtbot, station, farmer, no_printer, auto_answer
):
    """One intake prints a receipt and a label: one banner, no dialog.  Closed, the banner
    stays closed for later receipts; the menu's count still grows and the list has them all."""
    ctx, window = app_window
    screen = consignment(window, qtbot)
    intake_chickens(qtbot, screen)
    [batch] = station.consignment.batches()
    intake = station.receipts.get(batch.receipt_id).number
    qtbot.waitUntil(lambda: unprinted.unprinted_count(station) == 2)
    qtbot.waitUntil(lambda: banner(window).isVisible())
    assert auto_answer == []
    assert "没有找到打印机" in banner_text(window)
    qtbot.mouseClick(
        find(banner(window), QPushButton, "printBannerClose"), Qt.MouseButton.LeftButton
    )
    assert not banner(window).isVisible()

    later = order_for(station, farmer)
    assert ctx.printer.print(window, later)
    qtbot.waitUntil(lambda: unprinted.unprinted_count(station) == 3)
    qtbot.waitUntil(lambda: "（3）" in banner(window).list_action.text())
    assert not banner(window).isVisible() and auto_answer == []
    assert banner(window).list_action in window.menu_station.actions()
    label = unprinted.folder(station) / f"{batch.trace_code}-label.pdf"
    assert batch.trace_code in pdf_text(label)
    assert {e.number for e in unprinted.entries(station)} == {intake, later, batch.trace_code}


def test_failed_print_is_kept_and_reprinted_from_the_list(
    app_window, qtbot, station, farmer, jammed, auto_answer
):
    """A printer that fails mid-job: no 已打印 anywhere, the banner says why, the receipt is
    in unprinted/; from the list (menu action), select + Enter reprints it, and once it has
    printed it leaves the list and the banner says 已打印."""
    outputs, jam = jammed
    ctx, window = app_window
    number = order_for(station, farmer)
    finished: list[tuple[str, bool, str]] = []
    ctx.printer.did_print.connect(lambda *args: finished.append(args))
    assert ctx.printer.print(window, number)
    text = wait_banner(qtbot, window, number)
    assert finished and finished[0][:2] == (number, False)
    assert not PRINTED_WORDS.search(text.replace("没有打印", "")) and "paper jam" in text
    assert "交易已保存" in text and auto_answer == []
    kept = unprinted.folder(station) / f"{number}.pdf"
    assert number in pdf_text(kept)

    banner(window).list_action.trigger()
    dialog = find(window, UnprintedDialog, "unprintedDialog")
    table = find(dialog, QTableWidget, "unprintedTable")
    assert dialog.isVisible() and table.rowCount() == 1 and table.item(0, 0).text() == number
    jam.clear()  # the paper is fixed
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10_000)
    printing.print_pool().waitForDone(10_000)
    assert len(outputs) == 2 and counted(station, number) == 2  # Enter printed once, not twice
    assert not kept.exists() and unprinted.unprinted_count(station) == 0
    assert number in pdf_text(outputs[-1])
    assert "重印" not in pdf_text(outputs[-1])  # the first paper copy is the original
    assert f"收据 {number} 已打印" in banner_text(window)
    assert finished[-1][:2] == (number, True)


def test_r_key_reprints_and_a_failure_stays_listed(
    app_window, qtbot, station, farmer, jammed, auto_answer
):
    """R in the list reprints; a second failure keeps the receipt listed and says so, never
    "printed".  The original never reached paper, so the retry is still the original (one
    kept copy, not marked 重印), though both attempts are counted."""
    ctx, window = app_window
    number = order_for(station, farmer)
    ctx.printer.print(window, number)
    wait_banner(qtbot, window, number)
    dialog = UnprintedDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = find(dialog, QTableWidget, "unprintedTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_R)
    state = find(dialog, QLabel, "unprintedState")
    qtbot.waitUntil(lambda: "仍留在列表里" in state.text(), timeout=10_000)
    assert not PRINTED_WORDS.search(state.text())
    [entry] = unprinted.entries(station)
    assert entry.number == number and entry.files == 1  # still the original
    assert counted(station, number) == 2
    assert "重印" not in pdf_text(entry.path)


def test_pdf_mode_names_the_file_and_opens_its_folder(
    app_window, qtbot, station, farmer, monkeypatch, auto_answer
):
    """With the printer set to PDF the banner names the file (not 已打印) and Open folder asks
    the system to show that folder."""
    monkeypatch.delenv("SERVICEPOINT_PRINT_TO_PDF")
    station.set_setting("printer_name", "PDF")
    opened: list[QUrl] = []
    monkeypatch.setattr(print_banner, "open_url", lambda url: opened.append(url) or True)
    ctx, window = app_window
    number = order_for(station, farmer)
    ctx.printer.print(window, number)
    text = wait_banner(qtbot, window, number)
    path = station.path.parent / "receipts" / f"{number}.pdf"
    assert str(path) in text and not PRINTED_WORDS.search(text)
    assert number in pdf_text(path)
    folder_button = find(banner(window), QPushButton, "printBannerOpenFolder")
    assert folder_button.isVisible()
    qtbot.mouseClick(folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(path.parent))]
    assert unprinted.unprinted_count(station) == 0 and auto_answer == []


def test_save_as_pdf_from_the_banner(
    app_window, qtbot, station, farmer, no_printer, monkeypatch, tmp_path
):
    """存为 PDF asks where, and writes that receipt's PDF there; it stays unprinted."""
    target = tmp_path / "usb" / "copy"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)")
    )
    ctx, window = app_window
    number = order_for(station, farmer)
    ctx.printer.print(window, number)
    wait_banner(qtbot, window, number)
    save = find(banner(window), QPushButton, "printBannerSavePdf")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = target.with_name("copy.pdf")
    assert number in pdf_text(saved)
    assert str(saved) in banner_text(window)
    assert unprinted.is_unprinted(station, number)


def test_preview_is_the_printed_layout_and_needs_no_printer(
    app_window, qtbot, station, farmer, monkeypatch
):
    """The preview paints the receipt's layout at the paper's width (80 mm at 150 dpi), with
    ink on it, without asking for a printer; Settings previews the test page at the chosen
    width, and the banner's 预览 opens the receipt's preview."""

    def no_printer_please(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a preview asked for a printer")

    _ctx, window = app_window
    number = order_for(station, farmer)
    monkeypatch.setattr(printing, "find_printer", no_printer_please)
    image = printout_image(station, "receipt", number, "80")
    assert image.width() == math.ceil(paper("80").width * PREVIEW_DPI / 72)  # the roll's width
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200
    narrow = flow_image(printing.test_page_flow("甘界村服务站", "58"))
    narrow_width = math.ceil(paper("58").width * PREVIEW_DPI / 72)
    assert narrow.width() == narrow_width < image.width()

    settings = window.screens["settings"]
    window.go("settings")
    width = settings.width_combo
    width.setCurrentIndex(width.findData("58"))
    qtbot.mouseClick(find(settings, QPushButton, "settingsPreview"), Qt.MouseButton.LeftButton)
    dialog = settings.findChild(PreviewDialog, "printPreview")
    assert dialog is not None and dialog.isVisible() and dialog.image.width() == narrow_width
    dialog.close()


def test_test_page_to_pdf_names_the_file(app_window, qtbot, printed, monkeypatch):
    """The test page kept as a PDF says where the file is, in Chinese only (it used to say
    "测试页已打印。 The test page was printed.")."""
    _ctx, window = app_window
    window.go("settings")
    screen = window.screens["settings"]
    qtbot.mouseClick(find(screen, QPushButton, "settingsTestPage"), Qt.MouseButton.LeftButton)
    state = find(screen, QLabel, "settingsTestState")
    qtbot.waitUntil(lambda: "test-page.pdf" in state.text(), timeout=30_000)
    assert state.text() == f"测试页已存为 {printed / 'test-page.pdf'}"


def test_no_printer_test_page_speaks_one_language(app_window, qtbot, no_printer):
    """No printer: the test page's message is Chinese only."""
    _ctx, window = app_window
    window.go("settings")
    screen = window.screens["settings"]
    qtbot.mouseClick(find(screen, QPushButton, "settingsTestPage"), Qt.MouseButton.LeftButton)
    state = find(screen, QLabel, "settingsTestState")
    qtbot.waitUntil(lambda: "没有找到打印机" in state.text(), timeout=30_000)
    assert not re.search(r"[A-Za-z]{3,}", state.text()), state.text()


def test_orders_preview_before_reprint(app_window, qtbot, station, farmer, printed):
    """In Orders, 预览 (Ctrl+Alt+P) shows the selected receipt as it prints, counting
    nothing; its Print button then prints it."""
    from .test_orders import click, click_row, orders_screen

    number = order_for(station, farmer)
    [row] = station.purchasing.list()
    screen = orders_screen(app_window, qtbot)
    click_row(qtbot, screen, row["id"])
    click(qtbot, screen, "orderPreview")
    dialog = screen.findChild(PreviewDialog, "printPreview")
    assert dialog is not None and dialog.isVisible() and dialog.image.height() > 300
    assert counted(station, number) == 0 and not (printed / f"{number}.pdf").exists()
    print_button = find(dialog, QPushButton, "printPreviewPrint")
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    assert number in pdf_text(printed / f"{number}.pdf")
    assert counted(station, number) == 1 and not dialog.isVisible()
