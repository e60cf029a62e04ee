"""Form building blocks: money and quantity fields, and errors shown next to the field.

A refusal from the core names its field (``error.params["field"]``); :class:`Form` puts the
message under that field, or at the top of the form when it names none.  Parsing uses the
core's ``money`` helpers only, so the window accepts exactly what the core accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...core.errors import ServicePointError
from .saying import SayingLabel

if TYPE_CHECKING:
    from ..context import AppContext

ERROR_STYLE = "color: #b00020;"

#: Ctrl+Enter (main keyboard and keypad) commits the form the operator is in, everywhere.
COMMIT_KEYS = ("Ctrl+Enter", "Ctrl+Return")  # the first is what menus show

_Q = TypeVar("_Q", bound=QObject)
_W = TypeVar("_W", bound=QWidget)


def named(obj: _Q, name: str) -> _Q:
    """``obj`` with its object name set, as the tests and style sheets find it.

    PySide6 would take ``objectName=`` in any constructor, but its stubs list only each class's
    own properties, so the type checker refuses the inherited one; this says the same, typed.
    """
    obj.setObjectName(name)
    return obj


def commit_on_ctrl_enter(widget: QWidget, slot: Callable[[], object]) -> None:
    """Ctrl+Enter anywhere in ``widget`` (a dialog) does ``slot``, as it does on a screen."""
    for keys in COMMIT_KEYS:
        QShortcut(
            QKeySequence(keys), widget, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )


def clear_on_change(widget: QWidget, hide: Callable[[], object]) -> None:
    """``hide`` (an error's) runs as soon as the operator changes ``widget`` or a field in it:
    a message stays only until what it was about is being fixed (issue 12 #9: 售价低于最低价
    stayed with the price already corrected, 请填写原因 with a reason typed).  Only the
    operator's own changes count (typing, choosing, ticking), never the form's refills."""

    def kinds(cls: type[_W]) -> list[_W]:
        return ([widget] if isinstance(widget, cls) else []) + widget.findChildren(cls)

    for edit in kinds(QLineEdit):  # a spin box's or an editable drop-down's editor too
        edit.textEdited.connect(lambda _text: hide())
    for combo in kinds(QComboBox):
        combo.activated.connect(lambda _index: hide())
    for button in kinds(QAbstractButton):
        if button.isCheckable():
            button.clicked.connect(lambda _checked: hide())
    for plain in kinds(QPlainTextEdit):
        plain.textChanged.connect(hide)
    for rich in kinds(QTextEdit):
        rich.textChanged.connect(hide)


class MoneyEdit(QLineEdit):
    """Yuan as typed (12.5, 12.50, ¥12.50); ``fen()`` raises the core's InvalidAmount."""

    def __init__(
        self, parent: QWidget | None = None, *, allow_zero: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(parent, **kwargs)
        self.allow_zero = allow_zero
        self.setPlaceholderText("0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(14)

    def fen(self) -> int:
        return money.parse_yuan(
            self.text().replace("¥", "").replace(",", "").strip(), allow_zero=self.allow_zero
        )

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else money.format_yuan(fen, grouped=False))


def set_label_texts(labels: dict[str, QLabel], texts: dict[str, str]) -> None:
    """A form's field labels (built once, keyed as in ``texts``) in the language now chosen."""
    for key, text in texts.items():
        label = labels.get(key)
        if label is not None:
            label.setText(text)


def focus_target(widget: QWidget) -> QWidget | None:
    """The widget that takes the keys for ``widget``: itself when it accepts Tab focus, else
    its first child that does (the editor of a compound row), else None (a read-only row)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return None


class AltLetters(QObject):
    """Alt+letter is a field's mnemonic, never typing (issue 12).

    Qt takes no shortcut whose label is disabled (a sale's 数量(&Q) before a batch is chosen)
    and hands Alt+Q to the focus widget as a plain key press: a line edit typed "q" into the
    stock filter, a drop-down jumped to an item.  Such a key press is dropped at a field,
    so the mnemonic of a disabled field says nothing and moves nowhere.  An open menu still
    gets its letters (it is no field).  Installed once, by the first form."""

    FIELDS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QComboBox)

    @staticmethod
    def install() -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.findChild(AltLetters) is None:
            app.installEventFilter(AltLetters(app))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z
            and (event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier)
            == Qt.KeyboardModifier.AltModifier
            and isinstance(watched, self.FIELDS)
        )


class Form(QWidget):
    """A form layout whose fields each have an error line under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        AltLetters.install()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general = named(SayingLabel(), "formError")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        outer.addWidget(self.general)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.layout_)
        self.errors: dict[str, QLabel] = {}

    def add(self, label: str, widget: _W, *fields: str, checked_live: bool = False) -> _W:
        """Add a row; ``fields`` are the field names (and error codes, e.g. "phone_taken")
        whose refusals appear under this widget.  ``checked_live``: the panel checks the field
        on every keystroke and shows or hides its error itself."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = SayingLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        for field in fields:
            self.errors[field] = error
        self.layout_.addRow(label, holder)
        # The label's Alt+letter must reach the editor (issue 12 #3).  QFormLayout makes the
        # holder the buddy, but a QLabel gives focus to its buddy only when the buddy itself
        # takes focus, and a plain holder does not (its focus proxy is not consulted): the
        # keys then stayed where they were, and a cash amount became an item name.
        target = focus_target(widget)
        if target is not None:
            holder.setFocusProxy(target)
            row_label = self.layout_.labelForField(holder)
            if isinstance(row_label, QLabel):
                row_label.setBuddy(target)
        if checked_live:
            return widget
        # An error stays only until the operator changes what it was about (issue 12 #9): an
        # edit in the row (the field itself, or the fields of a compound row) takes it away.
        clear_on_change(widget, lambda: self._fixing(error))
        return widget

    def _fixing(self, error: QLabel) -> None:
        error.hide()
        self.general.hide()

    def label_for(self, widget: QWidget) -> QLabel | None:
        """The label of the row ``add`` made for ``widget``; None for an empty label text."""
        holder = widget.parentWidget()
        label = self.layout_.labelForField(holder) if holder is not None else None
        return label if isinstance(label, QLabel) else None

    def clear_errors(self) -> None:
        self.general.hide()
        for label in self.errors.values():
            label.hide()

    def say_error(self, make: Callable[[], str]) -> None:
        """A refusal of the window's own on top of the form (``make`` says it in the current
        language, again after a switch)."""
        self.clear_errors()
        self.general.say(make)
        self.general.show()

    def show_error(self, error: ServicePointError, field: str | None = None) -> None:
        """Put the message next to the field it names (or ``field``), else on top."""
        self.clear_errors()
        name = field or error.params.get("field")
        label = self.errors.get(str(name)) if name else None
        if label is None:
            label = self.errors.get(error.code)
        if label is None:
            label = self.general
        if isinstance(label, SayingLabel):  # said again in the new language after a switch
            label.say(lambda: self.ctx.message(error))
        else:
            label.setText(self.ctx.message(error))
        label.show()
        top = self.window()
        if isinstance(top, QDialog):  # a dialog grows for a message of two lines, never clips it
            QTimer.singleShot(0, top.adjustSize)


def plain_words(text: str) -> str:
    """An action's words without its Alt letter: 「清空订单(&C)」 → 「清空订单」."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
