"""Settings → Operators: who may sign in, their PINs, and who is a manager.

Adding an operator, changing someone else's PIN and deactivating need a manager; when an
operator is at the counter a manager approves with a PIN and the change is made in the
manager's name (``acting_as``).  Anyone may change their own PIN.  Operators are never
deleted (receipts name them); a deactivated one can no longer sign in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ...core.operators import Operator, check_pin
from ...core.text import clean_name
from ..i18n import Retranslating
from ..models import Column, RowsModel
from .forms import Form, named
from .report_common import form_label, table

if TYPE_CHECKING:
    from ..context import AppContext


def pin_edit(name: str) -> QLineEdit:
    edit = named(QLineEdit(), name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    return edit


class OperatorsPanel(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsOperatorsBox")
        self.model = RowsModel([])
        self.view = table("settingsOperators", self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        # add
        self.add_form = Form(ctx)
        self.name = named(QLineEdit(), "settingsOpName")
        self.add_form.add(" ", self.name, "operator_name", "operator_exists")
        self.pin = pin_edit("settingsOpPin")
        self.add_form.add(" ", self.pin, "pin_malformed")
        self.role = named(QComboBox(), "settingsOpRole")
        self.add_form.add(" ", self.role, "role_unknown")
        self.add_button = named(QPushButton(), "settingsOpAdd")
        self.add_button.clicked.connect(self.add_operator)
        self.pin.returnPressed.connect(self.add_operator)
        # the selected operator
        self.pin_form = Form(ctx)
        self.new_pin = pin_edit("settingsNewPin")
        self.pin_form.add(" ", self.new_pin, "pin_malformed")
        self.change_button = named(QPushButton(), "settingsChangePin")
        self.change_button.clicked.connect(self.change_pin)
        self.active_button = named(QPushButton(), "settingsDeactivate")
        self.active_button.clicked.connect(self.toggle_active)
        self.state = named(QLabel(), "settingsOpState")
        self.state.setWordWrap(True)
        self.add_box, self.selected_box = QGroupBox(), QGroupBox()
        add = QVBoxLayout(self.add_box)
        add.addWidget(self.add_form)
        add.addWidget(self.add_button)
        chosen = QVBoxLayout(self.selected_box)
        chosen.addWidget(self.pin_form)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.active_button)
        chosen.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.selected_box)
        layout.addWidget(self.add_box)
        layout.addWidget(self.state)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Operators and PINs"))
        self.state.clear()  # feedback of the last action, in the old language
        self.add_box.setTitle(self.tr("Add an operator"))
        self.selected_box.setTitle(self.tr("Selected operator"))
        # Alt+M/D/O/E: the station's fields beside these have N, V, T and C
        form_label(self.add_form, self.name).setText(self.tr("Na&me"))
        form_label(self.add_form, self.pin).setText(self.tr("PIN (4–8 &digits)"))
        form_label(self.add_form, self.role).setText(self.tr("R&ole"))
        form_label(self.pin_form, self.new_pin).setText(self.tr("N&ew PIN"))
        role = self.role.currentData()
        self.role.clear()
        self.role.addItem(self.tr("Operator"), "operator")
        self.role.addItem(self.tr("Manager"), "manager")
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        self.add_button.setText(self.tr("Add operator"))
        self.change_button.setText(self.tr("Change PIN"))
        self.model.set_columns(
            [
                Column(self.tr("Name"), lambda o: o.name),
                Column(self.tr("Role"), self.role_name),
                Column(
                    self.tr("Can sign in"),
                    lambda o: self.tr("yes") if o.active else self.tr("no (deactivated)"),
                    colour=lambda o: None if o.active else "#888888",
                ),
            ]
        )
        self._selected()

    def role_name(self, op: Operator) -> str:
        return self.tr("Manager") if op.is_manager else self.tr("Operator")

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_rows(self.ctx.station.operators.list())
        if chosen is not None:
            for row, op in enumerate(self.model.rows):
                if op.id == chosen.id:
                    self.view.selectRow(row)
        self._selected()

    def selected(self) -> Operator | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self) -> None:
        op = self.selected()
        self.change_button.setEnabled(op is not None)
        self.new_pin.setEnabled(op is not None)
        self.active_button.setEnabled(op is not None)
        active = op is None or op.active
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.selected_box.setTitle(
            self.tr("Selected operator: %1").replace("%1", op.name)
            if op
            else self.tr("Selected operator: none")
        )

    # -- actions ------------------------------------------------------------------------------

    def add_operator(self) -> None:
        self.add_form.clear_errors()
        name, pin, role = self.name.text(), self.pin.text(), self.role.currentData()
        try:  # the core's own checks, before asking a manager for a PIN
            clean_name(name, "operator_name")
            check_pin(pin)
        except ServicePointError as error:
            self.add_form.show_error(error)
            return
        approver = self.ctx.ask_manager(self, self.tr("add the operator %1").replace("%1", name))
        if approver is None:
            return
        try:
            op = self.ctx.write(lambda st: st.operators.add(name, pin, role), approver=approver)
        except ServicePointError as error:
            self.add_form.show_error(error)
            return
        self.name.clear()
        self.pin.clear()
        self.state.setText(self.tr("%1 can now sign in.").replace("%1", op.name))

    def change_pin(self) -> None:
        op = self.selected()
        if op is None:
            return
        self.pin_form.clear_errors()
        pin = self.new_pin.text()
        try:
            check_pin(pin)
        except ServicePointError as error:
            self.pin_form.show_error(error)
            return
        current = self.ctx.station.operator
        try:
            if current is not None and current.id == op.id:
                self.ctx.write(lambda st: st.operators.change_pin(op.id, pin))
            else:
                approver = self.ctx.ask_manager(
                    self, self.tr("change the PIN of %1").replace("%1", op.name)
                )
                if approver is None:
                    return
                self.ctx.write(lambda st: st.operators.change_pin(op.id, pin), approver=approver)
        except ServicePointError as error:
            self.pin_form.show_error(error)
            return
        self.new_pin.clear()
        self.state.setText(self.tr("The PIN of %1 was changed.").replace("%1", op.name))

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        action = (self.tr("deactivate %1") if op.active else self.tr("reactivate %1")).replace(
            "%1", op.name
        )
        approver = self.ctx.ask_manager(self, action)
        if approver is None:
            return
        try:
            self.ctx.write(
                lambda st: st.operators.set_active(op.id, not op.active), approver=approver
            )
        except ServicePointError as error:
            self.pin_form.show_error(error)
            return
        self.state.setText(
            (
                self.tr("%1 can no longer sign in.")
                if op.active
                else self.tr("%1 can sign in again.")
            ).replace("%1", op.name)
        )
