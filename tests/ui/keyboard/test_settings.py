"""Settings (F9) by keys alone: Alt+I to the idle lock, Down to the next choice, Ctrl+Enter
saves (the signed-in manager approves)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import focused


def test_change_the_idle_lock_and_save_by_keys(keys, station, qtbot):
    screen = keys.open("settings")
    before = int(station.setting("idle_lock_minutes", 0))
    keys.alt("i")
    assert focused() == "settingsIdle"
    keys.press(Qt.Key.Key_Down)
    chosen = screen.idle.currentData()
    assert chosen != before
    keys.commit()
    assert int(station.setting("idle_lock_minutes", 0)) == chosen
    assert screen.save_state.text()


def test_alt_letters_reach_the_station_and_new_operator_fields(keys, qtbot):
    """Each field of the station's details and of a new operator has its Alt+letter."""
    keys.open("settings")
    for letter, name in (
        ("n", "settingsStationName"),
        ("v", "settingsStationVillage"),
        ("t", "settingsStationTownship"),
        ("c", "settingsStationCounty"),
        ("m", "settingsOpName"),
        ("d", "settingsOpPin"),
        ("o", "settingsOpRole"),
    ):
        keys.alt(letter)
        assert focused() == name, letter


def test_the_focus_stays_on_the_test_page_button(keys, printed, qtbot):
    """Space on 打印测试页 prints, and the next Space prints again: the button is disabled
    while it prints, and the focus used to move on to Preview for good."""
    screen = keys.open("settings")
    for _ in range(60):
        if focused() == "settingsTestPage":
            break
        keys.tab()
    assert focused() == "settingsTestPage"
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (printed / "test-page.pdf").exists() and screen.test_button.isEnabled(),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: focused() == "settingsTestPage")
