"""One purchase order: what was bought and paid, its receipts, and the next step.

The steps follow the core's lifecycle (``purchasing``): mark it ordered on the platforms (each
part's platform and order number; more can be added later), arrived at the point, picked up
(prints the pickup slip the farmer signs); cancel before pickup (refund, cancel receipt);
return after pickup (refund, commission reversed, return receipt; after a day a manager
approves); void the purchase receipt (a manager's decision; the void slip is printed, the
original kept).  Money is never deleted: each correction is the core's reversal with a
receipt of its own.

Every action is a QAction with a shortcut, shown on its button's tooltip and in the order
list's right-click menu; refusals appear next to the field they concern.  Which actions are
enabled is the core's ``order_refs.allowed_actions``, the same rule the core's steps check.
The steps themselves are :class:`OrderSteps` (``purchase_order_steps.py``), the base class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.money import format_yuan
from ...core.order_refs import OTHER, allowed_actions, ordering, platform_code, progress
from ...core.payments import for_receipt
from ...core.purchasing import Order
from ...core.receipts import Receipt
from ..i18n import Retranslating
from .farmers import describe
from .form_rows import add_row, set_labels
from .forms import Form, named, plain_words
from .purchase_items import quantity_text
from .purchase_order_steps import OrderSteps
from .purchase_orders import shown_status_name
from .saying import SayingLabel

if TYPE_CHECKING:
    from ..context import AppContext


class OrderDetail(Retranslating, OrderSteps):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: Order | None = None
        self.receipt_rows: list[Receipt] = []
        self.heading = named(QLabel(), "orderTitle")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.info = named(QLabel(), "orderInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.form = Form(ctx)
        self.rows: dict[str, QWidget] = {}
        self.lines = named(QListWidget(), "orderLines")
        self.lines.setMaximumHeight(110)
        self.receipts = named(QListWidget(), "orderReceipts")
        self.receipts.setMaximumHeight(92)
        self.platform_no = named(QLineEdit(), "orderPlatformNo")
        self.platform_no.setMaxLength(64)
        self.ref_platform = named(QComboBox(), "orderRefPlatform")
        # about eight characters wide, not the longest platform name: the number needs the room
        self.ref_platform.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ref_platform.setMinimumContentsLength(8)
        self.add_ref_button = named(QToolButton(), "orderAddRef")
        # a label, not a list: only as tall as the numbers it holds (the detail is short)
        self.refs = named(QLabel(), "orderPlatformRefs")
        self.refs.setTextFormat(Qt.TextFormat.PlainText)
        self.refs.setWordWrap(True)
        #: (platform, number) pairs typed for an order not yet marked ordered
        self.pending_refs: list[tuple[str, str]] = []
        ref_row = QWidget()
        ref_layout = QHBoxLayout(ref_row)
        ref_layout.setContentsMargins(0, 0, 0, 0)
        ref_layout.addWidget(self.ref_platform)
        ref_layout.addWidget(self.platform_no, 1)
        ref_layout.addWidget(self.add_ref_button)
        self.reason = named(QLineEdit(), "orderReason")
        self.refund = named(QComboBox(), "orderRefundMethod")
        add_row(
            self.form,
            self.rows,
            "lines",
            self.lines,
            "lines",
            "nothing_to_return",
            "line_already_returned",
            "line_listed_twice",
            "order_line_not_found",
        )
        add_row(
            self.form,
            self.rows,
            "platform",
            ref_row,
            "platform_order_no",
            "platform",
            "platform_refs_missing",
            "platform_refs_too_many",
            "platform_unknown",
            "platform_ref_twice",
            focus=self.platform_no,
        )
        add_row(self.form, self.rows, "refs", self.refs)
        add_row(self.form, self.rows, "reason", self.reason, "reason")
        add_row(
            self.form,
            self.rows,
            "refund",
            self.refund,
            "refund_exceeds_paid",
            "payment_method_unknown",
        )
        add_row(
            self.form,
            self.rows,
            "receipts",
            self.receipts,
            "receipt_not_voidable",
            "receipt_already_voided",
            "receipt_not_found",
        )
        self.message = named(SayingLabel(), "orderMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #2e7d32;")
        self.actions_: list[QAction] = []
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        specs = (
            ("orderMarkOrdered", "Ctrl+1", self.mark_ordered, 0, 0),
            ("orderAddRef", "Ctrl+Shift+A", self.add_ref, 2, 0),
            ("orderArrived", "Ctrl+2", self.mark_arrived, 0, 1),
            ("orderPickup", "Ctrl+3", self.pickup, 0, 2),
            ("orderCancel", "Ctrl+Shift+C", self.cancel, 1, 0),
            ("orderReturn", "Ctrl+Shift+R", self.return_lines, 1, 1),
            ("orderVoid", "Ctrl+Shift+V", self.void, 1, 2),
            ("orderReprint", "Ctrl+P", self.reprint, 2, 2),
            ("orderPreview", "Ctrl+Alt+P", self.preview, 2, 1),
        )
        for name, keys, slot, r, c in specs:
            act = QAction(self)
            act.setObjectName("act" + name[0].upper() + name[1:])
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            button = self.add_ref_button if name == "orderAddRef" else named(QToolButton(), name)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(
                button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed
            )
            if button is not self.add_ref_button:  # it sits beside the number it adds
                grid.addWidget(button, r, c)
            self.actions_.append(act)
            self.buttons[name] = button
        self.act = {name: act for (name, *_rest), act in zip(specs, self.actions_, strict=True)}
        self.platform_no.returnPressed.connect(self._number_entered)
        self.reason.returnPressed.connect(self._reason_entered)
        for button in self.buttons.values():
            button.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.form)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()
        self.show_order(None)

    def retranslate(self) -> None:
        set_labels(
            self.form,
            self.rows,
            {
                "lines": self.tr("&Lines"),
                "platform": self.tr("Platform order n&o."),
                "refs": self.tr("Platform orders"),
                "reason": self.tr("&Reason"),  # Alt+R, Alt+N: free on F4
                "refund": self.tr("Refu&nd"),
                "receipts": self.tr("Recei&pts"),
            },
        )
        self.platform_no.setPlaceholderText(self.tr("Order no."))
        hint = self.platform_no.fontMetrics().horizontalAdvance(self.platform_no.placeholderText())
        self.platform_no.setMinimumWidth(hint + 20)  # its placeholder is never cut
        self.platform_no.setToolTip(self.tr("One order number; Enter saves it"))
        current_platform = self.ref_platform.currentData()
        self.ref_platform.clear()
        for code, names in platform_names().items():
            self.ref_platform.addItem(names, code)
        self.ref_platform.setCurrentIndex(max(self.ref_platform.findData(current_platform), 0))
        self.reason.setPlaceholderText(self.tr("Why it is cancelled or returned"))
        current = self.refund.currentData()
        self.refund.clear()
        for text, data in (
            (self.tr("The way it was paid"), None),
            (self.tr("Cash"), "cash"),
            (self.tr("Mobile payment"), "mobile"),
            (self.tr("To the farmer's account"), "account"),
        ):
            self.refund.addItem(text, data)
        self.refund.setCurrentIndex(max(self.refund.findData(current), 0))
        texts = {
            "orderMarkOrdered": (
                self.tr("&Ordered"),
                self.tr(
                    "Ordered on the platforms: keep the numbers added and the one typed (Ctrl+1)"
                ),
            ),
            "orderAddRef": (
                self.tr("A&dd no."),
                self.tr(
                    "Add this platform order number; one order may be split across "
                    "platforms (Ctrl+Shift+A)"
                ),
            ),
            "orderArrived": (self.tr("&Arrived"), self.tr("The parcel is at the point (Ctrl+2)")),
            "orderPickup": (
                self.tr("&Picked up"),
                self.tr("The farmer took the goods: print the pickup slip (Ctrl+3)"),
            ),
            "orderCancel": (
                self.tr("&Cancel order"),
                self.tr("Cancel before pickup and refund (Ctrl+Shift+C)"),
            ),
            "orderReturn": (
                self.tr("R&eturn"),
                self.tr(
                    "Return ticked lines after pickup and "
                    "refund; after a day a manager "
                    "approves (Ctrl+Shift+R)"
                ),
            ),
            "orderVoid": (
                self.tr("&Void receipt"),
                self.tr("Void the purchase receipt: a manager approves (Ctrl+Shift+V)"),
            ),
            "orderReprint": (
                self.tr("&Reprint"),
                self.tr("Print the selected receipt again (Ctrl+P)"),
            ),
            "orderPreview": (
                self.tr("Previe&w"),
                self.tr("Show the selected receipt as it prints, then print it (Ctrl+Alt+P)"),
            ),
        }
        for name, (text, tip) in texts.items():
            self.act[name].setText(text)
            self.act[name].setIconText(plain_words(text))  # the button: 「退货」, no 「(&E)」
            self.act[name].setToolTip(tip)

    # -- showing -------------------------------------------------------------------------------

    def show_order(self, order_id: str | None, keep_message: bool = False) -> None:
        self.form.clear_errors()
        if not keep_message:
            self.message.clear()
        s = self.ctx.station
        previous = self.order.id if self.order is not None else None
        self.order = s.purchasing.get(order_id) if order_id else None
        if order_id != previous or (self.order is not None and self.order.status != "placed"):
            self.pending_refs = []
        self.lines.clear()
        self.receipts.clear()
        self.receipt_rows = []
        order = self.order
        if order is None:
            self.heading.setText(self.tr("No order selected"))
            self.info.setText(self.tr("Pick an order in the list."))
            self.platform_no.clear()
            self._show_refs()
            self._update_actions()
            return
        ordering = progress(order) if order.status == "placed" else None
        self.heading.setText(f"{order.number} · {shown_status_name(order.shown_status, ordering)}")
        farmer = s.farmers.get(order.farmer_id)
        info = [
            self.tr("Farmer: %1").replace("%1", describe(farmer)),
            self.tr("Placed: %1").replace("%1", order.created_at[:16].replace("T", " ")),
            self.tr("Total: %1   Commission: %2")
            .replace("%1", format_yuan(order.total_fen, symbol="¥"))
            .replace("%2", format_yuan(order.commission_fen, symbol="¥")),
        ]
        if ordering is not None and ordering.done:
            names = platform_names()
            info.append(
                self.tr("Still needs the order number from: %1").replace(
                    "%1", ", ".join(names.get(code, code) for code in ordering.missing)
                )
            )
        if order.status == "cancelled":
            info.append(
                self.tr("Refunded: %1   Net: %2")
                .replace("%1", format_yuan(order.total_fen, symbol="¥"))
                .replace("%2", format_yuan(order.net_fen, symbol="¥"))
            )
        elif order.returned_fen or any(li.returned for li in order.lines):
            info.append(
                self.tr("Returned: %1   Net: %2   Commission kept: %3")
                .replace("%1", format_yuan(order.returned_fen, symbol="¥"))
                .replace("%2", format_yuan(order.net_fen, symbol="¥"))
                .replace("%3", format_yuan(order.net_commission_fen, symbol="¥"))
            )
        completable = order.status == "completed"
        for li in order.lines:
            text = (
                f"{li.line_no}. {li.name}  {quantity_text(self.ctx, li.quantity_base, li.unit)}"
                f"  {format_yuan(li.line_total_fen, symbol='¥')}"
            )
            if li.returned:
                text += "  " + self.tr("(returned)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, li.id)
            if completable and not li.returned:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            elif li.returned:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.lines.addItem(item)
        methods = {
            "cash": self.tr("cash"),
            "mobile": self.tr("mobile"),
            "account": self.tr("on account"),
        }
        for receipt in s.receipts.for_ref(order.id):
            self._add_receipt(receipt)
            void = s.receipts.void_of(receipt.id)
            if void is not None:
                self._add_receipt(void)
            if receipt.kind == "purchase":
                paid = ", ".join(
                    f"{methods.get(p.method, p.method)} "
                    f"{format_yuan(p.amount_fen, symbol='¥')}"
                    + (f" ({p.reference})" if p.reference else "")
                    for p in for_receipt(s, receipt.id)
                )
                if paid:
                    info.append(self.tr("Paid: %1").replace("%1", paid))
        self.info.setText("\n".join(info))
        if self.receipts.count():
            self.receipts.setCurrentRow(0)
        self.platform_no.clear()
        self.choose_next_platform()
        self._show_refs()
        self._update_actions()

    def choose_next_platform(self) -> None:
        """Put the platform box on the platform whose number comes next: the first one the
        lines name that has no number yet, kept or typed (after the 京东 number, 拼多多), else
        the lines' first platform (the usual single number); left alone when neither."""
        order = self.order
        if order is None:
            return
        have = [r.platform for r in order.platform_refs] + [p for p, _n in self.pending_refs]
        missing = [code for code in ordering(order.lines, have).missing if code != OTHER]
        first = next((code for li in order.lines if (code := platform_code(li.platform))), None)
        code = missing[0] if missing else (first if not have else None)
        if code is not None:
            self.ref_platform.setCurrentIndex(max(self.ref_platform.findData(code), 0))

    def _show_refs(self) -> None:
        """The order's platform numbers (platform, number, who, when), one a line, then any
        typed for an order not yet marked ordered."""
        order = self.order
        if order is None:
            self.refs.clear()
            return
        names = platform_names()
        who = {op.id: op.name for op in self.ctx.station.operators.list()}
        lines = [
            f"{names.get(ref.platform, ref.platform)} {ref.number} · "
            f"{who.get(ref.operator_id, '')} {ref.created_at[5:16].replace('T', ' ')}"
            for ref in order.platform_refs
        ]
        lines += [
            self.tr("%1 %2 (not saved yet: Ctrl+1 marks the order ordered)")
            .replace("%1", names.get(platform, platform))
            .replace("%2", number)
            for platform, number in self.pending_refs
        ]
        self.refs.setText(
            "\n".join(lines) or self.tr("None yet: choose the platform, type its order number")
        )

    def _add_receipt(self, receipt: Receipt) -> None:
        kinds = {
            # short: the number, the kind and the amount fit the narrow list in English too
            "purchase": self.tr("purchase"),
            "pickup": self.tr("pickup"),
            "cancel": self.tr("cancel"),
            "return": self.tr("return"),
            "void": self.tr("void"),
        }
        self.receipts.addItem(
            f"{receipt.number}  {kinds.get(receipt.kind, receipt.kind)}  "
            f"{format_yuan(receipt.amount_fen, symbol='¥')}"
        )
        self.receipt_rows.append(receipt)

    def _update_actions(self) -> None:
        """Enable exactly what the core allows now (``allowed_actions``)."""
        allowed = allowed_actions(self.order) if self.order is not None else frozenset()
        enabled = {
            "orderMarkOrdered": "place" in allowed,
            "orderAddRef": bool(allowed & {"place", "add_ref"}),
            "orderArrived": "arrived" in allowed,
            "orderPickup": "pickup" in allowed,
            "orderCancel": "cancel" in allowed,
            "orderReturn": "return" in allowed,
            "orderVoid": "void" in allowed and self._purchase_receipt() is not None,
            "orderReprint": "reprint" in allowed and bool(self.receipt_rows),
            "orderPreview": "reprint" in allowed and bool(self.receipt_rows),
        }
        for name, on in enabled.items():
            self.act[name].setEnabled(on)
        self.platform_no.setEnabled(enabled["orderAddRef"])
        self.ref_platform.setEnabled(enabled["orderAddRef"])
        refunds = bool(allowed & {"cancel", "return"})
        self.reason.setEnabled(refunds)
        self.refund.setEnabled(refunds)

    # -- keyboard ------------------------------------------------------------------------------

    def focus_next_step(self) -> None:
        """Put the cursor where the selected order's next step is taken."""
        status = self.order.status if self.order else ""
        target: QWidget = {
            "placed": self.platform_no,
            "ordered": self.buttons["orderArrived"],
            "arrived": self.buttons["orderPickup"],
            "completed": self.lines,
        }.get(status, self.buttons["orderReprint"])
        target.setFocus()
        if target is self.platform_no:
            self.platform_no.selectAll()

    def _number_entered(self) -> None:
        """Enter in the number: mark a paid order ordered (with the numbers added and this
        one); on an order already ordered, add this number."""
        if self.act["orderMarkOrdered"].isEnabled():
            self.mark_ordered()
        elif self.act["orderAddRef"].isEnabled():
            self.add_ref()

    def _reason_entered(self) -> None:
        """Enter in the reason: cancel an open order, return a picked-up one (both confirm)."""
        if self.act["orderCancel"].isEnabled():
            self.cancel()
        elif self.act["orderReturn"].isEnabled():
            self.return_lines()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QToolButton)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.click()
            return True
        return False


def platform_names() -> dict[str, str]:
    """The platforms the core knows (``order_refs.PLATFORMS``, the same codes), translated;
    written out so the translation tools find each name."""
    return {
        "pdd": QCoreApplication.translate("Platform", "Pinduoduo"),
        "jd": QCoreApplication.translate("Platform", "JD.com"),
        "taobao": QCoreApplication.translate("Platform", "Taobao"),
        "cuntao": QCoreApplication.translate("Platform", "Rural Taobao"),
        "suning": QCoreApplication.translate("Platform", "Suning"),
        "douyin": QCoreApplication.translate("Platform", "Douyin"),
        "kuaishou": QCoreApplication.translate("Platform", "Kuaishou"),
        "other": QCoreApplication.translate("Platform", "Other platform"),
    }
