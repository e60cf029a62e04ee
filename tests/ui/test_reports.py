"""Reports: the daily close (count, live difference, manager approval, Z report), the month's
commission statement with its charts, and CSV exports Excel opens (UTF-8 with a BOM)."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.ui.dialogs import ManagerApproval
from servicepoint.ui.widgets.charts import BarChart, nice_step
from servicepoint.ui.widgets.day_close_dialog import DayCloseDialog
from servicepoint.ui.widgets.forms import MoneyEdit

from .conftest import find

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_stale_windows():
    """Delete the windows earlier tests closed (pytest-qt only ``deleteLater``s them), so the
    language change ``app_window`` makes does not reach screens whose station is closed."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _sell(station, farmer):
    """A cash order of ¥80 (农资, 8 %) and 2 × ¥12.50 (其他, 10 %), paid with ¥110 cash."""
    return station.purchasing.place(
        farmer.id,
        [
            LineInput(1, name="化肥", unit_price_fen=8000, category_code="agri"),
            LineInput(2, name="洗衣粉", unit_price_fen=1250),
        ],
        [pay.cash(10500, 11000)],
    )


def _reports(window, qtbot, tab: str):
    window.go("reports")
    screen = window.screens["reports"]
    panel = getattr(screen, tab)
    screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.data is not None and not panel.loading)
    return screen, panel


