"""Farmers (F6) by keys alone: Ctrl+N opens the new-farmer form, Alt+P goes to the phone, and
Ctrl+Enter saves it, as it commits a form on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import focused, in_next_dialog


def test_add_a_farmer_by_keys(keys, station, qtbot):
    keys.open("farmers")
    assert focused() == "farmersSearch"
    seen: list[str] = []

    def fill(_dialog) -> None:
        seen.append(focused())
        keys.type("Wang Wu")
        keys.alt("p")  # the phone, by its label's letter
        seen.append(focused())
        keys.type("13900001111")
        keys.commit()

    in_next_dialog(fill)
    keys.ctrl(Qt.Key.Key_N)
    assert seen == ["farmerName", "farmerPhone"]
    [added] = [f for f in station.farmers.search("13900001111", limit=5)]
    assert (added.name, added.phone) == ("Wang Wu", "13900001111")
    qtbot.waitUntil(lambda: focused() != "")  # the keyboard is back in the window
