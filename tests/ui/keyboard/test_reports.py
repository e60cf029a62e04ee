"""Reports (F7) by keys alone: the day's report opens with the cursor in it and shows the
day's cash; Ctrl+1…4 open the reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput

from .conftest import focused


def test_day_report_by_keys(keys, app_window, farmer, qtbot):
    line = LineInput(1, name="seed", unit_price_fen=4250, category_code="agri")
    ctx, _window = app_window  # through the window's writer: the screens hear of it
    ctx.write(lambda st: st.purchasing.place(farmer.id, [line], [pay.cash(4250)]))
    screen = keys.open("reports")
    assert screen.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: _shows(screen))
    assert focused() == "reportsDay"
    keys.ctrl(Qt.Key.Key_2)  # the month's report
    assert screen.tabs.currentIndex() == 1
    assert screen.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
    keys.ctrl(Qt.Key.Key_1)
    assert focused() == "reportsDay"


def _shows(screen) -> bool:
    from PySide6.QtWidgets import QLabel, QTableView

    texts = [label.text() for label in screen.day.findChildren(QLabel)]
    for view in screen.day.findChildren(QTableView):
        model = view.model()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                texts.append(str(model.index(r, c).data()))
    return any("42.50" in t for t in texts)
