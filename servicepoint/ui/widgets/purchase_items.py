"""Adding lines to a purchase: a county catalogue item (search or barcode scanner), or an
item the farmer saw on a platform (name, platform, link, price, unit, category).

Keyboard: type in the search box, Down/Up move through the matches, Enter takes the
highlighted item and moves to its quantity; Enter there adds the line and comes back to the
search.  A barcode scanner is fast typing + Enter: a known barcode of a counted item adds one
piece at once (a weighed item asks its weight, which F10 takes from the scale); an unknown
one offers 作为平台商品添加 (Alt+P, item_add.py).  Enter on an empty search says "done adding"
(the screen moves on to the payment).  Esc clears the field, or backs out of the quantity.

Every line is priced by the core's ``purchasing.quote`` before it is handed on, so a refusal
(an inactive item, half a piece, an absurd amount) shows next to the field that caused it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...core.catalogue import Item
from ...core.errors import InvalidQuantity, NotFound, ServicePointError
from ...core.purchasing import LineInput
from ..i18n import Retranslating
from ..look import EmptyHint
from .consignment_common import name_units, unit_name
from .form_rows import add_row, set_labels, show_message
from .forms import Form, MoneyEdit, named
from .item_add import ScannedItemOffer, fill_categories
from .scale_weight import ScaleWeight

if TYPE_CHECKING:
    from ..context import AppContext

#: A scanned code: digits only, at least this long (EAN-8 and up).
BARCODE_MIN = 8


def price_text(ctx: AppContext, price_fen: int, unit_code: str) -> str:
    return f"{money.format_yuan(price_fen, symbol='¥')}/{unit_name(ctx, unit_code)}"


def quantity_text(ctx: AppContext, quantity_base: int, unit_code: str) -> str:
    return money.format_quantity(quantity_base, unit_code, english=ctx.lang == "en")


class ItemEntry(Retranslating, QWidget):
    """Two tabs: the catalogue and a platform item; emits ``line_did_complete`` with a LineInput."""

    line_did_complete = Signal(object)  # LineInput, already priced once by the core
    adding_did_finish = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: Item | None = None
        self.tabs = named(QTabWidget(), "purchaseItemTabs")
        self.tabs.addTab(self._catalogue_tab(), "")
        self.tabs.addTab(self._platform_tab(), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.refresh_categories()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(
            QKeySequence("Ctrl+1"),
            self,
            lambda: self.tabs.setCurrentIndex(0),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Ctrl+2"),
            self,
            lambda: self.tabs.setCurrentIndex(1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.retranslate()

    # -- building ------------------------------------------------------------------------------

    def _catalogue_tab(self) -> QWidget:
        self.cat_form = Form(self.ctx)
        self.search = named(QLineEdit(), "purchaseItemSearch")
        self.search.setClearButtonEnabled(True)
        self.rows: dict[str, QWidget] = {}
        add_row(
            self.cat_form,
            self.rows,
            "find",
            self.search,
            "search",
            "item_not_found",
            "item_inactive",
        )
        # Under a scan's 找不到商品: add the code as a platform item (item_add.py).
        self.scanned = ScannedItemOffer(self.ctx, self.search)
        find_row = self.rows["find"].layout()
        assert find_row is not None
        find_row.addWidget(self.scanned)
        self.scanned.item_did_add.connect(self.take_scanned)
        self.matches = named(QListWidget(), "purchaseItemMatches")
        self.matches.setMinimumHeight(80)
        self.matches.itemActivated.connect(
            lambda item: self.take(item.data(Qt.ItemDataRole.UserRole))
        )
        self.cat_form.layout_.addRow(self.matches)
        self.matches_hint = EmptyHint(self.matches, self._matches_hint)
        self.chosen_label = named(QLabel(), "purchaseItemChosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setStyleSheet("font-weight: bold;")
        self.cat_form.layout_.addRow(self.chosen_label)
        qty_row = QWidget()
        row = QHBoxLayout(qty_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.quantity = named(QLineEdit(), "purchaseQuantity")
        self.quantity.setMaxLength(12)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setMaximumWidth(110)
        self.unit = named(QLabel(), "purchaseUnit")
        self.add_button = named(QPushButton(), "purchaseAddItem")
        self.add_button.clicked.connect(self.add_catalogue_line)
        self.add_button.setAutoDefault(False)
        row.addWidget(self.quantity)
        row.addWidget(self.unit)
        row.addStretch(1)
        row.addWidget(self.add_button)
        qty_row.setFocusProxy(self.quantity)
        add_row(
            self.cat_form,
            self.rows,
            "quantity",
            qty_row,
            *money.QUANTITY_CODES,
            focus=self.quantity,
        )
        # an item sold by weight: the scale's weight, F10 into the quantity (issue 15)
        self.scale = ScaleWeight(
            self.ctx,
            self.quantity,
            lambda: self.chosen.unit if self.chosen is not None else None,
            scope=self.cat_form,
            name="purchaseScale",
        )
        self.scale.hide()
        self.cat_form.layout_.addRow(self.scale)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.update_matches)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        for widget in (self.search, self.quantity):
            widget.installEventFilter(self)
        self.quantity.returnPressed.connect(self.add_catalogue_line)
        return self.cat_form

    def _platform_tab(self) -> QWidget:
        self.ad_form = Form(self.ctx)
        f = self.ad_form
        self.ad_name = named(QLineEdit(), "purchaseAdhocName")
        self.ad_platform = named(QLineEdit(), "purchaseAdhocPlatform")
        self.ad_link = named(QLineEdit(), "purchaseAdhocLink")
        self.ad_price = MoneyEdit()
        self.ad_price.setObjectName("purchaseAdhocPrice")
        self.ad_unit = named(QComboBox(), "purchaseAdhocUnit")
        name_units(self.ctx, self.ad_unit, money.UNITS)
        self.ad_unit.setCurrentIndex(self.ad_unit.findData("piece"))
        price_row = QWidget()
        row = QHBoxLayout(price_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.ad_price, 1)
        self.per_label = QLabel()
        self.per_label.setBuddy(self.ad_unit)  # its Alt+U chooses the unit (issue 12)
        row.addWidget(self.per_label)
        row.addWidget(self.ad_unit)
        price_row.setFocusProxy(self.ad_price)
        self.ad_category = named(QComboBox(), "purchaseAdhocCategory")
        self.ad_quantity = named(QLineEdit(), "purchaseAdhocQuantity")
        self.ad_quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.ad_quantity.setMaxLength(12)
        qty_row = QWidget()
        qrow = QHBoxLayout(qty_row)
        qrow.setContentsMargins(0, 0, 0, 0)
        qrow.addWidget(self.ad_quantity, 1)
        self.ad_add = named(QPushButton(), "purchaseAdhocAdd")
        self.ad_add.setAutoDefault(False)
        self.ad_add.clicked.connect(self.add_platform_line)
        qrow.addWidget(self.ad_add)
        qty_row.setFocusProxy(self.ad_quantity)
        self.ad_rows: dict[str, QWidget] = {}
        add_row(f, self.ad_rows, "name", self.ad_name, "item_name", "name")
        add_row(f, self.ad_rows, "platform", self.ad_platform, "platform")
        add_row(f, self.ad_rows, "link", self.ad_link, "link_ref")
        add_row(
            f,
            self.ad_rows,
            "price",
            price_row,
            "price",
            "too_many_decimals",
            "zero_amount",
            "negative_amount",
            "absurd_amount",
            "not_integer_fen",
            *money.SYNTAX_CODES,
            focus=self.ad_price,
        )
        add_row(
            f, self.ad_rows, "category", self.ad_category, "category_code", "category_not_found"
        )
        add_row(
            f,
            self.ad_rows,
            "quantity",
            qty_row,
            *money.QUANTITY_CODES,
            focus=self.ad_quantity,
        )
        for widget in (
            self.ad_name,
            self.ad_platform,
            self.ad_link,
            self.ad_price,
            self.ad_quantity,
        ):
            widget.returnPressed.connect(self.add_platform_line)
            widget.installEventFilter(self)
        return f

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("From the catalogue"))
        self.tabs.setTabText(1, self.tr("From a platform"))
        self.tabs.setTabToolTip(0, self.tr("County catalogue items, by search or scanner (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("An item the farmer saw on a platform (Ctrl+2)"))
        self.search.setPlaceholderText(self.tr("Item: name, pinyin initials, code or scan"))
        self.search.setToolTip(
            self.tr(
                "Enter takes the highlighted item; a scanned barcode "
                "adds one at once; Enter on an empty box goes to the "
                "payment; Esc clears"
            )
        )
        self.quantity.setToolTip(
            self.tr("Quantity in the item's unit; Enter adds the line, Esc backs out")
        )
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the line (Enter)"))
        set_labels(
            self.cat_form, self.rows, {"find": self.tr("&Find"), "quantity": self.tr("&Quantity")}
        )
        set_labels(
            self.ad_form,
            self.ad_rows,
            {
                "name": self.tr("&Name"),
                "platform": self.tr("&Platform"),
                "link": self.tr("Lin&k or ref."),
                "price": self.tr("Pr&ice"),
                "category": self.tr("Categor&y"),
                "quantity": self.tr("&Quantity"),
            },
        )
        self.ad_name.setPlaceholderText(self.tr("As shown on the platform"))
        self.ad_platform.setPlaceholderText(self.tr("e.g. JD, Pinduoduo, Taobao"))
        self.ad_link.setPlaceholderText(self.tr("Link or item number (optional)"))
        self.per_label.setText(self.tr("per &unit"))
        name_units(self.ctx, self.ad_unit)
        self.ad_add.setText(self.tr("Add"))
        self.ad_add.setToolTip(self.tr("Add the platform item (Enter)"))
        self.ad_quantity.setPlaceholderText("1")
        self.show_chosen()

    def refresh_categories(self) -> None:
        fill_categories(self.ctx, self.ad_category, self.ad_category.currentData())

    # -- catalogue -----------------------------------------------------------------------------

    def update_matches(self) -> None:
        self.matches.clear()
        text = self.search.text().strip()
        for item in self.ctx.station.catalogue.search(text, limit=30) if text else ():
            row = QListWidgetItem(
                f"{item.name}   {price_text(self.ctx, item.price_fen, item.unit)}"
                + (f"   [{item.sku}]" if item.sku else "")
            )
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.matches.addItem(row)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        self.matches_hint.update_hint()

    def _matches_hint(self) -> str:
        """The empty list's words (issue 12 walk: a new station's blank list said nothing)."""
        text = self.search.text().strip()
        if self.ctx.station.catalogue.count() == 0:
            return self.tr(
                "No catalogue yet: import one in Settings (F9), or add the item with "
                "'From a platform' (Ctrl+2)."
            )
        if text:
            return self.tr(
                "Nothing found for '%1': try the pinyin initials, or 'From a platform' (Ctrl+2)."
            ).replace("%1", text)
        return self.tr("Type a name, pinyin initials or code, or scan a barcode.")

    def on_search_enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.update_matches()
        text = self.search.text().strip()
        if not text:
            self.adding_did_finish.emit()
            return
        scanned = text.isdigit() and len(text) >= BARCODE_MIN
        if scanned:
            try:
                item: Item | None = self.ctx.station.catalogue.by_barcode(text)
            except NotFound:
                item = None
            if item is not None:
                self.take_scanned(item)
                return
        current = self.matches.currentItem()
        if current is None:
            self.cat_form.show_error(NotFound("item_not_found", id=text[:40]))
            self.search.selectAll()
            if scanned:
                self.scanned.offer(text)
            return
        self.take(current.data(Qt.ItemDataRole.UserRole))

    def take_scanned(self, item: Item) -> None:
        """A scanned item: a counted one goes on the order at once, a weighed one asks."""
        self.take(item)
        if money.unit(item.unit).base == "piece":
            self.add_catalogue_line()

    def take(self, item: Item) -> None:
        """The operator picked ``item``: ask its quantity."""
        self.cat_form.clear_errors()
        self.chosen = item
        self.show_chosen()
        self.quantity.setText("1")
        self.quantity.selectAll()
        self.quantity.setFocus()

    def show_chosen(self) -> None:
        item = self.chosen
        self.scale.setVisible(item is not None and money.unit(item.unit).base == "g")
        if item is None:
            self.chosen_label.setText(self.tr("Pick an item above, then its quantity."))
            self.unit.setText("")
            return
        self.chosen_label.setText(f"{item.name}  {price_text(self.ctx, item.price_fen, item.unit)}")
        self.unit.setText(unit_name(self.ctx, item.unit))

    def add_catalogue_line(self) -> None:
        item = self.chosen
        if item is None:
            show_message(self.cat_form, "search", self.tr("Pick an item first."))
            self.search.setFocus()
            return
        try:
            qty = money.parse_quantity(self.quantity.text(), item.unit)
            line = LineInput(qty, item_id=item.id)
            self.ctx.station.purchasing.quote([line])
        except InvalidQuantity as error:
            self.cat_form.show_error(error, "quantity")
            self.quantity.selectAll()
            self.quantity.setFocus()
            return
        except ServicePointError as error:
            self.cat_form.show_error(error, "search")
            return
        self.cat_form.clear_errors()
        self.line_did_complete.emit(line)
        self.back_to_search()

    def back_to_search(self) -> None:
        self.chosen = None
        self.quantity.clear()
        self.show_chosen()
        self.search.clear()
        self.matches.clear()
        self.search.setFocus()

    # -- platform item -------------------------------------------------------------------------

    def add_platform_line(self) -> None:
        f = self.ad_form
        unit_code = str(self.ad_unit.currentData())
        try:
            price = self.ad_price.fen()
        except ServicePointError as error:
            f.show_error(error, "price")
            self.ad_price.setFocus()
            self.ad_price.selectAll()
            return
        try:
            qty = money.parse_quantity(self.ad_quantity.text() or "1", unit_code)
        except ServicePointError as error:
            f.show_error(error, "quantity")
            self.ad_quantity.setFocus()
            self.ad_quantity.selectAll()
            return
        line = LineInput(
            qty,
            name=self.ad_name.text(),
            unit_price_fen=price,
            platform=self.ad_platform.text() or None,
            link_ref=self.ad_link.text() or None,
            category_code=str(self.ad_category.currentData() or "other"),
            unit_code=unit_code,
        )
        try:
            self.ctx.station.purchasing.quote([line])
        except ServicePointError as error:
            f.show_error(error)
            field = str(error.params.get("field", ""))
            target = {
                "item_name": self.ad_name,
                "platform": self.ad_platform,
                "link_ref": self.ad_link,
            }.get(field, self.ad_quantity)
            target.setFocus()
            return
        f.clear_errors()
        self.line_did_complete.emit(line)
        self._next_platform_item()
        self.ad_name.setFocus()

    def _next_platform_item(self) -> None:
        """Ready for the next item of the same order: the platform and the category stay (a
        run of items is often bought on one platform and of one kind, and the category shows
        with its rate), while the name, link, price and quantity clear and the unit goes back
        to 件: the unit belongs to one item and decides how its price and quantity are read,
        so a 斤 left from the last item would silently price the next one per 斤."""
        for widget in (self.ad_name, self.ad_link, self.ad_price, self.ad_quantity):
            widget.clear()
        self.ad_unit.setCurrentIndex(self.ad_unit.findData("piece"))

    # -- keyboard ------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        (self.search if index == 0 else self.ad_name).setFocus()

    def focus_entry(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.search.setFocus()
        else:
            self.ad_name.setFocus()

    def clear(self) -> None:
        self.cat_form.clear_errors()
        self.ad_form.clear_errors()
        self.back_to_search()
        self._next_platform_item()  # a new order starts from the defaults
        self.ad_platform.clear()
        self.ad_category.setCurrentIndex(max(self.ad_category.findData("other"), 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if watched is self.search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.on_search_enter()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.matches.clear()
                self.cat_form.clear_errors()
                return True
            return False
        if key == Qt.Key.Key_Escape and isinstance(watched, QLineEdit):
            if watched is self.quantity:
                self.cat_form.clear_errors()
                self.back_to_search()
                return True
            if watched.text():
                watched.clear()
                return True
        return False
