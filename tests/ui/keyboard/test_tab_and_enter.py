"""Tab leaves a list and Enter presses a focused button, on every screen's own widgets
(issue 12 walk-through: Tab walked the cells of Reports' table forever, and Enter on 日结… or
登记… did nothing in the main window; only Space pressed them)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from .conftest import focused


def test_tab_leaves_the_reports_table(keys, qtbot):
    screen = keys.open("reports")
    table = screen.findChild(QTableView, "reportsMethods")
    table.setFocus()
    qtbot.waitUntil(lambda: focused() == "reportsMethods")
    keys.tab()
    assert QApplication.focusWidget() is not table


def test_enter_on_a_focused_button_presses_it(keys, qtbot, app_window):
    """Enter on 立即备份 (Sync screen) makes a backup, as Space would."""
    ctx, _window = app_window
    screen = keys.open("sync")
    button = screen.findChild(QPushButton, "syncBackup")
    before = len(ctx.station.backups.list())
    button.setFocus()
    qtbot.waitUntil(lambda: focused() == "syncBackup")
    keys.enter()
    qtbot.waitUntil(lambda: len(ctx.station.backups.list()) == before + 1, timeout=15_000)
