"""Keyboard-only fixtures: the window over a test station, active, with a screen opened by its
function key; helpers send keys to whatever has the focus, as an operator's keyboard does.

These tests run offscreen and again under a real X server (xcb on Xvfb, no window manager),
so nothing here hands keys to a chosen widget: a key that the focus would not get is a bug.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from servicepoint.ui.main_window import NAV_KEYS

from ..conftest import DialogWaits

#: Each screen's key, as the window binds it (``main_window.NAV_KEYS``).
KEYS = {name: QKeySequence(shortcut)[0] for name, shortcut in NAV_KEYS}

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> str:
    """The object name of the widget with the keyboard focus ('' for none)."""
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


class Keys:
    """An operator's keyboard: every key goes to the widget with the keyboard focus."""

    def __init__(self, qtbot: Any, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window

    def target(self) -> QWidget:
        """The focus widget, once there is one (after a dialog closes the window takes the
        keyboard back through the event loop, as an operator's next key would find it)."""
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        widget = QApplication.focusWidget()
        assert widget is not None, "no window has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
        QTest.keyClick(self.target(), key, modifier)
        QApplication.processEvents()  # as between two real keystrokes

    def type(self, text: str) -> None:
        """ASCII only (QTest aborts on Chinese characters)."""
        QTest.keyClicks(self.target(), text)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, CTRL)

    def commit(self) -> None:
        """Ctrl+Enter: commit the current form."""
        self.press(Qt.Key.Key_Return, CTRL)

    def open(self, name: str) -> QWidget:
        """The screen ``name``, opened by its function key, once it has put the focus down."""
        self.press(KEYS[name].key(), KEYS[name].keyboardModifiers())
        screen: QWidget = self.window.screens[name]  # type: ignore[attr-defined]
        self.qtbot.waitUntil(lambda: self.window.stack.currentWidget() is screen)  # type: ignore[attr-defined]
        self.qtbot.waitUntil(lambda: screen.isAncestorOf(QApplication.focusWidget()))
        return screen

    def wait_focus(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: focused() == name)


@pytest.fixture
def keys(app_window, qtbot) -> Keys:
    """The keyboard of the signed-in window, once the window has the keyboard focus."""
    _ctx, window = app_window
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return Keys(qtbot, window)


def in_next_dialog(work: Any) -> None:
    """Run ``work(dialog)`` inside the next modal dialog (its own event loop), once it is up:
    the keys typed there go to the dialog's focus, as an operator's would."""

    tries = [500]  # 5 s for the dialog to open and take the keyboard
    generation = DialogWaits.generation

    def run() -> None:
        if DialogWaits.generation != generation:  # the test is over: answer no later one
            return
        dialog = QApplication.activeModalWidget()
        tries[0] -= 1
        if tries[0] > 0 and (dialog is None or QApplication.activeWindow() is not dialog):
            QTimer.singleShot(10, run)
            return
        assert dialog is not None, "no dialog opened"
        try:
            work(dialog)
        finally:
            for _ in range(200):  # a button pressed by its letter clicks a moment later
                if not dialog.isVisible():
                    break
                QTest.qWait(10)
            if dialog.isVisible():  # never leave a test hanging in the dialog's loop
                dialog.reject()

    QTimer.singleShot(0, run)


def answer_next_dialog(key: Qt.Key) -> None:
    """Press ``key`` in the next modal dialog (a confirmation), as soon as it is up."""
    in_next_dialog(lambda dialog: QTest.keyClick(QApplication.focusWidget() or dialog, key))
