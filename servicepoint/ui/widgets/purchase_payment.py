"""Taking the farmer's payment for a purchase: cash with change, a mobile payment with its
reference, on the farmer's account, or a split of them.

The operator types what came by mobile and what goes on account; the rest is cash, so the
parts always add up to what is due.  The tendered note shows the change as it is typed.  The
panel turns its fields into the core's :class:`~servicepoint.core.payments.Tender` list; the
core's ``check_tenders`` (run by ``purchasing.place``) has the last word, and its refusals are
shown here next to the field they concern.

When a sale is recorded its change stays on show, large, with the total and the cash
received (上一笔找零), while the operator counts the change into the farmer's hand; it goes
when the next sale begins: a farmer chosen, a line added or a payment field typed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core import payments
from ...core.errors import PaymentError, ServicePointError
from ...core.farmers import Farmer
from ...core.money import SYNTAX_CODES, format_yuan
from ..i18n import Retranslating
from .form_rows import add_row, set_labels
from .forms import Form, MoneyEdit, named

if TYPE_CHECKING:
    from ..context import AppContext

#: Which field a refusal from the core belongs next to (by field name or error code).
CASH_CODES = ("cash_short", "tendered")
MOBILE_CODES = ("payment_reference",)
ACCOUNT_CODES = ("account", "credit_limit", "account_needs_farmer", "account_not_allowed")
PART_CODES = ("cash", "payment_mismatch", "payment_missing")
#: The change, large: the number the operator reads while counting coins into a hand.
CHANGE_STYLE = "font-size: 22pt; font-weight: bold;"


@dataclass(frozen=True)
class LastSale:
    """The sale just recorded, kept on show until the next one begins."""

    total_fen: int
    tendered_fen: int | None  # cash handed over (None: exact or no cash)
    change_fen: int | None


class PaymentPanel(Retranslating, QWidget):
    """Cash part, tendered and change on the left; mobile and account on the right."""

    enter_did_press = Signal()  # Enter in a payment field
    escape_did_press = Signal()  # Esc in an empty payment field

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.due_fen = 0
        self.farmer: Farmer | None = None
        self.cash_form = Form(ctx)
        self.other_form = Form(ctx)
        self.rows: dict[str, QWidget] = {}
        self.other_rows: dict[str, QWidget] = {}
        self.cash = named(QLineEdit(), "payCash")
        self.cash.setReadOnly(True)
        self.cash.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cash.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered = MoneyEdit()
        self.tendered.setObjectName("payTendered")
        self.change = named(QLabel(), "payChange")
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change.setStyleSheet(CHANGE_STYLE)
        self.last_sale: LastSale | None = None
        self.last_sale_line = named(QLabel(), "payLastSale")
        self.last_sale_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_sale_line.setStyleSheet("font-size: 12pt; color: #555;")
        self.last_sale_line.setWordWrap(True)
        self.last_sale_line.hide()
        self.mobile = MoneyEdit()
        self.mobile.setObjectName("payMobile")
        self.mobile_ref = named(QLineEdit(), "payMobileRef")
        self.mobile_ref.setMaxLength(64)
        self.account = MoneyEdit()
        self.account.setObjectName("payAccount")
        self.owes = named(QLabel(), "payAccountOwes")
        self.owes.setStyleSheet("color: #555;")
        account_row = QWidget()
        row = QHBoxLayout(account_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.account, 1)
        row.addWidget(self.owes)
        add_row(self.cash_form, self.rows, "cash", self.cash, *PART_CODES)
        add_row(
            self.cash_form,
            self.rows,
            "tendered",
            self.tendered,
            *CASH_CODES,
            "too_many_decimals",
            "zero_amount",
            "negative_amount",
            "absurd_amount",
            *SYNTAX_CODES,
        )
        add_row(self.cash_form, self.rows, "change", self.change)
        self.cash_form.layout_.addRow(self.last_sale_line)
        add_row(self.other_form, self.other_rows, "mobile", self.mobile, "mobile")
        add_row(self.other_form, self.other_rows, "mobile_ref", self.mobile_ref, *MOBILE_CODES)
        add_row(
            self.other_form,
            self.other_rows,
            "account",
            account_row,
            *ACCOUNT_CODES,
            focus=self.account,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cash_form, 1)
        layout.addSpacing(12)
        layout.addWidget(self.other_form, 1)
        self.editors = (self.tendered, self.mobile, self.mobile_ref, self.account)
        for editor in self.editors:
            editor.textChanged.connect(lambda _t: self.update_parts())
            editor.textEdited.connect(lambda _t: self.next_sale_begins())
            editor.returnPressed.connect(self.enter_did_press.emit)
            editor.installEventFilter(self)
        self.retranslate()
        self.update_parts()

    def retranslate(self) -> None:
        set_labels(
            self.cash_form,
            self.rows,
            {
                "cash": self.tr("Cash to take"),
                "tendered": self.tr("Cash &tendered"),
                "change": self.tr("Change") if self.last_sale is None else self.tr("Last change"),
            },
        )
        set_labels(
            self.other_form,
            self.other_rows,
            {
                "mobile": self.tr("&Mobile payment"),
                "mobile_ref": self.tr("Reference"),
                "account": self.tr("On a&ccount"),
            },
        )
        self.tendered.setToolTip(
            self.tr(
                "The money the farmer handed over; empty = exact. Enter takes the payment (Alt+T)"
            )
        )
        self.mobile.setToolTip(
            self.tr(
                "Paid by WeChat/Alipay; the rest is cash. Empty with a "
                "reference typed: all that is not on account (Alt+M)"
            )
        )
        self.mobile_ref.setPlaceholderText(self.tr("Transaction number"))
        self.account.setToolTip(
            self.tr("Put on the farmer's account (credit); the rest is cash (Alt+C)")
        )
        self.update_parts()

    # -- state ---------------------------------------------------------------------------------

    def set_due(self, fen: int) -> None:
        self.due_fen = fen
        if fen:
            self.next_sale_begins()
        self.update_parts()

    def set_farmer(self, farmer: Farmer | None) -> None:
        self.farmer = farmer
        if farmer is not None:
            self.next_sale_begins()
        if farmer is None:
            self.owes.setText("")
            return
        owed = self.ctx.station.ledger.balance(farmer.id)
        self.owes.setText(
            self.tr("owes %1").replace("%1", format_yuan(owed, symbol="¥")) if owed else ""
        )

    @staticmethod
    def _optional_fen(edit: MoneyEdit) -> int:
        return edit.fen() if edit.text().strip() else 0

    def _mobile_fen(self, account_fen: int) -> int:
        """The mobile part: as typed; blank with a reference typed means all but the account."""
        if self.mobile.text().strip():
            return self.mobile.fen()
        if self.mobile_ref.text().strip():
            return max(self.due_fen - account_fen, 0)
        return 0

    def cash_part(self) -> int | None:
        """What is left to take in cash, or None while a field does not parse."""
        try:
            account = self._optional_fen(self.account)
            return self.due_fen - self._mobile_fen(account) - account
        except ServicePointError:
            return None

    # -- the sale just recorded ------------------------------------------------------------------

    def sale_done(self, total_fen: int) -> None:
        """The sale in the fields was recorded: keep its change (and what was received) on
        show, large, after the form is cleared, until ``next_sale_begins``."""
        try:
            tendered = self.tendered.fen() if self.tendered.text().strip() else None
        except ServicePointError:
            tendered = None
        self.last_sale = LastSale(total_fen, tendered, self.change_fen())
        self.retranslate()

    def next_sale_begins(self) -> None:
        if self.last_sale is not None:
            self.last_sale = None
            self.retranslate()

    def _show_last_sale(self, sale: LastSale) -> None:
        self.change.setText(
            "—" if not sale.change_fen else format_yuan(sale.change_fen, symbol="¥")
        )
        self.change.setStyleSheet(CHANGE_STYLE + "color: #1b5e20;")
        text = self.tr("Last sale: total %1").replace("%1", format_yuan(sale.total_fen, symbol="¥"))
        if sale.tendered_fen is not None:
            text += self.tr(", cash received %1").replace(
                "%1", format_yuan(sale.tendered_fen, symbol="¥")
            )
        self.last_sale_line.setText(text)
        self.last_sale_line.show()

    def update_parts(self) -> None:
        if self.last_sale is not None and not any(e.text() for e in self.editors):
            self.cash.setText("")
            self._show_last_sale(self.last_sale)
            return
        self.last_sale_line.hide()
        part = self.cash_part()
        self.cash.setText("" if part is None else format_yuan(part, symbol="¥"))
        text, short = "", False
        if part is not None and part > 0 and self.tendered.text().strip():
            try:
                tendered = self.tendered.fen()
            except ServicePointError:
                tendered = None
            if tendered is not None and tendered >= part:
                text = format_yuan(tendered - part, symbol="¥")
            elif tendered is not None:
                short = True
                text = self.tr("short by %1").replace(
                    "%1", format_yuan(part - tendered, symbol="¥")
                )
        self.change.setText(text or "—")
        self.change.setStyleSheet(CHANGE_STYLE + ("color: #b00020;" if short else ""))

    def clear(self) -> None:
        for editor in self.editors:
            editor.clear()
        self.clear_errors()
        self.update_parts()

    def clear_errors(self) -> None:
        self.cash_form.clear_errors()
        self.other_form.clear_errors()

    # -- tenders -------------------------------------------------------------------------------

    def tenders(self) -> list[payments.Tender]:
        """The payment as the core takes it; a field that does not parse is shown and raised."""
        self.clear_errors()
        try:
            account = self._optional_fen(self.account)
        except ServicePointError as error:
            self.show_error(error, "account")
            raise
        try:
            mobile = self._mobile_fen(account)
        except ServicePointError as error:
            self.show_error(error, "mobile")
            raise
        try:
            tendered = self.tendered.fen() if self.tendered.text().strip() else None
        except ServicePointError as error:
            self.show_error(error, "tendered")
            raise
        cash = self.due_fen - mobile - account
        if cash < 0:
            over = PaymentError(
                "payment_mismatch",
                paid=format_yuan(mobile + account),
                due=format_yuan(self.due_fen),
            )
            self.show_error(over, "cash")
            raise over
        tenders = []
        if cash > 0:
            tenders.append(payments.cash(cash, tendered))
        if mobile:
            tenders.append(payments.mobile(mobile, self.mobile_ref.text()))
        if account:
            tenders.append(payments.on_account(account))
        return tenders

    def change_fen(self) -> int | None:
        part = self.cash_part()
        try:
            tendered = self.tendered.fen() if self.tendered.text().strip() else None
        except ServicePointError:
            return None
        if part is None or tendered is None or part <= 0:
            return None
        return tendered - part

    def show_error(self, error: ServicePointError, field: str | None = None) -> None:
        """Put a payment refusal next to its field and put the cursor there."""
        self.clear_errors()
        name = field or str(error.params.get("field") or error.code)
        if name in ("mobile", *MOBILE_CODES):
            form, editor = self.other_form, (self.mobile if name == "mobile" else self.mobile_ref)
        elif name in ACCOUNT_CODES:
            form, editor = self.other_form, self.account
        elif name in CASH_CODES:
            form, editor = self.cash_form, self.tendered
        else:
            form, editor = self.cash_form, self.tendered
            name = "cash"
        form.show_error(error, name if name in form.errors else None)
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def handles(self, error: ServicePointError) -> bool:
        """True when ``error`` is about the payment (so it belongs in this panel)."""
        field = str(error.params.get("field", ""))
        return (
            isinstance(error, PaymentError)
            or field in MOBILE_CODES
            or error.code in (*CASH_CODES, *ACCOUNT_CODES, *PART_CODES)
        )

    def focus_first(self) -> None:
        self.tendered.setFocus()
        self.tendered.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                if watched.text():
                    watched.clear()
                else:
                    self.escape_did_press.emit()
                return True
        return False
