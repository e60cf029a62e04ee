"""Sync (F8) by keys alone: the enrolment form is reached by Tab, and Ctrl+Enter with no
address refuses at the field and sends nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import focused


def test_enrolment_form_by_keys(keys, station, qtbot):
    screen = keys.open("sync")
    for _ in range(30):
        if focused() == "syncServer":
            break
        keys.tab()
    assert focused() == "syncServer"
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Delete)
    keys.commit()
    assert not station.sync.status().enrolled
    errors = [e for e in screen.enrolment.form.errors.values() if e.isVisible()]
    assert errors or screen.enrolment.form.general.isVisible()
