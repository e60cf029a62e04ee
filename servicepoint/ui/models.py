"""Qt table models over the core's plain data (dataclasses and dicts): no SQL here.

A screen asks the core for rows (on the database worker when the query is large) and hands
them to :class:`RowsModel`; filtering and sorting happen in a ``QSortFilterProxyModel`` in
memory, which stays smooth with the 50,000+ orders of a five-year station.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from ..core.money import format_yuan

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # already translated by the screen
    value: Callable[[Any], Any]
    money: bool = False  # integer fen, shown as yuan and right-aligned
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None


STRUCK_ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
STRUCK_GREY = "#8a8a8a"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        #: rows shown struck through in every column: what no longer counts (a cancelled or
        #: voided order, a voided sale), still listed because nothing is ever deleted
        self.struck: Callable[[Any], bool] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if value is None:
                return ""
            return format_yuan(value, symbol="¥") if column.money else str(value)
        if role == SORT_ROLE:
            value = column.value(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.money or column.align_right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in STRUCK_ROLES and self.struck is not None and self.struck(row):
            if role == Qt.ItemDataRole.ForegroundRole:  # grey too: a CJK font's strike-out
                return QColor(STRUCK_GREY)  # line hides in strokes such as 三's
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class FilterModel(QSortFilterProxyModel):
    """Case-insensitive text filter over every column, plus an optional row predicate."""

    def __init__(self, source: RowsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange()
        else:
            self._predicate = predicate
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        if self._predicate is not None and not self._predicate(model.rows[source_row]):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def row_at(self, proxy_row: int) -> Any:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return model.rows[source.row()]


class WrappingDelegate(QStyledItemDelegate):
    """Sizes a wrapped cell for the lines it will really paint.

    Qt's own size hint measures a wrapped cell against the view's default width, not the
    column's, so under the style sheet a long reason (a server address, say) came out a line
    or two taller than its row and was cut off (issue 12 #10).  Here the text is laid out at
    the column's width, breaking at words or inside a word longer than the line, as painted.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.view
        if not isinstance(view, QTableView):
            return hint
        style = view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        width = max(view.columnWidth(index.column()) - margin, 1)
        layout = QTextLayout(str(index.data() or ""), option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            height += line.height()
        layout.endLayout()
        return QSize(hint.width(), max(hint.height(), math.ceil(height) + margin))
