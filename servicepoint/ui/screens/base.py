"""What every screen has: the shared context, a title, a refresh on relevant changes, and the
keyboard contract (issue 12): the cursor is in the screen's first field whenever it is shown,
and Ctrl+Enter commits the form the operator is in.

A screen refreshes when it is shown and when something it cares about changed while it is
visible; changes that arrive while it is hidden just mark it stale (cheap for a window of
eight screens on an old PC).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from ..widgets.forms import COMMIT_KEYS, plain_words

if TYPE_CHECKING:
    from ...core.changes import Change
    from ..context import AppContext


def first_field(root: QWidget) -> QWidget | None:
    """The first widget under ``root``, in Tab order, that the keyboard can reach now."""
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class FocusKeeper(QObject):
    """The keyboard goes to a dialog when it opens and back to its window when it closes.

    A window manager does this; without one (a kiosk session, Xvfb, Qt's offscreen platform)
    the focus stayed where it was or went nowhere, and the next keys were lost (issue 12).
    Only our own dialogs count: a switch to another program is left alone."""

    _installed: FocusKeeper | None = None

    @classmethod
    def install(cls) -> None:
        app = QApplication.instance()
        if cls._installed is None and isinstance(app, QApplication):
            cls._installed = cls(app)
            app.installEventFilter(cls._installed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QDialog):
            owner = watched.parentWidget()
            if owner is not None and watched.isWindow():
                # the timers die with the widget (a dialog deleted at once, a closed window)
                if kind == QEvent.Type.Show:
                    QTimer.singleShot(0, watched, lambda: self._activate(watched))
                else:
                    main = owner.window()
                    QTimer.singleShot(0, main, lambda: self._give_back(main))
        return False

    @staticmethod
    def _activate(dialog: QWidget) -> None:
        if dialog.isVisible() and QApplication.activeWindow() is not dialog:
            dialog.activateWindow()

    @staticmethod
    def _give_back(main: QWidget) -> None:
        active = QApplication.activeWindow()
        if (active is None or not active.isVisible()) and main.isVisible():
            main.activateWindow()


class Screen(QWidget):
    #: the change names (see AppContext.changed) this screen shows; empty = every change
    watches: frozenset[Change] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)
        FocusKeeper.install()
        # One Ctrl+Enter for every screen with a form; what it commits is the screen's
        # ``commit``.  No text: the screen's own action for the same thing (with its name) is
        # in the menu.  A screen with nothing to commit (Home) answers no Ctrl+Enter.
        self.act_commit = QAction(self)
        self.act_commit.setObjectName("actCommit")
        self.act_commit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_commit.triggered.connect(self.commit)
        if type(self).commit is not Screen.commit:
            self.act_commit.setShortcuts([QKeySequence(k) for k in COMMIT_KEYS])
            self.addAction(self.act_commit)
        self._action_words: list[tuple[QAction, Callable[[], str]]] = []

    def screen_action(
        self, name: str, slot: Callable[[], object], *keys: str, words: Callable[[], str]
    ) -> QAction:
        """One of the screen's own actions, listed in the window's 操作 menu (every action of
        the shown screen that has a text), with its keys working anywhere on the screen.
        ``words`` gives its text in the current language (said again after a switch); the
        tooltip is the text with the keys as the menu shows them."""
        act = QAction(self)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        self._action_words.append((act, words))
        self._say(act, words)
        return act

    def press(self, button: QAbstractButton) -> None:
        """An action that does what a button on the screen does, only when the button could
        be pressed (shown and enabled): the menu never does what the screen does not offer."""
        if button.isVisibleTo(self) and button.isEnabled():
            button.click()

    def button_action(self, name: str, button: QAbstractButton, *keys: str) -> QAction:
        """An action in the 操作 menu that presses ``button``, under the button's own words."""
        act = self.screen_action(name, lambda: self.press(button), *keys, words=button.text)
        self.follow(act, button)
        return act

    def follow(self, act: QAction, button: QAbstractButton) -> None:
        """``act`` is enabled exactly when ``button`` can be pressed (shown and enabled): the
        menu never offers what would do nothing (issue 12: Home's 立即同步 before enrolment)."""
        _Follower(act, button, self)

    def commit_last(self, words: Callable[[], str]) -> None:
        """Ctrl+Enter in the 操作 menu too, last, under what it does on this screen."""
        self.removeAction(self.act_commit)
        self.addAction(self.act_commit)
        self._action_words.append((self.act_commit, words))
        self._say(self.act_commit, words)

    @staticmethod
    def _say(act: QAction, words: Callable[[], str]) -> None:
        text = words()
        act.setText(text)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{plain_words(text)} ({keys})" if keys else plain_words(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for act, words in self._action_words:
                self._say(act, words)
        super().changeEvent(event)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the screen shows from the core."""

    def commit(self) -> None:
        """Ctrl+Enter: do what the form the operator is in is for (take the payment, take
        the batch in, save the settings…).  Screens with nothing to commit keep this one."""

    def focus_start(self) -> None:
        """Put the cursor where work on this screen starts (the default: its first field)."""
        widget = first_field(self)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_on_show(self) -> None:
        if self.isVisible() and QApplication.activeModalWidget() is None:
            self.focus_start()

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
        # words taken from a button are known only once the screen has said them (before the
        # window lists the screen's actions in its 操作 menu)
        for act, words in self._action_words:
            self._say(act, words)
        if self._stale:
            self._stale = False
            self.refresh()
        # After the stack has finished switching (the old screen's focus is gone by then):
        # keys typed right after F5 land in a field, not nowhere (issue 12 #4).  A window
        # restored from the taskbar (a spontaneous show) keeps the cursor where it was.
        if not event.spontaneous():
            QTimer.singleShot(0, self, self._focus_on_show)


class _Follower(QObject):
    """Keeps an action's enabled state that of the button it presses."""

    def __init__(self, act: QAction, button: QAbstractButton, screen: QWidget) -> None:
        super().__init__(act)
        self.act, self.button, self.screen = act, button, screen
        button.installEventFilter(self)
        self._update()

    def _update(self) -> None:
        self.act.setEnabled(self.button.isEnabled() and not self.button.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._update()
        return False
