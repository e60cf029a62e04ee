"""A scanned barcode the catalogue does not know, added as a platform item (issue 12 #5).

On a new station the county's catalogue has not arrived yet, so most scans find nothing.
Under the 找不到商品 message the purchase screen offers 作为平台商品添加 (Alt+P, or Tab to it
and Enter): a small form with the code filled in asks name, price, unit and category, saves
the item as the station's own ad-hoc record (``catalogue.add_adhoc``, allowed on an enrolled
station too: it syncs to the county), and the item goes on the order as a scan would put it.
The next scan of the same code finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...core.catalogue import Item
from ...core.errors import ServicePointError
from ..i18n import Retranslating
from .consignment_common import unit_name
from .forms import Form, MoneyEdit, named

if TYPE_CHECKING:
    from ..context import AppContext

_W = TypeVar("_W", bound=QWidget)


def rate_text(bp: int) -> str:
    """Basis points as a percentage, exactly: 800 → "8%", 750 → "7.5%"."""
    whole, part = divmod(bp, 100)
    return f"{whole}.{part:02d}".rstrip("0").rstrip(".") + "%"


def fill_categories(ctx: AppContext, combo: QComboBox, preferred: str | None) -> None:
    """The station's categories as the county names them (data, shown in either language),
    each with its rate; ``preferred`` is selected, else 其他, else the first."""
    combo.clear()
    for cat in ctx.station.catalogue.categories():
        combo.addItem(f"{cat.name} ({rate_text(cat.commission_bp)})", cat.code)
    index = combo.findData(preferred or "other")
    if index < 0:
        index = combo.findData("other")
    combo.setCurrentIndex(max(index, 0))


class ScannedItemDialog(QDialog):
    """Name, price, unit, category and (optionally) platform for a scanned ``barcode``;
    ``item`` holds the saved item once accepted.  A refusal shows next to its field and
    writes nothing."""

    # The category chosen last time: a run of scans is often the same kind of goods.
    last_category: ClassVar[str | None] = None

    def __init__(self, ctx: AppContext, barcode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: Item | None = None
        self.setObjectName("scannedItemDialog")
        self.setWindowTitle(self.tr("Add as platform item"))
        self.form = Form(ctx, self)
        scanned = named(QLineEdit(barcode), "scannedBarcode")
        self.barcode = self._row(self.tr("Barcode"), scanned, "barcode", "barcode_taken")
        self.barcode.setReadOnly(True)
        self.barcode.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.name = self._row(
            self.tr("&Name"), named(QLineEdit(), "scannedName"), "item_name", "name"
        )
        self.name.setPlaceholderText(self.tr("As printed on the package"))
        # Room for a long product name and the hints (the platform's is long in Chinese).
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("0" * 34))
        self.price = self._row(
            self.tr("Pr&ice"),
            named(MoneyEdit(), "scannedPrice"),
            "price",
            *money.SYNTAX_CODES,
            "too_many_decimals",
            "zero_amount",
            "negative_amount",
            "absurd_amount",
        )
        self.unit = self._row(self.tr("&Unit"), named(QComboBox(), "scannedUnit"), "unit")
        for code in money.UNITS:
            self.unit.addItem(unit_name(ctx, code), code)
        self.unit.setCurrentIndex(self.unit.findData("piece"))
        self.category = self._row(
            self.tr("&Category"),
            named(QComboBox(), "scannedCategory"),
            "category_code",
            "category_not_found",
        )
        fill_categories(ctx, self.category, ScannedItemDialog.last_category)
        self.platform = self._row(
            self.tr("&Platform"), named(QLineEdit(), "scannedPlatform"), "platform"
        )
        self.platform.setPlaceholderText(self.tr("e.g. JD, Pinduoduo, Taobao (optional)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _row(self, label: str, widget: _W, *fields: str) -> _W:
        """A form row whose label's Alt+letter focuses the field itself (a label whose buddy
        is the row's holder does nothing: the holder takes no focus)."""
        self.form.add(label, widget, *fields)
        buddy_of = self.form.label_for(widget)
        if buddy_of is not None:
            buddy_of.setBuddy(widget)
        return widget

    def save(self) -> None:
        try:
            price = self.price.fen()
        except ServicePointError as error:
            self.form.show_error(error, "price")
            self.price.setFocus()
            self.price.selectAll()
            return
        barcode, name, platform = self.barcode.text(), self.name.text(), self.platform.text()
        unit_code = str(self.unit.currentData())
        category = str(self.category.currentData() or "other")
        try:
            self.item = self.ctx.write(
                lambda st: st.catalogue.add_adhoc(
                    name,
                    price,
                    platform=platform or None,
                    category_code=category,
                    unit_code=unit_code,
                    barcode=barcode,
                )
            )
        except ServicePointError as error:
            self.form.show_error(error)
            field = str(error.params.get("field", ""))
            {"platform": self.platform}.get(field, self.name).setFocus()
            return
        ScannedItemDialog.last_category = category
        self.accept()


class ScannedItemOffer(Retranslating, QPushButton):
    """The 作为平台商品添加 button under the not-found message: shown with the message, gone
    as soon as the search text changes (the message goes then too)."""

    item_did_add = Signal(object)  # Item, saved with the scanned barcode

    def __init__(self, ctx: AppContext, search: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = ""
        self.setObjectName("purchaseAddScanned")
        self.setAutoDefault(True)  # Enter on it (after Tab) opens the form, as Space does
        self.hide()
        # A signal, not an event filter on the message: nothing of Python runs while Qt
        # tears the screen down.
        search.textChanged.connect(self.hide)
        self.clicked.connect(self.open_form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Add as &platform item…"))
        self.setToolTip(self.tr("Add the scanned code as the station's own item (Alt+P)"))

    def offer(self, code: str) -> None:
        self.code = code
        self.show()

    def open_form(self) -> None:
        if not self.code:
            return
        dialog = ScannedItemDialog(self.ctx, self.code, self.window())
        if dialog.exec() and dialog.item is not None:
            self.hide()
            self.item_did_add.emit(dialog.item)
