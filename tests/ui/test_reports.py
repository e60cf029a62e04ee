"""Reports: the daily close (count, live difference, manager approval, Z report), the month's
commission statement with its charts, and CSV exports Excel opens (UTF-8 with a BOM)."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.ui.dialogs import ManagerApproval
from servicepoint.ui.widgets.charts import BarChart, nice_step
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


def test_daily_close_with_counted_cash_needs_a_manager_and_prints(
    app_window, qtbot, farmer, monkeypatch, printed
):
    """Typing the count shows the difference at once; a bad amount is refused at the field;
    an operator's close needs a manager's PIN (cancelling writes nothing); the close is
    recorded in day_closes and its Z report is printed."""
    ctx, window = app_window
    station = ctx.station
    _sell(station, farmer)
    station.operators.add("小李", "5678")
    station.act_as(station.operators.verify("小李", "5678"))
    ctx.operator_did_change.emit()
    screen, panel = _reports(window, qtbot, "day")
    assert panel.data.daily.expected_cash_fen == 10500
    assert find(screen, QLabel, "reportsCashExpected").text() == "¥105.00"

    counted = find(screen, MoneyEdit, "reportsCounted")
    difference = find(screen, QLabel, "reportsDifference")
    qtbot.keyClicks(counted, "12.345")
    assert panel.form.errors["counted"].isVisible()
    assert "12.345" in panel.form.errors["counted"].text()
    counted.clear()
    qtbot.keyClicks(counted, "104.5")
    assert not panel.form.errors["counted"].isVisible()
    assert "-¥0.50" in difference.text()
    assert panel.difference_fen() == -50
    find(screen, QLineEdit, "reportsNote").setText("少了五毛")  # keyClicks is ASCII only

    asked: list[str] = []

    def refuse(dialog) -> int:
        asked.append(dialog.intro.text())
        return 0

    monkeypatch.setattr(ManagerApproval, "exec", refuse)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    assert asked and "2026-11-22" in asked[0]
    assert station.records.all("SELECT * FROM day_closes") == []

    def approve(dialog) -> int:
        pin = find(dialog, QLineEdit, "pinEdit")
        pin.setText("0000")
        dialog.check()
        assert find(dialog, QLabel, "pinError").text()  # a wrong PIN is not an approval
        pin.setText("1234")
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(ManagerApproval, "exec", approve)
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    rows = station.records.all("SELECT * FROM day_closes")
    assert len(rows) == 1
    assert (rows[0]["counted_cash_fen"], rows[0]["difference_fen"], rows[0]["note"]) == (
        10450,
        -50,
        "少了五毛",
    )
    manager = next(o for o in station.operators.list() if o.name == "王站长")
    assert rows[0]["operator_id"] == manager.id
    z_report = [r for r in station.receipts.for_ref("2026-11-22") if r.kind == "day_close"]
    assert len(z_report) == 1
    assert (printed / f"{z_report[0].number}.pdf").read_bytes().startswith(b"%PDF")
    assert station.operator.name == "小李"  # still at the counter
    qtbot.waitUntil(lambda: panel.data.daily.closed_at is not None)
    assert "¥104.50" in find(screen, QLabel, "reportsClosedState").text()
    assert counted.text() == ""
    reprint = find(screen, QPushButton, "reportsReprint")
    assert reprint.isEnabled()
    qtbot.mouseClick(reprint, CLICK)
    assert (printed / f"{z_report[0].number}-copy2.pdf").exists()


def test_closing_yesterday_says_it_covers_this_mornings_cash(
    app_window, qtbot, farmer, monkeypatch, printed
):
    """Yesterday still open, ¥105 taken this morning: the drawer box says a count now covers
    this morning's cash, the count matches the whole drawer, and the day after opens from it.
    The opening float button works until the first close, then is disabled."""
    from datetime import datetime

    from servicepoint.core import CHINA_TZ
    from servicepoint.ui.widgets.money_out import FloatDialog

    ctx, window = app_window
    station = ctx.station
    monkeypatch.setattr(ManagerApproval, "exec", _approve_with("1234"))
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
    qtbot.keyClicks(find(screen, MoneyEdit, "reportsCounted"), "305")
    assert panel.difference_fen() == 0
    qtbot.mouseClick(find(screen, QPushButton, "reportsCloseDay"), CLICK)
    closes = station.records.all("SELECT * FROM day_closes")
    assert [(c["day"], c["expected_cash_fen"], c["difference_fen"]) for c in closes] == [
        ("2026-11-22", 30500, 0)
    ]
    qtbot.waitUntil(lambda: panel.data.daily.closed_at is not None)
    assert not find(screen, QPushButton, "reportsFloat").isEnabled()
    assert station.reports.daily("2026-11-23").expected_cash_fen == 30500


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
