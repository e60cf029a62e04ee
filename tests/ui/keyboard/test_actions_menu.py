"""Every screen's 操作 (Actions) menu (issue 12): each screen lists its own actions with their
keys, the tooltips name the same keys, Alt+A opens the menu and its letters run an action,
and a screen's keys do what the menu says (Ctrl+S saves Settings, Ctrl+O opens a to-do)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .conftest import KEYS, focused, in_next_dialog


def menu_actions(window):
    return [a for a in window.menu_screen.actions() if a.text()]


def test_every_screen_has_an_actions_menu_whose_tooltips_name_its_keys(keys, app_window):
    _ctx, window = app_window
    for name in KEYS:
        keys.open(name)
        actions = menu_actions(window)
        assert actions, f"{name} has no Actions menu"
        assert window.menu_screen.menuAction().isVisible()
        for act in actions:
            shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shown and act.toolTip() != act.text():
                assert (
                    shown in act.toolTip()
                    or act.objectName() == "actCommit"
                    or any(
                        s.toString(QKeySequence.SequenceFormat.NativeText) in act.toolTip()
                        for s in act.shortcuts()
                    )
                ), (name, act.text(), act.toolTip())
    keys.open("sync")  # actions named after the screen's buttons are there, with words
    named = {a.objectName(): a.text() for a in menu_actions(window)}
    assert all(named.get(n) for n in ("actSyncNow", "actSyncExport", "actSyncBackup")), named
    # Ctrl+Enter is listed, last, on every screen with a form to commit
    for name in ("orders", "consignment", "reports", "sync", "settings"):
        keys.open(name)
        assert menu_actions(window)[-1] is window.screens[name].act_commit, name


def test_alt_a_then_n_on_farmers_registers_a_farmer(keys, station, qtbot):
    """Alt+A opens the menu; N (新农户) opens the form; Ctrl+Enter saves it."""
    keys.open("farmers")
    seen: list[str] = []

    def fill(_dialog) -> None:
        seen.append(focused())
        keys.type("Zhao Liu")
        keys.commit()

    in_next_dialog(fill)
    keys.alt("a")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_N)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None)
    assert seen == ["farmerName"]
    [added] = station.farmers.search("Zhao Liu", limit=5)
    assert added.name == "Zhao Liu"
    assert station.ledger.balance(added.id) == 0  # a new farmer owes nothing


def test_ctrl_e_edits_only_a_chosen_farmer(keys, farmer):
    screen = keys.open("farmers")
    assert not screen.act_edit.isEnabled()  # nobody chosen yet
    keys.qtbot.waitUntil(lambda: screen.proxy.rowCount() == 1)  # the list has loaded
    keys.press(Qt.Key.Key_Down)  # into the list: the first farmer is chosen
    keys.qtbot.waitUntil(lambda: screen.page.data is not None)
    assert screen.act_edit.isEnabled()


def test_ctrl_s_saves_the_settings(keys, station):
    screen = keys.open("settings")
    before = int(station.setting("idle_lock_minutes", 0))
    keys.alt("i")
    keys.press(Qt.Key.Key_Down)
    chosen = screen.idle.currentData()
    assert chosen != before
    keys.ctrl(Qt.Key.Key_S)
    assert int(station.setting("idle_lock_minutes", 0)) == chosen


def test_ctrl_o_on_home_opens_the_chosen_to_do(keys, app_window):
    _ctx, window = app_window
    keys.open("home")
    keys.ctrl(Qt.Key.Key_O)  # nothing waits: the to-do is "help a farmer buy" (F3)
    assert window.stack.currentWidget() is window.screens["purchase"]
