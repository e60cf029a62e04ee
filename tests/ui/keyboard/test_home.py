"""Home (F2) by keys alone: it takes the keyboard, shows the day's takings, and the function
keys go on to the other screens."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput


def test_home_by_keys(keys, app_window, farmer, qtbot):
    line = LineInput(1, name="seed", unit_price_fen=4250, category_code="agri")
    ctx, _window = app_window  # through the window's writer: the screens hear of it
    ctx.write(lambda st: st.purchasing.place(farmer.id, [line], [pay.cash(4250)]))
    keys.open("purchase")
    screen = keys.open("home")
    qtbot.waitUntil(lambda: "42.50" in screen.figures["takings"].text())
    assert screen.isAncestorOf(QApplication.focusWidget())
    keys.open("orders")


def test_sync_now_is_offered_only_when_it_can_run(keys, app_window, qtbot):
    """Issue 12: Home's 立即同步 in the 操作 menu stayed on before enrolment, where its button
    is greyed and the item did nothing."""
    screen = keys.open("home")
    act = next(a for a in screen.actions() if a.objectName() == "actHomeSync")
    assert not screen.ctx.station.sync_status().enrolled  # the test station is not enrolled
    assert not screen.sync_button.isEnabled()
    assert not act.isEnabled()
    screen.sync_button.setEnabled(True)  # as once enrolled: the item follows the button
    assert act.isEnabled()


def test_every_to_do_shows_its_key(keys, qtbot):
    """Issue 12: Home's 未打印的收据 to-do showed no key while the others showed theirs (it
    opens the window's unprinted list, Ctrl+Shift+P, not a screen)."""
    from servicepoint.core.todo import KINDS, Todo
    from servicepoint.ui.main_window import NAV_KEYS

    screen = keys.open("home")
    screen._show_todo([Todo(key, 2, where, "2026-11-20") for key, where in KINDS])
    shown = [screen.todo.item(row).text() for row in range(screen.todo.count())]
    expected = {**dict(NAV_KEYS), "unprinted": "Ctrl+Shift+P"}
    assert len(shown) == len(KINDS)
    for text, (_key, where) in zip(shown, KINDS, strict=True):
        assert text.endswith(expected[where]), text
