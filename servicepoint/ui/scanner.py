"""USB barcode scanners: they type like a keyboard, then send a suffix (Enter or Tab).

Enter needs nothing: every search field already acts on Enter.  A scanner set to send Tab
(Settings → Scale and scanner → Scanner suffix: Tab) would move the cursor out of the field
the code was scanned into; this filter turns that Tab into Enter, and only that one: a Tab
that ends a burst of at least ``MIN_CHARS`` characters typed into one text field with no more
than ``GAP_S`` between them (a person types far slower, so the operator's own Tab still moves
on).  The setting is read once and again whenever the settings change; with Enter (the
default) the filter is not installed at all, so it costs nothing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ..core.changes import Change

if TYPE_CHECKING:
    from .context import AppContext

#: A scanner types a character every few milliseconds; a person every 100 ms or more.
GAP_S = 0.05
#: The shortest code taken as a scan (EAN-8 has 8 digits; pickup codes have 4 or more).
MIN_CHARS = 4


class ScannerSuffix(QObject):
    """Made by ``install``; parented to the window (ends with it)."""

    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.suffix = ""
        self._field: QObject | None = None
        self._count = 0
        self._last = 0.0
        ctx.changed.connect(self._changed)
        self._changed({Change.SETTINGS})

    def _changed(self, changes: set[object]) -> None:
        if Change.SETTINGS not in changes:
            return
        suffix = str(self.ctx.station.setting("scanner_suffix", "enter"))
        app = QApplication.instance()
        if suffix == self.suffix or app is None:
            return
        self.suffix = suffix
        if suffix == "tab":
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        quick = watched is self._field and now - self._last <= GAP_S
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if event.key() == Qt.Key.Key_Tab and plain and self.suffix == "tab":
            scanned = quick and self._count >= MIN_CHARS
            self._count = 0
            if scanned:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    enter = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
                    QApplication.sendEvent(watched, enter)
                return True  # the code stays in its field, and the field acts on it
            return False
        text = event.text()
        if plain and text and text.isprintable():
            self._count = self._count + 1 if quick else 1
            self._field = watched
            self._last = now
        else:
            self._count = 0
        return False


def install(ctx: AppContext, window: QObject) -> ScannerSuffix:
    """The window's scanner suffix, following the station's setting."""
    return ScannerSuffix(ctx, window)