def _export_to(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _dialog_does(qtbot, monkeypatch, steps):
    """Run ``steps(dialog)`` inside the day-close dialog when 日结… opens it, shown and
    focused like the real modal dialog; the list returned holds each dialog opened."""
    opened: list[DayCloseDialog] = []

    def run(dialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        steps(dialog)
        dialog.hide()
        return int(dialog.result())

    monkeypatch.setattr(DayCloseDialog, "exec", run)
    return opened


def _answers(monkeypatch, *answers):
    """QMessageBox.question answers No/Yes in turn; returns the questions asked."""
    asked: list[tuple[str, object]] = []
    left = list(answers)

    def question(_parent, _title, text, _buttons, default):
        asked.append((text, default))
        return left.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _key(dialog, key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget() or dialog, key)


def test_day_close_dialog_by_keys_counts_note_by_note_and_asks_first(
    app_window, qtbot, farmer, monkeypatch, printed
):
    """Issue 12 #13, by keys alone: 日结… opens the dialog; the opening float is typed in it
    (never set before), the expected cash follows it, with thousands separators; the drawer
    is counted note by note and the core's sum fills the counted field; the shortage shows in
    red with a note field for the reason; Enter asks first (default No: nothing written),
    then closes with the float, prints the Z report and the panel shows the close."""
    ctx, window = app_window
    station = ctx.station
    _sell(station, farmer)  # ¥105 cash
    screen, panel = _reports(window, qtbot, "day")
    button = find(screen, QPushButton, "reportsCloseDay")
    assert button.text().endswith("…")
    asked = _answers(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    seen: dict[str, object] = {}

    def count(dialog) -> None:
        # the count first: typing at once never changes the float by mistake
        assert QApplication.focusWidget() is find(dialog, MoneyEdit, "dayCloseCounted")
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier
        )
        assert QApplication.focusWidget() is find(dialog, MoneyEdit, "dayCloseFloat")
        expected = find(dialog, QLabel, "dayCloseExpected")
        assert expected.text() == "¥105.00"
        QTest.keyClicks(QApplication.focusWidget(), "21000")
        assert expected.text() == "¥21,105.00"
        _key(dialog, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is find(dialog, MoneyEdit, "dayCloseCounted")
        _key(dialog, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is find(dialog, QCheckBox, "dayCloseByNote")
        _key(dialog, Qt.Key.Key_Space)  # count note by note: focus on the ¥100 pile
        assert QApplication.focusWidget() is find(dialog, QSpinBox, "dayClosePieces10000")
        QTest.keyClicks(QApplication.focusWidget(), "211")
        assert find(dialog, MoneyEdit, "dayCloseCounted").text() == "21,100.00"
        _key(dialog, Qt.Key.Key_Tab, 6)  # 50, 20, 10, 5, 1 yuan, then 5 jiao
        assert QApplication.focusWidget() is find(dialog, QSpinBox, "dayClosePieces50")
        QTest.keyClicks(QApplication.focusWidget(), "1")
        _key(dialog, Qt.Key.Key_Tab, 2)  # 1 jiao, then the other coins
        assert QApplication.focusWidget() is find(dialog, MoneyEdit, "dayCloseCoins")
        QTest.keyClicks(QApplication.focusWidget(), "4")
        assert find(dialog, MoneyEdit, "dayCloseCounted").text() == "21,104.50"
        difference = find(dialog, QLabel, "dayCloseDifference")
        assert difference.text() == "-¥0.50（少 ¥0.50）"  # Chinese brackets in Chinese
        assert "#b00020" in difference.styleSheet()  # short: red
        note = find(dialog, QLineEdit, "dayCloseNote")
        assert note.isVisible()
        _key(dialog, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is note
        QTest.keyClicks(note, "change")
        _key(dialog, Qt.Key.Key_Return)  # asked; No is the default and the answer
        assert len(asked) == 1 and dialog.isVisible()
        assert station.records.all("SELECT * FROM day_closes") == []
        assert station.setting("opening_float_fen") is None
        _key(dialog, Qt.Key.Key_Return)  # asked again; Yes
        seen["result"] = dialog.result()

    opened = _dialog_does(qtbot, monkeypatch, count)
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert len(opened) == 1 and seen["result"] == 1
    text, default = asked[0]
    assert "2026-11-22" in text and "¥21,105.00" in text and "¥21,104.50" in text
    assert default == QMessageBox.StandardButton.No
    rows = station.records.all("SELECT * FROM day_closes")
    assert [
        (r["opening_cash_fen"], r["expected_cash_fen"], r["counted_cash_fen"], r["note"])
        for r in rows
    ] == [(2_100_000, 2_110_500, 2_110_450, "change")]
    assert station.setting("opening_float_fen") == 2_100_000
    z_report = [r for r in station.receipts.for_ref("2026-11-22") if r.kind == "day_close"]
    assert (printed / f"{z_report[0].number}.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: panel.data.daily.closed_at is not None)
    assert find(screen, QLabel, "reportsCashCounted").text() == "¥21,104.50"
    assert find(screen, QLabel, "reportsCashExpected").text() == "¥21,105.00"
    assert not find(screen, QPushButton, "reportsFloat").isEnabled()


def test_day_close_dialog_esc_cancels_and_bad_amounts_stay_at_their_field(
    app_window, qtbot, farmer, monkeypatch
):
    """Esc closes the dialog without writing; a bad count is refused at its field, and an
    exact count shows no note field."""
    ctx, window = app_window
    _sell(ctx.station, farmer)
    screen, _panel = _reports(window, qtbot, "day")
    asked = _answers(monkeypatch)

    def cancel(dialog) -> None:
        counted = find(dialog, MoneyEdit, "dayCloseCounted")
        assert QApplication.focusWidget() is counted  # the count first
        QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # 期初现金(&O)
        assert QApplication.focusWidget() is find(dialog, MoneyEdit, "dayCloseFloat")
        QTest.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # 清点现金(&C)
        assert QApplication.focusWidget() is counted
        QTest.keyClicks(counted, "12.345")
        assert dialog.form.errors["counted"].isVisible()
        assert "12.345" in dialog.form.errors["counted"].text()
        _key(dialog, Qt.Key.Key_Return)  # refused at the field, nothing asked
        assert dialog.isVisible() and asked == []
        counted.clear()
        QTest.keyClicks(counted, "105")
        assert not dialog.form.errors["counted"].isVisible()
        assert find(dialog, QLabel, "dayCloseDifference").text().startswith("¥0.00")
        assert not find(dialog, QLineEdit, "dayCloseNote").isVisible()
        _key(dialog, Qt.Key.Key_Escape)

    opened = _dialog_does(qtbot, monkeypatch, cancel)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    assert len(opened) == 1 and opened[0].result() == 0
    assert ctx.station.records.all("SELECT * FROM day_closes") == []


def test_day_close_by_an_operator_needs_a_manager(app_window, qtbot, farmer, monkeypatch, printed):
    """An operator's close asks for a manager's PIN after the confirmation (cancelling writes
    nothing); the close names the approving manager and the operator stays at the counter."""
    ctx, window = app_window
    station = ctx.station
    _sell(station, farmer)
    station.operators.add("小李", "5678")
    station.act_as(station.operators.verify("小李", "5678"))
    ctx.operator_did_change.emit()
    screen, _panel = _reports(window, qtbot, "day")
    _answers(monkeypatch, *[QMessageBox.StandardButton.Yes] * 2)
    approvals: list[str] = []

    def approve(dialog) -> int:
        approvals.append(dialog.intro.text())
        if len(approvals) == 1:
            return 0  # refused
        find(dialog, QLineEdit, "pinEdit").setText("1234")
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(ManagerApproval, "exec", approve)

    def count(dialog) -> None:
        find(dialog, MoneyEdit, "dayCloseFloat").setFocus()
        _key(dialog, Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), "104.5")
        _key(dialog, Qt.Key.Key_Return)  # ¥0.50 short and no reason: refused before asking
        note = find(dialog, QLineEdit, "dayCloseNote")
        assert QApplication.focusWidget() is note and not approvals
        assert station.records.all("SELECT * FROM day_closes") == []
        QTest.keyClicks(note, "change")
        _key(dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and station.records.all("SELECT * FROM day_closes") == []
        _key(dialog, Qt.Key.Key_Return)

    _dialog_does(qtbot, monkeypatch, count)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    assert len(approvals) == 2 and "2026-11-22" in approvals[0] and "¥104.50" in approvals[0]
    rows = station.records.all("SELECT * FROM day_closes")
    assert [(r["counted_cash_fen"], r["difference_fen"], r["note"]) for r in rows] == [
        (10450, -50, "change")
    ]
    manager = next(o for o in station.operators.list() if o.name == "王站长")
    assert rows[0]["operator_id"] == manager.id
    assert station.operator.name == "小李"  # still at the counter
    assert station.setting("opening_float_fen") is None  # left empty: nothing written


def test_closing_yesterday_says_it_covers_this_mornings_cash(
    app_window, qtbot, farmer, monkeypatch, printed
):
    """Yesterday still open, ¥105 taken this morning: the drawer box says a count now covers
    this morning's cash, the count matches the whole drawer, and the day after opens from it.
    The opening float button works until the first close, then is disabled, and the dialog
    then shows the float as a figure, not a field.  A recount reprints from the panel."""
    from datetime import datetime

    from servicepoint.core import CHINA_TZ
    from servicepoint.ui.widgets.money_out import FloatDialog

    ctx, window = app_window
    station = ctx.station
    monkeypatch.setattr(ManagerApproval, "exec", _approve_with("1234"))
    _answers(monkeypatch, *[QMessageBox.StandardButton.Yes] * 2)
    screen, panel = _reports(window, qtbot, "day")
    assert find(screen, QPushButton, "reportsFloat").isEnabled()

    def set_float(dialog) -> int:
        dialog.amount.setText("200")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(FloatDialog, "exec", set_float)
    qtbot.mouseClick(find(screen, QPushButton, "reportsFloat"), CLICK)
    assert station.setting("opening_float_fen") == 20000
    station.clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=CHINA_TZ))
    _sell(station, farmer)
    panel.day.setDate(panel.day.date())  # same date: reload explicitly
    panel.load()
    qtbot.waitUntil(lambda: panel.data is not None and not panel.loading)
    state = find(screen, QLabel, "reportsClosedState").text()
    assert "¥105.00" in state and "11-23" in state
    assert find(screen, QLabel, "reportsCashExpected").text() == "¥305.00"

    def count(dialog) -> None:
        assert find(dialog, MoneyEdit, "dayCloseFloat").text() == "200.00"
        assert "11-23" in find(dialog, QLabel, "dayCloseCovers").text()
        find(dialog, MoneyEdit, "dayCloseCounted").setText("305")
        assert dialog.difference_fen() == 0
        dialog.commit()

    _dialog_does(qtbot, monkeypatch, count)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    closes = station.records.all("SELECT * FROM day_closes")
    assert [(c["day"], c["expected_cash_fen"], c["difference_fen"]) for c in closes] == [
        ("2026-11-22", 30500, 0)
    ]
    qtbot.waitUntil(lambda: panel.data.daily.closed_at is not None)
    assert not find(screen, QPushButton, "reportsFloat").isEnabled()
    assert station.reports.daily("2026-11-23").expected_cash_fen == 30500

    def recount(dialog) -> None:
        assert dialog.findChild(MoneyEdit, "dayCloseFloat") is None
        assert find(dialog, QLabel, "dayCloseOpening").text() == "¥305.00"
        find(dialog, MoneyEdit, "dayCloseCounted").setText("305")
        dialog.commit()

    _dialog_does(qtbot, monkeypatch, recount)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    assert len(station.records.all("SELECT * FROM day_closes")) == 2
    reprint = find(screen, QPushButton, "reportsReprint")
    qtbot.waitUntil(reprint.isEnabled)
    qtbot.mouseClick(reprint, CLICK)
    assert list(printed.glob("*-copy2.pdf"))


def _approve_with(pin: str):
    def approve(dialog) -> int:
        find(dialog, QLineEdit, "pinEdit").setText(pin)
        dialog.check()
        return int(dialog.result())

    return approve


def test_day_close_csv(app_window, qtbot, farmer, monkeypatch, tmp_path):
    """The daily figures export as CSV with yuan made from fen."""
    ctx, window = app_window
    _sell(ctx.station, farmer)
    screen, panel = _reports(window, qtbot, "day")
    target = tmp_path / "day.csv"
    _export_to(monkeypatch, target)
    qtbot.mouseClick(find(screen, QPushButton, "reportsExportCsv"), CLICK)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [panel.tr("Cash"), "105.00", "0.00", "105.00"] in rows
    assert [rows[0][1]] == ["2026-11-22"]


def test_large_amounts_are_grouped_on_screen_and_plain_in_the_csv(
    app_window, qtbot, farmer, monkeypatch, tmp_path
):
    """Issue 12 #10: the screen reads ¥21,220.03; the CSV keeps 21220.03 so Excel sums it."""
    ctx, window = app_window
    ctx.station.purchasing.place(
        farmer.id,
        [LineInput(1, name="电动三轮车", unit_price_fen=2_122_003)],
        [pay.cash(2_122_003)],
    )
    screen, panel = _reports(window, qtbot, "day")
    assert find(screen, QLabel, "reportsCashExpected").text() == "¥21,220.03"
    methods = find(screen, QTableView, "reportsMethods").model()
    assert methods.index(0, 1).data() == "¥21,220.03"
    target = tmp_path / "day.csv"
    _export_to(monkeypatch, target)
    qtbot.mouseClick(find(screen, QPushButton, "reportsExportCsv"), CLICK)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [panel.tr("Cash"), "21220.03", "0.00", "21220.03"] in rows
    assert [panel.tr("= Cash expected in the drawer"), "21220.03"] in rows
    assert not any("," in cell for row in rows for cell in row)


def test_month_statement_charts_pdf_and_csv(app_window, qtbot, farmer, monkeypatch, tmp_path):
    """The month shows the commission statement and its charts; the CSV export starts with a
    UTF-8 BOM and carries exact yuan; the A4 statement is written as a PDF."""
    ctx, window = app_window
    station = ctx.station
    order = _sell(station, farmer)
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    screen, panel = _reports(window, qtbot, "month")
    statement = panel.data.statement
    assert (statement.collected_fen, statement.commission_fen) == (10500, 640 + 250)
    assert find(screen, QLabel, "reportsMonthCommission").text() == "¥8.90"
    assert find(screen, QLabel, "reportsMonthDue").text() == "¥96.10"

    chart = find(screen, BarChart, "reportsChart")
    assert len(chart.bars) == 22 and chart.bars[-1] == ("22", 10500)
    assert chart.highlight == 21  # today
    categories = find(screen, BarChart, "reportsCategoryChart")
    assert categories.summary() == "农资: ¥6.40; 其他: ¥2.50"
    assert chart.scale() == (0, 15000, 5000)  # zero, the top gridline, the step (fen)
    chart.grab()  # paints without error

    target = tmp_path / "export" / "commission"
    target.parent.mkdir()
    _export_to(monkeypatch, target)
    qtbot.mouseClick(find(screen, QPushButton, "reportsExportCsv"), CLICK)
    written = target.with_name("commission.csv")
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [panel.tr("Month"), "2026-11"]
    assert [panel.tr("Collected for purchases"), "105.00"] in rows
    assert [panel.tr("Due to the county"), "96.10"] in rows
    assert ["农资", "80.00", "6.40"] in rows and ["其他", "25.00", "2.50"] in rows
    assert ["2026-11-22", "105.00"] in rows and ["2026-11-01", "0.00"] in rows
    assert str(written) in find(screen, QLabel, "reportsExported").text()

    pdf = tmp_path / "statement.pdf"
    _export_to(monkeypatch, pdf)
    qtbot.mouseClick(find(screen, QPushButton, "reportsStatementPdf"), CLICK)
    qtbot.waitUntil(lambda: panel.last_pdf is not None, timeout=30_000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_consignment_and_poverty_tabs(app_window, qtbot, farmer):
    """Stock on hand, farmers to settle with, and money that reached poor households."""
    ctx, window = app_window
    station = ctx.station
    batch = station.consignment.intake(farmer.id, "散养土鸡", 3, "bird", grade="二级")
    station.consignment.sell(batch.id, 1, 16800, [pay.cash(16800)])
    screen, panel = _reports(window, qtbot, "consignment")
    assert [(b.product, b.on_hand_base) for b in panel.data.stock] == [("散养土鸡", 2)]
    assert panel.stock.data(panel.stock.index(0, 3)) == "2只"
    assert find(screen, QLabel, "reportsConsignmentDue").text() == "¥151.20"
    screen, _poverty = _reports(window, qtbot, "poverty")
    assert find(screen, QLabel, "reportsPovertyConsignment").text() == "¥168.00"
    assert find(screen, QLabel, "reportsPovertyServedPoor").text() == "1"
    assert find(screen, BarChart, "reportsPovertyChart").bars[1][1] == 16800


def test_nice_steps():
    """Gridline steps are 1, 2 or 5 × 10^k fen and cover the top in about four steps."""
    assert [nice_step(v) for v in (0, 1, 399, 401, 10500, 123456)] == [
        100,
        1,
        100,
        200,
        5000,
        50000,
    ]
