"""The rest of the core's operations, so nothing needs the command line: sending the money due
to the county (remittance), taking cash from the drawer to the bank, and importing farmers
or (before enrolment) the catalogue from CSV files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ...core.money import format_yuan
from .forms import Form, MoneyEdit, named

if TYPE_CHECKING:
    from ...core.operators import Operator
    from ...core.station import Station
    from ..context import AppContext


def _frame(dialog: RemitDialog | BankDialog | FloatDialog, intro: QLabel, form: Form) -> None:
    """What every money dialog has: what is at stake, the form, OK (runs ``save``) and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(form)
    layout.addWidget(buttons)


def _amount_approved(dialog: BankDialog | FloatDialog, action: str) -> tuple[int, Operator] | None:
    """The amount typed (refused at its field when bad) and a manager's approval, or None."""
    try:
        amount = dialog.amount.fen()
    except ServicePointError as error:
        dialog.form.show_error(error, "amount")
        return None
    approver = dialog.ctx.ask_manager(dialog, action)
    return None if approver is None else (amount, approver)


class RemitDialog(QDialog):
    """Money collected for purchases, less the point's commission, sent to the county."""

    def __init__(self, ctx: AppContext, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("remitDialog")
        self.setWindowTitle(self.tr("Send money to the county"))
        self.receipt_number: str | None = None
        due = ctx.station.commission.statement(month).outstanding_fen
        self.intro = QLabel(
            self.tr("Still due to the county up to %1: %2")
            .replace("%1", month)
            .replace("%2", format_yuan(max(due, 0), symbol="¥"))
        )
        self.form = Form(ctx, self)
        self.period = self.form.add(
            self.tr("For the month"), named(QLineEdit(month), "remitPeriod"), "month_malformed"
        )
        self.amount = self.form.add(
            self.tr("Amount"),
            named(MoneyEdit(), "remitAmount"),
            "amount",
            "remit_more_than_due",
            "bank_more_than_drawer",
        )
        self.amount.set_fen(max(due, 0) or None)
        self.method = self.form.add(self.tr("Paid by"), named(QComboBox(), "remitMethod"), "method")
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Mobile payment"), "mobile")
        self.reference = self.form.add(
            self.tr("Reference"),
            named(QLineEdit(), "remitReference"),
            "payment_reference",
            "reference",
        )
        _frame(self, self.intro, self.form)

    def save(self) -> None:
        try:
            amount, method = self.amount.fen(), self.method.currentData()
            period, reference = self.period.text().strip(), self.reference.text().strip() or None
            receipt = self.ctx.write(
                lambda st: st.commission.remit(amount, method, period, reference=reference)
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.receipt_number = receipt.number
        self.ctx.printer.print(self, receipt.number)
        self.accept()


class BankDialog(QDialog):
    """Cash from the drawer taken to the bank (a manager's action)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("bankDialog")
        self.setWindowTitle(self.tr("Take cash to the bank"))
        self.receipt_number: str | None = None
        self.intro = QLabel(
            self.tr("Cash that should be in the drawer now: %1").replace(
                "%1", format_yuan(ctx.station.drawer.expected_now(), symbol="¥")
            )
        )
        self.form = Form(ctx, self)
        self.amount = self.form.add(
            self.tr("Amount"), named(MoneyEdit(), "bankAmount"), "amount", "bank_more_than_drawer"
        )
        self.reference = self.form.add(
            self.tr("Bank slip number"), named(QLineEdit(), "bankReference"), "payment_reference"
        )
        _frame(self, self.intro, self.form)

    def save(self) -> None:
        approved = _amount_approved(self, self.tr("take cash to the bank"))
        if approved is None:
            return
        amount, approver = approved
        try:
            reference = self.reference.text().strip() or None
            receipt = self.ctx.write(
                lambda st: st.drawer.bank(amount, reference, approver=approver)
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.receipt_number = receipt.number
        self.ctx.printer.print(self, receipt.number)
        self.accept()


class FloatDialog(QDialog):
    """The opening float (期初现金): the change money in the drawer before the first count.
    A manager's setting; after the first close the drawer starts from the last count."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("floatDialog")
        self.setWindowTitle(self.tr("Opening float"))
        self.saved = False
        self.intro = QLabel(
            self.tr(
                "The change money in the drawer when the point starts. "
                "The first day close counts from it; every later close "
                "counts from the close before."
            )
        )
        self.intro.setWordWrap(True)
        self.form = Form(ctx, self)
        self.amount = self.form.add(
            self.tr("Opening float"),
            named(MoneyEdit(allow_zero=True), "floatAmount"),
            "amount",
            "float_after_close",
            "setting_value",
        )
        self.amount.set_fen(int(ctx.station.setting("opening_float_fen", 0)) or None)
        _frame(self, self.intro, self.form)

    def save(self) -> None:
        approved = _amount_approved(self, self.tr("set the opening float"))
        if approved is None:
            return
        amount, approver = approved
        try:
            self.ctx.write(
                lambda st: st.set_setting("opening_float_fen", amount, approver=approver)
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.saved = True
        self.accept()


def import_csv(ctx: AppContext, parent: QWidget, kind: str) -> int | None:
    """Ask for a CSV file and import farmers or the catalogue; all rows or none."""
    title = (
        QCoreApplication.translate("Imports", "Import farmers")
        if kind == "farmers"
        else QCoreApplication.translate("Imports", "Import the catalogue")
    )
    path, _ = QFileDialog.getOpenFileName(parent, title, "", "CSV (*.csv)")
    if not path:
        return None

    def load(st: Station) -> int:
        if kind == "farmers":
            return st.farmers.import_csv(path)
        result = st.catalogue.import_csv(path)
        return result.added + result.updated

    try:
        count = ctx.write(load)
    except ServicePointError as error:
        QMessageBox.warning(parent, title, ctx.message(error))
        return None
    done = QCoreApplication.translate("Imports", "%1 rows imported.")
    QMessageBox.information(parent, title, done.replace("%1", str(count)))
    return count
