"""The window itself: navigation by shortcut, the status bar, the idle lock and sign-in."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton

from servicepoint.ui.main_window import NAV_KEYS

from .conftest import find


def test_status_bar_says_station_operator_and_sync_state(app_window):
    """Station, operator, not-enrolled, changes waiting and last sync are always visible."""
    ctx, window = app_window
    assert "甘界村服务站" in find(window, QLabel, "statusStation").text()
    assert "王站长" in find(window, QLabel, "statusOperator").text()
    assert not find(window, QLabel, "statusTraining").isVisible()
    waiting = ctx.station.sync.waiting()
    assert str(waiting) in find(window, QLabel, "statusWaiting").text()
    assert find(window, QLabel, "statusOnline").text()
    assert find(window, QLabel, "statusLastSync").text()


def test_every_screen_has_a_shortcut(app_window, qtbot):
    """F2… reach every screen in the navigation bar, in order."""
    _ctx, window = app_window
    nav = find(window, QListWidget, "navigation")
    shown = [(k, s) for k, s in NAV_KEYS if k in window.screens]
    assert len(shown) == len(window.screens)
    for row, (key, shortcut) in enumerate(shown):
        combination = QKeySequence(shortcut)[0]
        qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
        assert nav.currentRow() == row, key
        assert window.stack.currentWidget() is window.screens[key]
        assert shortcut in nav.item(row).toolTip()


def test_no_screen_action_takes_a_navigation_key(app_window):
    """A screen's own shortcut on a navigation key would make one of them dead: 收购 once
    took F12, the purchase's "take payment and print"."""
    _ctx, window = app_window
    nav = {QKeySequence(shortcut).toString() for _key, shortcut in NAV_KEYS}
    assert len(nav) == len(NAV_KEYS)
    taken: dict[str, list[str]] = {}
    for screen_key, screen in window.screens.items():
        for action in screen.findChildren(QAction):
            for sequence in action.shortcuts():
                taken.setdefault(sequence.toString(), []).append(screen_key)
    assert "F12" in taken  # the purchase's own key is seen
    assert {key: who for key, who in taken.items() if key in nav} == {}


def test_home_shows_sync_state_and_disables_sync_when_not_enrolled(app_window):
    """A station not yet enrolled cannot "Sync now" and says where to enrol."""
    _ctx, window = app_window
    window.go("home")
    assert not find(window, QPushButton, "syncNowButton").isEnabled()
    assert find(window, QLabel, "homeSyncState").text()


def test_idle_lock_asks_for_a_pin(app_window, qtbot, monkeypatch):
    """Locking hides the screens; a wrong PIN keeps it locked with a message; the right
    PIN unlocks."""
    from servicepoint.ui import dialogs

    _ctx, window = app_window
    seen = {}

    def fake_exec(self) -> int:
        pin = find(self, QLineEdit, "pinEdit")
        pin.setText("9999")
        self.check()
        seen["error"] = find(self, QLabel, "pinError").text()
        seen["hidden"] = not window.centralWidget().isVisible()
        pin.setText("1234")
        self.check()
        return int(self.result())

    monkeypatch.setattr(dialogs.SignIn, "exec", fake_exec)
    window.lock()
    assert seen["hidden"] and seen["error"]
    assert window.centralWidget().isVisible()


def test_the_lock_says_why_it_locked(app_window, monkeypatch):
    """Ctrl+L locks with "the window is locked"; only the idle timer speaks of a quiet while
    (issue 12 #14: Ctrl+L said the operator had been idle)."""
    from servicepoint.ui import dialogs

    _ctx, window = app_window
    said: list[str] = []

    def fake_exec(self) -> int:
        said.append(find(self, QLabel, "signInIntro").text())
        find(self, QLineEdit, "pinEdit").setText("1234")
        self.check()
        return int(self.result())

    monkeypatch.setattr(dialogs.SignIn, "exec", fake_exec)
    window.act_lock.trigger()
    window.idle.timeout.emit()
    assert said == [
        "窗口已锁定。请输入密码继续。",
        "一段时间没有操作，窗口已锁定。请输入密码继续。",
    ]


def test_a_screen_that_fails_to_import_stops_the_window(monkeypatch):
    """Every navigation key has its screen, and a screen module that cannot be imported
    raises instead of silently disappearing from the navigation (issue 11)."""
    import sys

    from servicepoint.ui.app import SCREENS, screen_class

    assert list(SCREENS) == [key for key, _shortcut in NAV_KEYS]
    assert all(screen_class(key) for key in SCREENS)
    monkeypatch.setitem(sys.modules, "servicepoint.ui.screens.orders", None)
    with pytest.raises(ModuleNotFoundError):
        screen_class("orders")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_station_and_help_menu_items_each_have_their_own_mnemonic(app_window, lang):
    """Walk-through: the Help menu's items (and the station menu's) had no underlined letter,
    so Alt+H then a letter could not reach them."""
    from PySide6.QtGui import QKeySequence

    from servicepoint.ui.help import install_help

    ctx, window = app_window
    install_help(window)
    try:
        if lang != "zh_CN":
            ctx.language_did_change.emit(lang)
        menus = [m for m in (a.menu() for a in window.menuBar().actions()) if m is not None]
        for menu in menus:
            if menu in (window.menu_go, window.menu_screen):
                continue  # screens are reached by F2–F9; a screen's actions by their keys
            items = [a.text() for a in menu.actions() if a.text()]
            letters = [QKeySequence.mnemonic(text).toString() for text in items]
            assert items and all(letters), (menu.title(), items)
            assert len(set(letters)) == len(letters), (menu.title(), items)
    finally:
        ctx.language_did_change.emit("zh_CN")
