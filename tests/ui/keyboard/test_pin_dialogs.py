"""The PIN dialogs (sign-in, the idle lock, a manager's approval) by keys: each field has its
Alt+letter, and no letter is shown twice (the OK and Cancel buttons have theirs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from servicepoint.ui import dialogs

from .conftest import focused
from .test_mnemonic_walk import mnemonic


def letters_shown(dialog: QDialog) -> dict[str, QWidget]:
    """Each Alt+letter shown in ``dialog``, with where it goes; a letter twice fails."""
    found: dict[str, QWidget] = {}
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        letter = mnemonic(text) if widget.isVisible() else None
        if letter is None:
            continue
        target = widget.buddy() if isinstance(widget, QLabel) else widget
        assert target is not None and target.isVisible(), f"{text!r} goes nowhere"
        assert found.setdefault(letter, target) is target, f"Alt+{letter} twice: {text!r}"
    return found


@pytest.mark.parametrize("kind", ["sign_in", "locked", "manager"])
def test_alt_letters_reach_the_operator_and_the_pin(keys, kind, qtbot):
    ctx, window = keys.window.ctx, keys.window
    dialog = (
        dialogs.ManagerApproval(ctx, "test", window)
        if kind == "manager"
        else dialogs.SignIn(ctx, window, locked="idle" if kind == "locked" else None)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: focused() == "pinEdit")
    letters = letters_shown(dialog)
    assert letters["E"] is dialog.who and letters["P"] is dialog.pin
    keys.alt("e")
    assert focused() == "pinOperator"
    keys.alt("p")
    assert focused() == "pinEdit"
    dialog.reject()
