"""Purchase (代购): find the farmer, add items, take the payment, print the receipt.

The whole purchase can be done from the keyboard: the farmer search has the cursor when the
screen opens; Enter takes a farmer and moves to the item search; Enter takes an item and asks
its quantity, Enter adds the line (a scanned barcode adds a counted item at once); Enter on
the empty item search goes to the payment; Enter there (or Ctrl+Enter / F12 anywhere) takes
the payment and prints.  Esc clears the field or backs out one step; Ctrl+Z takes back the
last change to the order lines before it is confirmed.

Prices, totals and the commission shown come from the core's ``purchasing.quote`` — the same
arithmetic ``place`` uses — so the screen never computes money itself.  The commission is for
the operator's eyes only; it is not printed on the farmer's receipt.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Change
from ...core.errors import InvalidInput, ServicePointError
from ...core.money import format_yuan
from ...core.purchasing import LineInput, Quote
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from ..widgets.farmers import FarmerPicker
from ..widgets.form_rows import show_message
from ..widgets.forms import ERROR_STYLE, Form, named
from ..widgets.print_banner import joined
from ..widgets.purchase_items import ItemEntry, price_text, quantity_text
from ..widgets.purchase_payment import PaymentPanel
from .base import Screen

if TYPE_CHECKING:
    from ..context import AppContext

SCREEN_ACTION = Qt.ShortcutContext.WidgetWithChildrenShortcut


class PurchaseScreen(Retranslating, Screen):
    watches = frozenset({Change.CATALOGUE, Change.FARMERS, Change.LEDGER, Change.LANGUAGE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("purchaseScreen")
        self.inputs: list[LineInput] = []
        self.undo_stack: list[list[LineInput]] = []
        self.quote: Quote | None = None
        #: the last completed sale (number, farmer, total, change), shown until the next farmer
        self.last_sale: tuple[str, str, int, int] | None = None
        # 1. farmer
        self.farmer_box = QGroupBox()
        self.farmer_form = Form(ctx)
        self.picker = FarmerPicker(ctx, name="purchaseFarmer")
        self.picker.matches.setMaximumHeight(84)
        self.farmer_form.layout_.addRow(self.picker)
        self.farmer_error = named(QLabel(), "purchaseFarmerError")
        self.farmer_error.setStyleSheet(ERROR_STYLE)
        self.farmer_error.hide()
        self.farmer_form.errors.update(
            {"farmer": self.farmer_error, "farmer_not_found": self.farmer_error}
        )
        self.farmer_form.layout_.addRow(self.farmer_error)
        QVBoxLayout(self.farmer_box).addWidget(self.farmer_form)
        self.picker.farmer_chosen.connect(self._farmer_chosen)
        # 2. items
        self.items_box = QGroupBox()
        self.entry = ItemEntry(ctx)
        QVBoxLayout(self.items_box).addWidget(self.entry)
        self.entry.line_did_complete.connect(self.add_line)
        self.entry.adding_did_finish.connect(self._go_to_payment)
        # the order
        self.lines_box = QGroupBox()
        self.model = RowsModel(self._columns(), self)
        self.table = named(QTableView(), "purchaseLines")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        EmptyHint(
            self.table,
            lambda: self.tr("Choose the farmer, then add items from the list on the left."),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.lines_error = named(QLabel(), "purchaseLinesError")
        self.lines_error.setStyleSheet(ERROR_STYLE)
        self.lines_error.setWordWrap(True)
        self.lines_error.hide()
        self.undo_button = named(QPushButton(), "purchaseUndo")
        self.remove_button = named(QPushButton(), "purchaseRemoveLine")
        self.clear_button = named(QPushButton(), "purchaseClear")
        self.total = named(QLabel(), "purchaseTotal")
        self.total.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.commission = named(QLabel(), "purchaseCommission")
        self.commission.setStyleSheet("color: #2e7d32;")
        self.commission.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.remove_button, self.clear_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the cursor be
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        lines = QVBoxLayout(self.lines_box)
        lines.addWidget(self.table, 1)
        lines.addWidget(self.lines_error)
        lines.addLayout(buttons)
        lines.addWidget(self.commission)
        # 3. payment
        self.pay_box = QGroupBox()
        self.payment = PaymentPanel(ctx)
        QVBoxLayout(self.pay_box).addWidget(self.payment)
        self.payment.enter_did_press.connect(self.confirm)
        self.payment.escape_did_press.connect(self.entry.focus_entry)
        self.confirm_button = named(QPushButton(), "purchaseConfirm")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setMinimumHeight(40)
        self.confirm_button.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.result = named(QLabel(), "purchaseResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.result, 1)
        confirm_row.addWidget(self.confirm_button)
        # layout
        left = QVBoxLayout()
        left.addWidget(self.farmer_box)
        left.addWidget(self.items_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.lines_box, 1)
        right.addWidget(self.pay_box)
        right.addLayout(confirm_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(left, 5)
        layout.addLayout(right, 7)
        self._build_actions()
        self._tab_order()
        self.table.installEventFilter(self)
        self.entry.search.installEventFilter(self)
        self.retranslate()
        self.show_lines()

    def _build_actions(self) -> None:
        def action(name: str, slot: Any, *keys: str) -> QAction:
            act = named(QAction(self), name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(SCREEN_ACTION)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        # Ctrl+Enter is the screen's commit (screens/base.py), which takes the payment too
        self.act_confirm = action("actPurchaseConfirm", self.confirm, "F12")
        self.act_undo = action("actPurchaseUndo", self.undo, "Ctrl+Z")
        self.act_remove = action("actPurchaseRemove", self.remove_selected, "Delete")
        self.act_clear = action("actPurchaseClear", self.clear_order, "Ctrl+Shift+Delete")
        self.table.addActions([self.act_remove, self.act_undo])
        self.confirm_button.clicked.connect(self.confirm)
        self.undo_button.clicked.connect(self.undo)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_order)

    def _tab_order(self) -> None:
        e, p = self.entry, self.payment
        chain: list[QWidget] = [
            self.picker.search,
            e.tabs,
            e.search,
            e.scanned,  # shown only under a scan's 找不到商品
            e.quantity,
            e.add_button,
            e.ad_name,
            e.ad_platform,
            e.ad_link,
            e.ad_price,
            e.ad_unit,
            e.ad_category,
            e.ad_quantity,
            e.ad_add,
            self.table,
            p.tendered,
            p.mobile,
            p.mobile_ref,
            p.account,
            self.confirm_button,
            self.picker.new_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def title(self) -> str:
        return self.tr("Purchase")

    def _columns(self) -> list[Column]:
        ctx = self.ctx
        return [
            Column("#", lambda li: li.line_no, align_right=True),
            Column(
                self.tr("Item"), lambda li: li.name + (f" ({li.platform})" if li.platform else "")
            ),
            Column(
                self.tr("Quantity"),
                lambda li: quantity_text(ctx, li.quantity_base, li.unit),
                align_right=True,
            ),
            Column(
                self.tr("Price"),
                lambda li: price_text(ctx, li.unit_price_fen, li.unit),
                align_right=True,
            ),
            Column(self.tr("Amount"), lambda li: li.line_total_fen, money=True),
            Column(
                self.tr("Commission"),
                lambda li: li.commission_fen,
                money=True,
                colour=lambda _li: "#2e7d32",
            ),
        ]

    def retranslate(self) -> None:
        self.farmer_box.setTitle(self.tr("1. Farmer"))
        self.items_box.setTitle(self.tr("2. Items"))
        self.lines_box.setTitle(self.tr("Order"))
        self.pay_box.setTitle(self.tr("3. Payment"))
        self._say(self.act_confirm, lambda: self.tr("&Take payment and print"))
        self._say(self.act_undo, lambda: self.tr("&Undo last change"))
        self._say(self.act_remove, lambda: self.tr("&Remove line"))
        self._say(self.act_clear, lambda: self.tr("&Clear the order"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last change to the lines (Ctrl+Z)"))
        self.remove_button.setText(self.tr("Remove line"))
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Start again with an empty order (Ctrl+Shift+Delete)"))
        self.confirm_button.setText(self.tr("Take payment and print"))
        self.confirm_button.setToolTip(
            self.tr("Record the order and payment, print the receipt (Ctrl+Enter or F12)")
        )
        self.table.setToolTip(self.tr("Right-click for actions; Delete removes a line"))
        self.model.set_columns(self._columns())
        self._size_columns()
        self.show_totals()
        self._show_last_sale()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def commit(self) -> None:
        """Ctrl+Enter: as 收款并打印, and like it nothing while it is disabled."""
        if self.act_confirm.isEnabled():
            self.confirm()

    def focus_start(self) -> None:
        if self.picker.chosen is None:
            self.picker.search.setFocus()
        else:
            self.entry.focus_entry()

    def refresh(self) -> None:
        self.entry.refresh_categories()
        self.payment.set_farmer(self.picker.chosen)

    # -- farmer --------------------------------------------------------------------------------

    def _farmer_chosen(self, farmer: Any) -> None:
        self.farmer_form.clear_errors()
        self.last_sale = None
        self._show_last_sale()
        self.payment.set_farmer(farmer)
        self._update_actions()
        self.entry.focus_entry()

    # -- lines ---------------------------------------------------------------------------------

    def add_line(self, line: LineInput) -> None:
        """Add a priced line; the same catalogue item again adds to its quantity."""
        new = list(self.inputs)
        for n, old in enumerate(new):
            if (
                line.item_id is not None
                and old.item_id == line.item_id
                and old.unit_price_fen == line.unit_price_fen
            ):
                new[n] = dataclasses.replace(
                    old, quantity_base=old.quantity_base + line.quantity_base
                )
                break
        else:
            new.append(line)
        self.set_lines(new)

    def set_lines(self, new: list[LineInput], remember: bool = True) -> bool:
        """Replace the lines if the core can price them all; True when done."""
        try:
            quote = self.ctx.station.purchasing.quote(new) if new else None
        except ServicePointError as error:
            self.lines_error.setText(self.ctx.message(error))
            self.lines_error.show()
            return False
        if remember:
            self.undo_stack.append(self.inputs)
        self.inputs = new
        self.quote = quote
        self.lines_error.hide()
        self.show_lines()
        return True

    def show_lines(self) -> None:
        self.model.set_rows(self.quote.lines if self.quote else [])
        if self.model.rowCount():
            self.table.scrollToBottom()
        self.show_totals()
        self._update_actions()

    def _update_actions(self) -> None:
        """Each action (the 操作 menu, its shortcut and its button) is enabled exactly when it
        can act: payment needs a farmer and a line, remove a line, clear something to clear,
        undo a change to take back.  A disabled action's shortcut does nothing."""
        lines = bool(self.inputs)
        for act, button, on in (
            (self.act_confirm, self.confirm_button, lines and self.picker.chosen is not None),
            (self.act_undo, self.undo_button, bool(self.undo_stack)),
            (self.act_remove, self.remove_button, lines),
            (self.act_clear, self.clear_button, lines or self.picker.chosen is not None),
        ):
            act.setEnabled(on)
            button.setEnabled(on)

    def show_totals(self) -> None:
        total = self.quote.total_fen if self.quote else 0
        commission = self.quote.commission_fen if self.quote else 0
        self.total.setText(self.tr("Total %1").replace("%1", format_yuan(total, symbol="¥")))
        self.commission.setText(
            self.tr("The point earns %1 on pickup (not printed)").replace(
                "%1", format_yuan(commission, symbol="¥")
            )
        )
        self.payment.set_due(total)

    def undo(self) -> None:
        if not self.undo_stack:
            return
        self.set_lines(self.undo_stack.pop(), remember=False)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0].row()
            self.set_lines(self.inputs[:index] + self.inputs[index + 1 :])

    def clear_order(self) -> None:
        if self.inputs and not self.ctx.confirm(
            self,
            self.tr("Clear the order"),
            self.tr("Remove all %1 lines and start again?").replace("%1", str(len(self.inputs))),
        ):
            return
        self.reset()

    def reset(self) -> None:
        self.picker.clear()
        self.farmer_form.clear_errors()
        self.entry.clear()
        self.payment.clear()
        self.payment.set_farmer(None)
        self.inputs, self.undo_stack, self.quote = [], [], None
        self.lines_error.hide()
        self.show_lines()
        self.picker.search.setFocus()

    def _go_to_payment(self) -> None:
        if self.inputs:
            self.payment.focus_first()

    # -- confirming ----------------------------------------------------------------------------

    def confirm(self) -> None:
        """Place the order with its payment and print the receipt; nothing is written on a
        refusal, which is shown next to the field it concerns."""
        self.lines_error.hide()
        self.payment.clear_errors()
        farmer = self.picker.chosen
        if farmer is None:
            show_message(self.farmer_form, "farmer", self.tr("Choose the farmer first."))
            self.picker.search.setFocus()
            return
        if not self.inputs:
            self.lines_error.setText(self.ctx.message(InvalidInput("order_empty")))
            self.lines_error.show()
            self.entry.focus_entry()
            return
        try:
            tenders = self.payment.tenders()
        except ServicePointError:
            return
        change = self.payment.change_fen()
        try:
            inputs = list(self.inputs)
            order = self.ctx.write(lambda st: st.purchasing.place(farmer.id, inputs, tenders))
            self.payment.sale_done(order.total_fen)  # its change stays large (issue 12 #9)
        except ServicePointError as error:
            if self.payment.handles(error):
                self.payment.show_error(error)
            elif error.code.startswith("farmer"):
                self.farmer_form.show_error(error, "farmer")
            else:
                self.lines_error.setText(self.ctx.message(error))
                self.lines_error.show()
            return
        self.ctx.printer.print(self, order.number)  # the print banner says how it ended
        self.reset()
        self.last_sale = (order.number, farmer.name, order.total_fen, change or 0)
        self._show_last_sale()

    def _show_last_sale(self) -> None:
        """The line about the last completed sale, in the current language (retranslate)."""
        if self.last_sale is None:
            self.result.clear()
            return
        number, name, total, change = self.last_sale
        parts = [
            self.tr("Order %1 taken for %2: %3.")
            .replace("%1", number)
            .replace("%2", name)
            .replace("%3", format_yuan(total, symbol="¥"))
        ]
        if change:
            parts.append(self.tr("Give change: %1.").replace("%1", format_yuan(change, symbol="¥")))
        self.result.setText(joined(*parts))  # no space after a Chinese full stop

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.table and event.key() == Qt.Key.Key_Escape:
                self.entry.focus_entry()
                return True
            if (
                watched is self.entry.search
                and event.matches(QKeySequence.StandardKey.Undo)
                and not self.entry.search.text()
            ):
                self.undo()
                return True
        return False
