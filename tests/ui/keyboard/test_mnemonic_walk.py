"""Every Alt+letter the window shows works (issue 12 #3): on every screen and every tab page,
each label with a mnemonic has a buddy that takes the focus and is on the same page, no two
mnemonics shown together use the same letter (Qt would cycle between them, so Alt+letter
would not go where the label says), and a tooltip that names Alt+X is on the field Alt+X
goes to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from servicepoint.ui.main_window import NAV_KEYS

ALT_IN_TIP = re.compile(r"(?<![+\w])Alt\+([A-Z0-9])\b")  # Alt+T, not Ctrl+Alt+P


def mnemonic(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return key.toString().rsplit("+", 1)[-1].upper() if not key.isEmpty() else None


def pages(screen: QWidget) -> Iterator[str]:
    """Each combination of the screen's tab pages, shown in turn (the screen's own state)."""
    tabs = [t for t in screen.findChildren(QTabWidget)]
    for choice in product(*(range(t.count()) for t in tabs)):
        for tab, index in zip(tabs, choice, strict=True):
            tab.setCurrentIndex(index)
        yield "/".join(f"{t.objectName()}:{i}" for t, i in zip(tabs, choice, strict=True))


def shown_mnemonics(window: QWidget, screen: QWidget) -> list[tuple[str, QWidget]]:
    """(letter, owner) of every mnemonic that Alt+letter can reach now."""
    found: list[tuple[str, QWidget]] = []
    bar = window.menuBar()  # type: ignore[attr-defined]
    for action in bar.actions():
        letter = mnemonic(action.text())
        if letter and action.isVisible():
            found.append((letter, bar))
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = mnemonic(text)
        if letter:
            found.append((letter, widget))
    return found


def test_every_mnemonic_has_a_visible_focusable_buddy_and_none_clash(app_window, qtbot):
    _ctx, window = app_window
    problems: list[str] = []
    for key, _shortcut in NAV_KEYS:
        window.go(key)
        screen = window.screens[key]
        qtbot.waitUntil(screen.isVisible)
        for page in pages(screen):
            where = f"{key} {page}"
            shown = shown_mnemonics(window, screen)
            letters: dict[str, QWidget] = {}
            for letter, owner in shown:
                other = letters.setdefault(letter, owner)
                if other is not owner:
                    problems.append(
                        f"{where}: Alt+{letter} on {owner.objectName() or owner} and "
                        f"{other.objectName() or other}"
                    )
                if isinstance(owner, QLabel):
                    buddy = owner.buddy()
                    if buddy is None:
                        problems.append(f"{where}: label {owner.text()!r} has no buddy")
                    elif not buddy.focusPolicy() & Qt.FocusPolicy.TabFocus:
                        problems.append(f"{where}: {owner.text()!r} buddy takes no focus")
                    elif not buddy.isVisible():
                        problems.append(f"{where}: {owner.text()!r} buddy is not on the page")
            targets = {  # where Alt+letter goes: a label's buddy, or the button itself
                letter: owner.buddy() if isinstance(owner, QLabel) else owner
                for letter, owner in shown
            }
            for widget in screen.findChildren(QWidget):
                match = ALT_IN_TIP.search(widget.toolTip()) if widget.isVisible() else None
                if match and targets.get(match.group(1)) is not widget:
                    problems.append(
                        f"{where}: tooltip of {widget.objectName()} says Alt+{match.group(1)}, "
                        "which goes elsewhere"
                    )
    assert not problems, "\n".join(sorted(set(problems)))


def test_labelled_fields_have_buddies(app_window, qtbot):
    """A form row's label (with or without a letter) points at its field, so a letter
    added later just works and screen readers name the field."""
    _ctx, window = app_window
    missing: list[str] = []
    for key, _shortcut in NAV_KEYS:
        window.go(key)
        screen = window.screens[key]
        from servicepoint.ui.widgets.forms import Form

        for form in screen.findChildren(Form):
            for row in range(form.layout_.rowCount()):
                item = form.layout_.itemAt(row, form.layout_.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and label.text().strip():
                    field = form.layout_.itemAt(row, form.layout_.ItemRole.FieldRole).widget()
                    takes_keys = any(
                        w.focusPolicy() & Qt.FocusPolicy.TabFocus
                        for w in [field, *field.findChildren(QWidget)]
                    )
                    if takes_keys and label.buddy() is None:
                        missing.append(f"{key}: {label.text()}")
                    elif takes_keys and not label.buddy().focusPolicy() & Qt.FocusPolicy.TabFocus:
                        missing.append(f"{key}: {label.text()} (buddy takes no focus)")
    assert not missing, "\n".join(missing)


def test_new_farmer_dialog_mnemonics(app_window, qtbot):
    """The new-farmer form (a manager sees the private numbers too): every letter once, each
    going to its field, the dialog's own buttons included."""
    from servicepoint.ui.widgets.farmers import FarmerDialog

    ctx, window = app_window
    dialog = FarmerDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    letters: dict[str, QWidget] = {}
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        letter = mnemonic(text) if widget.isVisible() else None
        if letter is None:
            continue
        assert letters.setdefault(letter, widget) is widget, f"Alt+{letter} twice: {text!r}"
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None and widget.buddy().isVisible(), text
    assert len([w for w in letters.values() if isinstance(w, QLabel)]) == 7
    dialog.reject()


def test_every_actions_menu_gives_each_action_its_own_letter(app_window, qtbot):
    """The 操作 menu of every screen (in Chinese and English): no two actions of one menu
    share a letter (the key would only move between them instead of running one), and on
    Purchase, Orders and Farmers every action has one (its key in the open menu)."""
    ctx, window = app_window
    problems: list[str] = []
    for lang in ("zh_CN", "en"):
        ctx.language_did_change.emit(lang)
        qtbot.waitUntil(
            lambda lang=lang: (window.menu_screen.title() == "&Actions") == (lang == "en")
        )
        for key, _shortcut in NAV_KEYS:
            window.go(key)
            qtbot.waitUntil(window.screens[key].isVisible)
            letters: dict[str, str] = {}
            for action in window.menu_screen.actions():
                if not action.text() or action.isSeparator():
                    continue
                letter = mnemonic(action.text())
                if letter is None and key in ("purchase", "orders", "farmers"):
                    problems.append(f"{lang} {key}: {action.text()!r} has no letter")
                    continue
                if letter is None:
                    continue
                other = letters.setdefault(letter, action.text())
                if other != action.text():
                    problems.append(f"{lang} {key}: &{letter} on {other!r} and {action.text()!r}")
    assert not problems, "\n".join(problems)
