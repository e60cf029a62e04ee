"""Small pieces the consignment and farmer screens share: units in the operator's language,
a fast read-only table view, and a message under a form field that is not a core refusal.

Nothing here talks to the database; the screens hand these widgets plain core data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from ...core.money import UNITS, format_quantity, unit
from ..models import Column, RowsModel
from .forms import Form, MoneyEdit, named

if TYPE_CHECKING:
    from ..context import AppContext

#: Age (days) from which a batch in stock is shown amber, and red.
AGE_WARN_DAYS = 3
AGE_LATE_DAYS = 7


def english(ctx: AppContext) -> bool:
    return ctx.lang == "en"


def unit_name(ctx: AppContext, code: str) -> str:
    """斤 / jin: the unit as the operator reads it (the data, not a translation)."""
    u = unit(code)
    return u.en if english(ctx) else u.zh


def quantity(ctx: AppContext, base: int, code: str) -> str:
    return format_quantity(base, code, english=english(ctx))


def name_units(ctx: AppContext, combo: QComboBox, codes: Iterable[str] = ()) -> None:
    """Add ``codes`` to ``combo`` as units, then name every unit in it as the operator reads
    them now (called again after a language switch: 件 stayed in an English window)."""
    for code in codes:
        combo.addItem("", code)
    for index in range(combo.count()):
        combo.setItemText(index, unit_name(ctx, str(combo.itemData(index))))


def unit_codes() -> list[str]:
    return list(UNITS)


def age_colour(days: int) -> str | None:
    if days >= AGE_LATE_DAYS:
        return "#b00020"
    if days >= AGE_WARN_DAYS:
        return "#b26a00"
    return None


def fit_columns(view: QTableView, samples: Sequence[str | None], *, whole: bool = False) -> int:
    """Each column as wide as its heading or its widest value (``samples``: the widest text
    it can hold, None for the heading alone), so nothing is cut in either language (issue 12
    walk-through); returns the width the columns take together.  ``whole``: the list is never
    narrower than its columns (no sideways scrolling)."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    total = 0
    for column, sample in enumerate(samples):
        width = header.sectionSizeFromContents(column).width()
        if sample:
            width = max(width, metrics.horizontalAdvance(sample) + 16)
        header.resizeSection(column, width)
        total += width
    if whole:
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(total + frame)
    return total


def make_table(name: str, model: QAbstractItemModel, widths: list[int] | None = None) -> QTableView:
    """A read-only, row-selecting table with fixed row heights (smooth over 50,000 rows:
    nothing is measured per row)."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, width in enumerate(widths or []):
        # never narrower than the column's own heading at the window's type size
        view.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))
    return view


def show_text(form: Form, field: str, text: str) -> None:
    """Put a message of the window's own (not a core refusal) under ``field``."""
    form.clear_errors()
    label: QLabel = form.errors.get(field, form.general)
    label.setText(text)
    label.show()


def money_edit(name: str, *, allow_zero: bool = False) -> MoneyEdit:
    edit = MoneyEdit(allow_zero=allow_zero)
    edit.setObjectName(name)
    return edit


def quantity_edit(name: str) -> QLineEdit:
    """A quantity typed in the batch's unit (parsed by the core's ``parse_quantity``)."""
    edit = named(QLineEdit(), name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMaxLength(12)
    return edit


def enter_submits(
    required: list[QLineEdit],
    others: list[QLineEdit],
    submit: Callable[[], None] | None,
    combos: tuple[QComboBox, ...] = (),
) -> None:
    """Enter in any field goes to the first required field still empty, or, when all are
    filled, does ``submit`` (None: nothing more to do), so a refusal never greets a field
    the operator has not reached yet.  ``combos``: drop-downs in the form, where Enter (with
    the list closed) does the same (issue 12 #4: Enter on the payment method did nothing)."""

    def on_enter() -> None:
        for field in required:
            if field.isVisible() and not field.text().strip():
                field.setFocus()
                return
        if submit is not None:
            submit()

    for field in (*required, *others):
        field.returnPressed.connect(on_enter)
    for combo in combos:
        combo.installEventFilter(_EnterFilter(combo, on_enter))


class _EnterFilter(QObject):
    """Enter or Return on a closed drop-down calls ``on_enter`` (a QComboBox ignores them)."""

    def __init__(self, parent: QObject, on_enter: Callable[[], None]) -> None:
        super().__init__(parent)
        self.on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.on_enter()
            return True
        return False


Index = QModelIndex | QPersistentModelIndex


class SalesModel(RowsModel):
    """Sales due, each with a tick in the first column (all ticked when loaded)."""

    checks_did_change = Signal()

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.unticked: set[str] = set()

    def ticked(self) -> list[str]:
        return [row[0].id for row in self.rows if row[0].id not in self.unticked]

    def tick_all(self, on: bool) -> None:
        self.unticked = set() if on else {row[0].id for row in self.rows}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.checks_did_change.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            sale = self.rows[index.row()][0]
            return Qt.CheckState.Unchecked if sale.id in self.unticked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        sale_id = self.rows[index.row()][0].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unticked.discard(sale_id)
        else:
            self.unticked.add(sale_id)
        self.dataChanged.emit(index, index, [role])
        self.checks_did_change.emit()
        return True
