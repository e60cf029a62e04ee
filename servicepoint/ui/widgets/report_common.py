"""Small pieces the Reports, Sync and Settings screens share: retranslatable form labels,
figure grids, CSV files Excel on Chinese Windows opens, and acting for an approving manager.

CSV files are written as UTF-8 with a byte-order mark: Excel on a Chinese Windows PC reads a
file without one as GB18030 and shows UTF-8 Chinese as mojibake.  Money goes out as yuan made
from integer fen by ``format_yuan`` ("1234.50"), never through a float.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from ...core.money import format_yuan
from .forms import named

if TYPE_CHECKING:
    from ...core.operators import Operator
    from ...core.station import Station
    from ..context import AppContext
    from .forms import Form

HEADING_STYLE = "font-size: 15pt; font-weight: bold;"
FIGURE_STYLE = "font-size: 11pt;"


def yuan(fen: int | None) -> str:
    """Integer fen as "¥12.50" for the screen ("-" when there is nothing to show)."""
    return "-" if fen is None else format_yuan(fen, symbol="¥")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def iso_day(value: QDate) -> str:
    return value.toString("yyyy-MM-dd")


def form_label(form: Form, widget: QWidget) -> QLabel:
    """The label of the row ``Form.add`` made for ``widget`` (to retranslate it later).
    Add the row with a placeholder label such as " ": Qt makes no label for an empty one."""
    label = form.label_for(widget)
    assert label is not None, "widget was not added with Form.add"
    return label


def heading(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setStyleSheet(HEADING_STYLE)
    return label


def table(name: str, model: QAbstractItemModel, *, stretch_all: bool = True) -> QTableView:
    """A read-only view of ``model`` that fills its width, one row selected at a time.
    ``stretch_all`` shares the width among the columns after the first, which keeps the width
    of its contents (it names the row: never cut it short); otherwise the last column takes
    what is left."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(not stretch_all)
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.Stretch if stretch_all else QHeaderView.ResizeMode.ResizeToContents
    )

    def first_fits() -> None:  # again after each reset (new columns when retranslated)
        if stretch_all and model.columnCount() > 0:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    model.modelReset.connect(first_fits)
    first_fits()
    return view


class Figures(QWidget):
    """A grid of label → value pairs; each value is named ``<prefix><Key>`` ("cash_in" →
    "reportsCashCashIn") for tests and accessibility tools."""

    def __init__(
        self, prefix: str, keys: Sequence[str], parent: QWidget | None = None, columns: int = 1
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        per_column = -(-len(keys) // columns)
        for index, key in enumerate(keys):
            row, col = index % per_column, (index // per_column) * 2
            label = QLabel()
            value = named(QLabel(), prefix + "".join(p.capitalize() for p in key.split("_")))
            value.setStyleSheet(FIGURE_STYLE)
            grid.addWidget(label, row, col)
            grid.addWidget(value, row, col + 1)
            self.labels[key], self.values[key] = label, value
        grid.setColumnStretch(grid.columnCount(), 1)

    def set_labels(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.labels[key].setText(text)

    def set(self, key: str, text: str, colour: str | None = None) -> None:
        self.values[key].setText(text)
        self.values[key].setStyleSheet(FIGURE_STYLE + (f"color: {colour};" if colour else ""))

    def rows(self) -> list[list[str]]:
        """label, value pairs for a CSV export: an amount as a plain number ("1234.50", without
        the ¥ sign and the thousands separators the screen shows), so Excel sums it."""
        return [[self.labels[k].text(), plain_amount(self.values[k].text())] for k in self.labels]


def plain_amount(text: str) -> str:
    """ "¥1,234.50" → "1234.50"; a text that is not an amount in yuan is left as it is."""
    if text.lstrip("-").startswith("¥"):
        return text.replace("¥", "").replace(",", "")
    return text


# -- files ------------------------------------------------------------------------------------


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str, filter_: str) -> Path | None:
    """The file the operator chose to write (None if cancelled)."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / suggested), filter_
    )
    return Path(path) if path else None


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    """Write rows to ``path`` as UTF-8 with a BOM (what Excel on Chinese Windows opens)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path


# -- acting for a manager --------------------------------------------------------------------


@contextmanager
def acting_as(station: Station, approver: Operator) -> Iterator[None]:
    """Run core calls that ask for a signed-in manager (they take no ``approver=``) as the
    manager who just approved with a PIN; the counter's operator comes back afterwards, even
    when the call is refused.  The audit log then names the approving manager."""
    previous = station.operator
    if previous is not None and previous.is_manager:
        yield
        return
    station.act_as(approver)
    try:
        yield
    finally:
        if previous is None:
            station.sign_out()
        else:
            station.act_as(previous)


# -- a panel whose figures load on the database worker ---------------------------------------


class ReportPanel(QWidget):
    """One tab of Reports.  ``fetch`` runs on the database worker with its own station
    connection and returns plain data; ``show_data`` puts it on screen on the GUI thread.
    An answer to an older request (the operator changed the day meanwhile) is dropped."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Any = None
        self._generation = 0
        self.loading = False

    def params(self) -> tuple[Any, ...]:
        """What to fetch, read from the widgets on the GUI thread."""
        return ()

    @staticmethod
    def fetch(station: Station, *params: Any) -> Any:
        """On the worker: never touch a widget here."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        """A load that failed: the screen shows why (subclasses may place it better)."""

    def load(self) -> None:
        self._generation += 1
        generation, params, fetch = self._generation, self.params(), self.fetch
        self.loading = True
        self.ctx.tasks.database(
            lambda station, _progress: fetch(station, *params),
            done=lambda data: self._arrived(generation, data),
            failed=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.data = data
        self.show_data(data)

    def _failed(self, generation: int, error: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        from ...core.errors import ServicePointError

        text = self.ctx.message(error) if isinstance(error, ServicePointError) else str(error)
        self.show_problem(text)

    def csv_name(self) -> str:
        raise NotImplementedError

    def csv_rows(self) -> list[list[Any]]:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.show_data(self.data)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text; called at start and on each language change."""
