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


def test_ctrl_enter_with_address_and_code_enrols(keys, station, qtbot, monkeypatch):
    """Ctrl+Enter in the enrolment form filled in by keys enrols (the walk-through found it did
    nothing: Tab stayed in the address, held by the hidden unencrypted-connection row); the
    network worker is asked for the address and code typed."""
    calls: list[tuple[str, str]] = []

    def enroll(url: str, code: str, **_kw: object) -> None:
        calls.append((url, code))

    monkeypatch.setattr(type(station.sync), "enroll", lambda _self, *a, **kw: enroll(*a, **kw))
    keys.open("sync")
    for _ in range(30):
        if focused() == "syncServer":
            break
        keys.tab()
    assert focused() == "syncServer"
    keys.type("http://127.0.0.1:9")
    keys.tab()
    assert focused() == "syncCode"
    keys.type("1A2B-3C4D-5E6F-7A8B")
    keys.commit()
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [("http://127.0.0.1:9", "1A2B-3C4D-5E6F-7A8B")]


def test_alt_letters_reach_the_enrolment_fields(keys, qtbot):
    keys.open("sync")
    for letter, name in (("d", "syncServer"), ("c", "syncCode"), ("f", "syncFingerprint")):
        keys.alt(letter)
        assert focused() == name, letter
