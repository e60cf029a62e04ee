"""The ESC/POS printer wizard in Settings, and receipts printed through the printer it saves.

The wizard prints its test page in text and in raster mode to the connection chosen (a file
here, read back by the tests' ESC/POS decoder), saves the answer to "which looks right?" with
the paper and the cash drawer as station settings, and "neither" returns receipts to the
system's printer driver.  A receipt then goes to that printer off the GUI thread: a cash sale
kicks the drawer after the cut, and a printer that refuses the job leaves the receipt in
未打印 with its PDF kept.
"""

from __future__ import annotations

import socket

from printing.escpos_decode import decode
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton

from servicepoint.core import payments as pay
from servicepoint.core import unprinted
from servicepoint.core.purchasing import LineInput
from servicepoint.printing.test_page import TEST_PAYLOAD
from servicepoint.ui.widgets.settings_printer import PrinterWizard

from .conftest import find

CLICK = Qt.MouseButton.LeftButton


def _wizard(window, qtbot) -> PrinterWizard:
    window.go("settings")
    screen = window.screens["settings"]
    qtbot.mouseClick(find(screen, QPushButton, "settingsPrinterWizard"), CLICK)
    wizard = screen.findChild(PrinterWizard, "printerWizard")
    assert wizard is not None and wizard.isVisible()
    return wizard


def _test_page(wizard, qtbot, mode: str) -> str:
    state = find(wizard, QLabel, "wizardTestState")
    qtbot.mouseClick(find(wizard, QPushButton, f"wizardTest_{mode}"), CLICK)
    qtbot.waitUntil(
        lambda: find(wizard, QPushButton, f"wizardTest_{mode}").isEnabled(), timeout=30_000
    )
    return state.text()


def test_the_wizard_prints_both_test_pages_and_saves_the_choice(app_window, qtbot, tmp_path):
    ctx, window = app_window
    station = ctx.station
    wizard = _wizard(window, qtbot)
    out = tmp_path / "printer.bin"
    device = find(wizard, QComboBox, "wizardDevice")
    device.setEditText(f"file:{out}")
    width = find(wizard, QComboBox, "wizardWidth")
    width.setCurrentIndex(width.findData("58"))

    assert _test_page(wizard, qtbot, "text") == "测试页已打印。"
    page = decode(out.read_bytes())
    assert page.qr_payloads == [TEST_PAYLOAD.encode()] and "ESC/POS text" in page.text
    assert station.identity.name in page.text and page.cuts == 1
    assert _test_page(wizard, qtbot, "raster") == "测试页已打印。"
    image = decode(out.read_bytes()).image()
    assert image.width == 384 and image.height > 400

    find(wizard, QRadioButton, "wizardChoice_raster").setChecked(True)
    drawer = find(wizard, QComboBox, "wizardDrawer")
    drawer.setCurrentIndex(drawer.findData("2"))
    qtbot.mouseClick(find(wizard, QPushButton, "wizardSave"), CLICK)
    assert find(wizard, QLabel, "wizardSaveState").text() == "已保存。"
    assert station.setting("escpos_device") == f"file:{out}"
    assert station.setting("escpos_mode") == "raster"
    assert station.setting("receipt_width") == "58"
    assert station.setting("cash_drawer") == "2"

    # reopened, the wizard shows what was saved; "neither" goes back to the system driver
    wizard.close()
    again = _wizard(window, qtbot)
    assert again.device_text() == f"file:{out}" and again.choice() == "raster"
    find(again, QRadioButton, "wizardChoice_driver").setChecked(True)
    qtbot.mouseClick(find(again, QPushButton, "wizardSave"), CLICK)
    assert station.setting("escpos_device") == ""


def test_a_typo_in_the_connection_is_refused_before_printing(app_window, qtbot):
    ctx, window = app_window
    wizard = _wizard(window, qtbot)
    find(wizard, QComboBox, "wizardDevice").setEditText("lpt1")
    qtbot.mouseClick(find(wizard, QPushButton, "wizardTest_text"), CLICK)
    assert "lpt1" in find(wizard, QLabel, "wizardTestState").text()
    find(wizard, QRadioButton, "wizardChoice_text").setChecked(True)
    qtbot.mouseClick(find(wizard, QPushButton, "wizardSave"), CLICK)
    assert "lpt1" in find(wizard, QLabel, "wizardSaveState").text()
    assert ctx.station.setting("escpos_device") is None


def _cash_sale(station) -> str:
    farmer = station.farmers.add("张三", phone="13800001234")
    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500, 3000)]
    )
    return order.number


def test_receipts_go_to_the_saved_printer_and_kick_the_drawer(
    app_window, qtbot, tmp_path, monkeypatch
):
    ctx, _window = app_window
    monkeypatch.delenv("SERVICEPOINT_PRINT_TO_PDF")
    out = tmp_path / "printer.bin"
    for key, value in (
        ("escpos_device", f"file:{out}"),
        ("escpos_mode", "text"),
        ("cash_drawer", "5"),
    ):
        ctx.station.set_setting(key, value)
    number = _cash_sale(ctx.station)
    with qtbot.waitSignal(ctx.printer.did_finish, timeout=30_000) as finished:
        assert ctx.printer.print(None, number)
    assert finished.args[0].state == "printed"
    job = decode(out.read_bytes())
    assert "锄头" in job.text and job.order[-2:] == ["cut", "drawer"]
    assert job.drawer_kicks == [1]  # pin 5
    assert unprinted.entries(ctx.station) == []


def test_a_printer_that_refuses_the_job_leaves_the_receipt_unprinted(
    app_window, qtbot, monkeypatch
):
    ctx, _window = app_window
    monkeypatch.delenv("SERVICEPOINT_PRINT_TO_PDF")
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # nothing listens there once it is closed
    ctx.station.set_setting("escpos_device", f"tcp:127.0.0.1:{port}")
    number = _cash_sale(ctx.station)
    with qtbot.waitSignal(ctx.printer.did_finish, timeout=30_000) as finished:
        ctx.printer.print(None, number)
    outcome = finished.args[0]
    assert outcome.state == "failed" and "拒绝" in outcome.message
    assert [e.number for e in unprinted.entries(ctx.station)] == [number]
    assert outcome.path is not None and outcome.path.read_bytes().startswith(b"%PDF")
