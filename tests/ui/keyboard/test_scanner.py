"""A USB barcode scanner types a code at scanner speed, then its suffix (issue 15).  On every
screen each search field visible on opening takes the whole code; with the suffix set to Tab
the Tab that ends a scan acts as Enter in that field (the code is not carried off to the next
field), while a Tab with no scan before it still moves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import KEYS, focused

CODE = "6901234567892"


def search_fields(screen) -> list[QLineEdit]:
    return [
        edit
        for edit in screen.findChildren(QLineEdit)
        if edit.objectName().endswith(("Search", "Filter"))
        and edit.isVisible()
        and edit.isEnabled()
        and not edit.isReadOnly()
    ]


class Enters(QObject):
    """What ``field`` held each time an Enter key reached it."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self.texts: list[str] = []
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.texts.append(self.field.text())
        return False


def scan_into(qtbot, field: QLineEdit, suffix: Qt.Key) -> list[str]:
    """Put the cursor in ``field``, scan CODE and its suffix; returns what the field held each
    time an Enter reached it."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.clear()
    enters = Enters(field)
    QTest.keyClicks(field, CODE)  # no delay: as fast as a scanner
    assert field.text() == CODE, field.objectName()
    QTest.keyClick(field, suffix)
    QApplication.processEvents()
    field.removeEventFilter(enters)
    return enters.texts


def test_a_scan_lands_in_every_screens_search_field(keys, qtbot, app_window):
    seen = []
    for name in KEYS:
        screen = keys.open(name)
        for field in search_fields(screen):
            seen.append(field.objectName())
            assert scan_into(qtbot, field, Qt.Key.Key_Return) == [CODE]
            keys.open(name)  # Enter may have opened or moved something: start over
    assert {"purchaseItemSearch", "ordersSearch", "farmersSearch"} <= set(seen)
    assert "consIntakeFarmerSearch" in seen


def test_a_tab_suffix_acts_as_enter_in_the_field(keys, qtbot, app_window, station):
    ctx, _window = app_window
    ctx.write(lambda st: st.set_setting("scanner_suffix", "tab"))
    screen = keys.open("farmers")
    [field] = [f for f in search_fields(screen) if f.objectName() == "farmersSearch"]
    assert scan_into(qtbot, field, Qt.Key.Key_Tab) == [CODE]
    screen = keys.open("purchase")
    [field] = [f for f in search_fields(screen) if f.objectName() == "purchaseItemSearch"]
    assert scan_into(qtbot, field, Qt.Key.Key_Tab) == [CODE]
    # the operator's own Tab, with no scan before it, still moves on
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() == "purchaseItemSearch")
    keys.tab()
    assert focused() != "purchaseItemSearch"
    ctx.write(lambda st: st.set_setting("scanner_suffix", "enter"))
    screen = keys.open("farmers")
    [field] = [f for f in search_fields(screen) if f.objectName() == "farmersSearch"]
    assert scan_into(qtbot, field, Qt.Key.Key_Tab) == []  # Enter suffix: Tab is Tab
