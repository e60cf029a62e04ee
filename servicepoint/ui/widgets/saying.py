"""A label that says a message again in the new language when the language changes.

A message shown after an action (``Receipt voided. Receipt GJ01-…``, a core refusal, the
change of the last sale) was a string made once, in the language of that moment: after a
switch to English the Chinese stayed on screen (issue 12 walk-through).  Such a label keeps
how to make its text (a function of the values it shows) instead of the text, and makes it
again on a LanguageChange.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class SayingLabel(QLabel):
    """``say(make)`` shows ``make()`` now and after every language change; ``setText`` and
    ``clear`` show a fixed text (and forget the function).  ``collapse``: the label takes no
    room while it says nothing (an empty line squeezed F8's enrolment error at 1366×768)."""

    def __init__(self, parent: QWidget | None = None, *, collapse: bool = False) -> None:
        super().__init__(parent)
        self._make: Callable[[], str] | None = None
        self._collapse = collapse
        self._fit("")

    def _fit(self, text: str) -> None:
        if self._collapse and (self.parentWidget() is not None or not text):
            self.setVisible(bool(text))  # (shown without a parent it would be a window)

    def say(self, make: Callable[[], str]) -> None:
        self._make = make
        super().setText(make())
        self._fit(self.text())

    def setText(self, text: str) -> None:
        self._make = None
        super().setText(text)
        self._fit(text)

    def clear(self) -> None:
        self._make = None
        super().clear()
        self._fit("")

    def changeEvent(self, event: QEvent) -> None:
        # QApplication posts LanguageChange to the windows after the switch has set the new
        # translators (and the context's language, read for units and core messages)
        if event.type() == QEvent.Type.LanguageChange and self._make is not None:
            super().setText(self._make())
        super().changeEvent(event)
