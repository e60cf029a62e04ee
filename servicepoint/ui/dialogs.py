"""Sign-in, the idle lock and a manager's approval: PIN dialogs, keyboard first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ServicePointError
from ..core.operators import Operator
from .widgets.forms import clear_on_change, named

if TYPE_CHECKING:
    from .context import AppContext


class _PinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None, managers_only: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operator: Operator | None = None
        self.who = named(QComboBox(), "pinOperator")
        for op in ctx.station.operators.list():
            if op.active and (op.is_manager or not managers_only):
                self.who.addItem(op.name, op.name)
        self.pin = named(QLineEdit(), "pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.error = named(QLabel(), "pinError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        for field in (self.who, self.pin):  # "wrong PIN" goes once the PIN is typed again
            clear_on_change(field, self.error.clear)
        self.form = QFormLayout()
        # Alt+E and Alt+P (the row's label is the field's buddy); the buttons' own letters are
        # Alt+O (OK) and Alt+C (Cancel)
        self.form.addRow(self.tr("Op&erator"), self.who)
        self.form.addRow(self.tr("&PIN"), self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.intro = named(QLabel(), "signInIntro")
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        if ctx.station.identity.training:
            layout.addWidget(self._practice_pins())
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.pin.setFocus()

    def _practice_pins(self) -> QLabel:
        """The training station's PINs are no secret: a trainee must be able to find them
        (issue 12 #7: they were only in the source)."""
        from ..core.training import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN

        hint = named(QLabel(), "practicePins")
        hint.setWordWrap(True)
        hint.setText(
            self.tr("Practice station: %1 signs in with PIN %2, %3 with PIN %4.")
            .replace("%1", MANAGER_NAME)
            .replace("%2", MANAGER_PIN)
            .replace("%3", CLERK_NAME)
            .replace("%4", CLERK_PIN)
        )
        return hint

    def verify(self, name: str, pin: str) -> Operator:
        return self.ctx.station.operators.verify(name, pin)

    def check(self) -> None:
        try:
            self.operator = self.verify(self.who.currentData(), self.pin.text())
        except ServicePointError as error:
            self.error.setText(self.ctx.message(error))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.accept()


class SignIn(_PinDialog):
    """Who is at the counter. Also the idle lock: the same dialog over a locked window."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, locked: str | None = None
    ) -> None:
        super().__init__(ctx, parent, managers_only=False)
        self.setObjectName("signInDialog")
        ident = ctx.station.identity
        self.setWindowTitle(self.tr("Sign in") if not locked else self.tr("Locked"))
        if locked == "idle":
            text = self.tr("The window was locked after a quiet while. Enter a PIN to go on.")
        elif locked:
            text = self.tr("The window is locked. Enter a PIN to go on.")
        else:
            text = self.tr("Sign in to %1.").replace("%1", ident.name)
        self.intro.setText(text)
        # wide enough for the sentence on one line (it wrapped inside a word: 继/续)
        self.setMinimumWidth(min(720, self.intro.fontMetrics().horizontalAdvance(text) + 80))
        current = ctx.station.operator
        if current is not None:
            self.who.setCurrentIndex(max(self.who.findData(current.name), 0))
        from .help import add_help_key  # F1 before (or over) the main window

        add_help_key(self, "signin", lambda: ctx.lang)


class ManagerApproval(_PinDialog):
    """A manager approves one action (a void, a late return, the day close) with a PIN."""

    def __init__(self, ctx: AppContext, action: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, managers_only=True)
        self.setObjectName("managerApproval")
        self.setWindowTitle(self.tr("Manager approval"))
        self.intro.setText(self.tr("A manager must approve: %1").replace("%1", action))
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.approver: Operator | None = None

    def verify(self, name: str, pin: str) -> Operator:
        self.approver = self.ctx.station.operators.approve(name, pin)
        return self.approver
