"""What every screen has: the shared context, a title, and a refresh on relevant changes.

A screen refreshes when it is shown and when something it cares about changed while it is
visible; changes that arrive while it is hidden just mark it stale (cheap for a window of
eight screens on an old PC).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...core.changes import Change
    from ..context import AppContext


class Screen(QWidget):
    #: the change names (see AppContext.changed) this screen shows; empty = every change
    watches: frozenset[Change] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the screen shows from the core."""

    def _on_changed(self, names: set[str]) -> None:
        if self.watches and not (self.watches & set(names)):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
