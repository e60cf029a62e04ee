"""The steps taken on one purchase order: mark it ordered (with one or more platform order
numbers, each with its platform) and add numbers later, arrived, picked up; cancel, return or
void with a refund; reprint a receipt.

Each step runs on the writer (``ctx.write``); a refusal goes next to the field it concerns,
and a step that issues a receipt prints it.  :class:`OrderSteps` holds the steps and
:class:`~.purchase_order.OrderDetail` (its subclass) builds the fields and buttons they read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ...core.errors import InvalidInput, ServicePointError
from ...core.money import format_yuan
from ...core.order_refs import PlatformRef, clean_refs
from ...core.purchasing import RETURN_WITHOUT_MANAGER
from .form_rows import show_message
from .forms import plain_words
from .print_banner import joined, preview
from .purchase_orders import shown_status_name

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

    from ...core.purchasing import Order
    from ...core.receipts import Receipt
    from ...core.station import Station
    from ..context import AppContext
    from .forms import Form
    from .saying import SayingLabel


class OrderSteps(QWidget):
    """The order's steps; the fields they read are made by the subclass."""

    #: an order changed here (its id): the list updates that row
    order_did_change = Signal(str)

    ctx: AppContext
    order: Order | None
    receipt_rows: list[Receipt]
    form: Form
    lines: QListWidget
    receipts: QListWidget
    platform_no: QLineEdit
    ref_platform: QComboBox
    pending_refs: list[tuple[str, str]]
    reason: QLineEdit
    refund: QComboBox
    message: SayingLabel
    act: dict[str, QAction]

    def show_order(self, order_id: str | None, keep_message: bool = False) -> None:
        raise NotImplementedError

    def choose_next_platform(self) -> None:
        raise NotImplementedError

    def _purchase_receipt(self) -> Receipt | None:
        return next((r for r in self.receipt_rows if r.kind == "purchase"), None)

    # -- acting --------------------------------------------------------------------------------

    def _run(self, op: Callable[[Station], Any]) -> Any:
        """Run the op on the writer; a refusal goes next to its field and None comes back."""
        try:
            return self.ctx.write(op)
        except ServicePointError as error:
            self.form.show_error(error)
            return None

    def _done(self, say: Callable[[], str], receipt_number: str | None = None) -> None:
        """Show what was done (``say`` makes it in the current language: it is made again
        after a language switch) and the receipt it issued, printed now."""
        assert self.order is not None
        order_id = self.order.id
        number = receipt_number
        if number is not None:
            self.ctx.printer.print(self, number)  # the print banner says how it ended

        def text() -> str:
            if number is None:
                return say()
            return joined(say(), self.tr("Receipt %1.").replace("%1", number))  # 。 without a space

        self.show_order(order_id, keep_message=True)
        self.message.say(text)
        self.reason.clear()
        self.order_did_change.emit(order_id)

    def _need_reason(self) -> str | None:
        text = self.reason.text().strip()
        if not text:
            self.form.show_error(InvalidInput("field_required", field="reason"))
            self.reason.setFocus()
            return None
        return text

    def _show_refs(self) -> None:
        raise NotImplementedError

    def _typed_ref(self) -> tuple[str, str] | None:
        """The platform chosen and the number typed, or None when no number is typed."""
        number = self.platform_no.text()
        if not number.strip():
            return None
        return (str(self.ref_platform.currentData()), number)

    def mark_ordered(self) -> None:
        """Mark the order ordered with the numbers added so far and the one typed."""
        if self.order is None or not self.act["orderMarkOrdered"].isEnabled():
            return
        typed = self._typed_ref()
        refs = [*self.pending_refs, *([typed] if typed else [])]
        order_id = self.order.id
        done = self._run(lambda st: st.purchasing.mark_ordered(order_id, refs))
        if done is not None and done.status == "ordered":
            self.pending_refs = []
            self._done(lambda: self.tr("Marked as ordered on the platform."))
        elif done is not None:  # kept; another platform still needs its number
            self.pending_refs = []
            self.platform_no.clear()
            self._done(
                lambda: self.tr("Number saved. The order is ordered once each platform has one.")
            )
            self.platform_no.setFocus()
        else:
            self.platform_no.setFocus()

    def add_ref(self) -> None:
        """Add the typed (platform, number): kept in the list until Ctrl+1 for an order not
        yet ordered, saved at once for one already ordered."""
        if self.order is None or not self.act["orderAddRef"].isEnabled():
            return
        typed = self._typed_ref()
        if typed is None:  # nothing typed yet: Ctrl+Shift+A goes to the number, no error
            self.form.clear_errors()
            self.platform_no.setFocus()
            return
        order_id = self.order.id
        if self.act["orderMarkOrdered"].isEnabled():
            try:  # checked as the core will check it, with the numbers already added
                clean_refs([typed], [PlatformRef(*p) for p in self.pending_refs])
            except ServicePointError as error:
                self.form.show_error(error)
                self.platform_no.setFocus()
                return
            self.pending_refs.append((typed[0], typed[1].strip()))
            self.form.clear_errors()
            self.platform_no.clear()
            self.choose_next_platform()
            self._show_refs()
            self.platform_no.setFocus()
            return
        refs = [typed]
        if self._run(lambda st: st.purchasing.add_platform_refs(order_id, refs)) is not None:
            self.platform_no.clear()
            self._done(lambda: self.tr("Platform order number added."))
        else:
            self.platform_no.setFocus()

    def mark_arrived(self) -> None:
        if self.order is None or not self.act["orderArrived"].isEnabled():
            return
        order_id = self.order.id
        if self._run(lambda st: st.purchasing.mark_arrived(order_id)) is not None:
            self._done(lambda: self.tr("Marked as arrived: tell the farmer to come."))

    def pickup(self) -> None:
        order = self.order
        if order is None or not self.act["orderPickup"].isEnabled():
            return
        # Ctrl+3 is one key from Ctrl+2: ask before goods change hands and commission accrues.
        if not self.ctx.confirm(
            self,
            self.tr("Pick up"),
            self.tr("Hand order %1 (%2) to %3? The pickup slip is printed for the farmer to sign.")
            .replace("%1", order.number)
            .replace("%2", format_yuan(order.total_fen, symbol="¥"))
            .replace("%3", self.ctx.station.farmers.get(order.farmer_id).name),
        ):
            return
        order_id = order.id
        result = self._run(lambda st: st.purchasing.complete(order_id))
        if result is not None:
            _order, slip = result
            self._done(
                lambda: self.tr(
                    "Picked up. Once the pickup slip is out of the printer, the farmer signs it."
                ),
                slip.number,
            )

    def cancel(self) -> None:
        order = self.order
        if order is None or not self.act["orderCancel"].isEnabled():
            return
        reason = self._need_reason()
        if reason is None or not self.ctx.confirm(
            self,
            self.tr("Cancel order"),
            self.tr("Cancel order %1 and refund %2 to %3?")
            .replace("%1", order.number)
            .replace("%2", format_yuan(order.total_fen, symbol="¥"))
            .replace("%3", self.ctx.station.farmers.get(order.farmer_id).name),
        ):
            return
        method = self.refund.currentData()
        receipt = self._run(lambda st: st.purchasing.cancel(order.id, reason, refund_method=method))
        if receipt is not None:
            self._done(lambda: self.tr("Cancelled and refunded."), receipt.number)

    def checked_lines(self) -> list[str]:
        found = []
        for n in range(self.lines.count()):
            item = self.lines.item(n)
            if (
                item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState() == Qt.CheckState.Checked
            ):
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def return_lines(self) -> None:
        order = self.order
        if order is None or not self.act["orderReturn"].isEnabled():
            return
        chosen = self.checked_lines()
        if not chosen:
            show_message(self.form, "lines", self.tr("Tick the lines to return."))
            self.lines.setFocus()
            return
        reason = self._need_reason()
        if reason is None:
            return
        amount = sum(li.line_total_fen for li in order.lines if li.id in chosen)
        if not self.ctx.confirm(
            self,
            self.tr("Return"),
            self.tr("Return %1 line(s) of order %2 and refund %3?")
            .replace("%1", str(len(chosen)))
            .replace("%2", order.number)
            .replace("%3", format_yuan(amount, symbol="¥")),
        ):
            return
        approver = None
        picked_up = datetime.fromisoformat(order.updated_at)
        if self.ctx.station.clock.now() - picked_up > RETURN_WITHOUT_MANAGER:
            approver = self.ctx.ask_manager(
                self,
                self.tr("return of order %1, picked up more than a day ago").replace(
                    "%1", order.number
                ),
            )
            if approver is None:
                return
        method = self.refund.currentData()
        receipt = self._run(
            lambda st: st.purchasing.return_lines(
                order.id, reason, chosen, refund_method=method, approver=approver
            )
        )
        if receipt is not None:
            self._done(
                lambda: self.tr("Returned and refunded; the commission is reversed."),
                receipt.number,
            )

    def void(self) -> None:
        order = self.order
        purchase = self._purchase_receipt()
        if order is None or purchase is None or not self.act["orderVoid"].isEnabled():
            return
        reason = self._need_reason()
        if reason is None or not self.ctx.confirm(
            self,
            self.tr("Void receipt"),
            self.tr(
                "Void receipt %1? The payment is reversed and the order cancelled; "
                "the original receipt is kept."
            ).replace("%1", purchase.number),
        ):
            return
        approver = self.ctx.ask_manager(
            self, self.tr("void of receipt %1").replace("%1", purchase.number)
        )
        if approver is None:
            return
        void = self._run(lambda st: st.receipts.void(purchase.number, reason, approver=approver))
        if void is not None:
            self._done(lambda: self.tr("Receipt voided."), void.number)

    def why_not(self, name: str) -> None:
        """A step's key pressed while the step is not possible (its button greyed): say why
        on the form's error line rather than nothing (issue 12 walk-through)."""
        order = self.order
        if order is None:
            self.form.say_error(lambda: self.tr("Choose an order in the list first."))
            return
        number = order.number

        def why() -> str:
            if name == "orderVoid" and order.status == "completed":
                text = self.tr(
                    "Order %1 was picked up: its receipt can no longer be voided. "
                    "Return what the farmer brings back instead (Ctrl+Shift+R)."
                )
            elif name == "orderVoid" and order.status == "cancelled":
                text = self.tr("Order %1 is already cancelled: there is nothing to void.")
            elif name == "orderVoid":
                text = self.tr("Order %1 has no purchase receipt to void.")
            else:
                step = plain_words(self.act[name].text())
                text = (
                    self.tr("%2 is not possible now: order %1 is %3.")
                    .replace("%2", step)
                    .replace("%3", shown_status_name(order.status))
                )
            return text.replace("%1", number)

        self.form.say_error(why)

    def reprint(self) -> None:
        row = self.receipts.currentRow()
        if not 0 <= row < len(self.receipt_rows):
            return
        number = self.receipt_rows[row].number
        self.message.clear()
        self.ctx.printer.print(self, number)  # the print banner says how it ended

    def preview(self) -> None:
        """The selected receipt as it will print, with Print (print_banner.preview)."""
        row = self.receipts.currentRow()
        if 0 <= row < len(self.receipt_rows):
            preview(self, self.ctx, "receipt", self.receipt_rows[row].number)
