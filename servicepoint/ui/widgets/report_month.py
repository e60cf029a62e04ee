"""Reports → Month: the commission statement (collected, commission, due to the county,
remitted, outstanding), commission per category, and takings per day as bar charts.

The statement is filed with the county on A4: "Statement PDF…" writes it with the printing
layer (``printing.statements``) on the database worker, so a slow disk never stops the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.commission import CommissionStatement
from ...core.errors import ServicePointError
from ...core.money import format_yuan
from ..look import EmptyHint
from ..models import Column, RowsModel
from .charts import BarChart
from .forms import ERROR_STYLE, named
from .report_common import Figures, ReportPanel, ask_save_path, qdate, table, yuan

if TYPE_CHECKING:
    from ...core.operators import Operator
    from ...core.station import Station
    from ..context import AppContext

STATEMENT_KEYS = (
    "collected",
    "commission",
    "due",
    "remitted",
    "outstanding",
    "consignment",
    "completed",
    "county_paid",
)


@dataclass(frozen=True)
class MonthFigures:
    statement: CommissionStatement
    takings: list[tuple[str, int]]  # (YYYY-MM-DD, fen taken in) for each day so far


def month_days(month: str, today: date) -> list[str]:
    """Every day of ``month`` up to ``today`` (the whole month when it is over)."""
    first = date.fromisoformat(month + "-01")
    days, day = [], first
    while day.month == first.month and day <= today:
        days.append(day.isoformat())
        day += timedelta(days=1)
    return days


def save_statement(station: Station, month: str, path: Path, operator: Operator | None) -> Path:
    """On the worker: the A4 statement PDF, naming the operator who asked for it."""
    from ...printing.statements import save_commission_statement_pdf

    if operator is not None:
        station.act_as(operator)
    return save_commission_statement_pdf(station, month, path)


class MonthPanel(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsMonthPanel")
        today = ctx.station.clock.now().date()
        self.month_label = QLabel()
        self.month = named(QDateEdit(qdate(today)), "reportsMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setMaximumDate(qdate(today))
        self.month.dateChanged.connect(lambda _d: self._month_changed())
        self.pdf_button = named(QPushButton(), "reportsStatementPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.saved = named(QLabel(), "reportsMonthSaved")
        self.saved.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.pdf_button)
        self.remit_button = named(QPushButton(), "reportsRemit")
        self.remit_button.clicked.connect(self.remit)
        top.addWidget(self.remit_button)
        top.addWidget(self.saved, 1)
        self.statement_box = QGroupBox()
        self.figures = Figures("reportsMonth", STATEMENT_KEYS, columns=2)
        self.categories = RowsModel([])
        self.categories_view = table("reportsCategories", self.categories)
        EmptyHint(self.categories_view, lambda: self.tr("No order was picked up in this month."))
        left = QVBoxLayout(self.statement_box)
        left.addWidget(self.figures)
        left.addWidget(self.categories_view, 1)
        self.chart = BarChart("reportsChart")
        self.category_chart = BarChart("reportsCategoryChart")
        right = QVBoxLayout()
        right.addWidget(self.chart, 3)
        right.addWidget(self.category_chart, 2)
        body = QHBoxLayout()
        body.addWidget(self.statement_box, 5)
        body.addLayout(right, 6)
        self.problem = named(QLabel(), "reportsMonthProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        self.last_pdf: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.remit_button.setText(self.tr("Send to the county…"))
        self.remit_button.setToolTip(
            self.tr("Record the money sent to the county for this month's purchases")
        )
        self.month_label.setText(self.tr("Month"))
        self.saved.clear()  # feedback of the last action, in the old language
        self.pdf_button.setText(self.tr("Statement PDF…"))
        self.pdf_button.setToolTip(
            self.tr(
                "Save the monthly commission statement as an A4 "
                "PDF to print and file with the county"
            )
        )
        self.statement_box.setTitle(self.tr("Commission statement"))
        self.figures.set_labels(
            {
                "collected": self.tr("Collected for purchases"),
                "commission": self.tr("Commission on purchases"),
                "due": self.tr("Due to the county"),
                "remitted": self.tr("Remitted for this month"),
                "outstanding": self.tr("Outstanding (all months)"),
                "consignment": self.tr("Consignment commission"),
                "completed": self.tr("Orders completed"),
                "county_paid": self.tr("Commission paid by the county"),
            }
        )
        self.categories.set_columns(
            [
                Column(self.tr("Category"), lambda c: c.category_name),
                Column(self.tr("Sales"), lambda c: c.sales_fen, money=True),
                Column(self.tr("Commission"), lambda c: c.commission_fen, money=True),
            ]
        )
        self.chart.set_texts(self.tr("Taken in per day"), self.tr("Nothing taken in yet"))
        self.category_chart.set_texts(
            self.tr("Commission per category"), self.tr("No commission this month")
        )

    # -- loading ----------------------------------------------------------------------------

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def params(self) -> tuple[Any, ...]:
        return (self.month_text(), self.ctx.station.clock.now().date())

    @staticmethod
    def fetch(station: Station, *params: Any) -> MonthFigures:
        month, today = params
        takings = []
        for day in month_days(month, today):
            daily = station.reports.daily(day)
            takings.append((day, sum(m.received_fen for m in daily.by_method)))
        return MonthFigures(station.reports.commission(month), takings)

    def show_data(self, data: MonthFigures) -> None:
        self.problem.hide()
        st = data.statement
        f = self.figures
        f.set("collected", yuan(st.collected_fen))
        f.set("commission", yuan(st.commission_fen))
        f.set("due", yuan(st.due_to_county_fen))
        f.set("remitted", yuan(st.remitted_fen))
        f.set(
            "outstanding", yuan(st.outstanding_fen), "#b00020" if st.outstanding_fen > 0 else None
        )
        f.set("consignment", yuan(st.consignment_commission_fen))
        f.set("completed", str(st.orders_completed))
        f.set("county_paid", yuan(st.county_paid_fen))
        self.categories.set_rows(st.by_category)
        today = self.ctx.station.clock.now().date().isoformat()
        days = [day for day, _fen in data.takings]
        self.chart.set_bars(
            [(day[8:].lstrip("0"), fen) for day, fen in data.takings],
            highlight=days.index(today) if today in days else None,
        )
        self.category_chart.set_bars([(c.category_name, c.commission_fen) for c in st.by_category])

    def show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("The figures could not be loaded: %1").replace("%1", text))
        self.problem.show()

    def _month_changed(self) -> None:
        self.saved.clear()
        self.load()

    # -- the A4 statement -------------------------------------------------------------------

    def remit(self) -> None:
        from .money_out import RemitDialog

        RemitDialog(self.ctx, self.month_text(), self).exec()

    def save_pdf(self) -> None:
        month = self.month_text()
        path = ask_save_path(
            self,
            self.tr("Save the commission statement"),
            f"{self.ctx.station.code}-commission-{month}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        operator = self.ctx.station.operator
        self.pdf_button.setEnabled(False)
        self.saved.setText(self.tr("Saving…"))
        self.ctx.tasks.database(
            lambda station, _p: save_statement(station, month, path, operator),
            done=self._pdf_saved,
            failed=self._pdf_failed,
        )

    def _pdf_saved(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.last_pdf = path
        self.saved.setText(self.tr("Saved as %1").replace("%1", str(path)))

    def _pdf_failed(self, error: Any) -> None:
        self.pdf_button.setEnabled(True)
        text = self.ctx.message(error) if isinstance(error, ServicePointError) else str(error)
        self.saved.setText(self.tr("Not saved: %1").replace("%1", text))

    # -- CSV ----------------------------------------------------------------------------------

    def csv_name(self) -> str:
        return f"{self.ctx.station.code}-commission-{self.month_text()}.csv"

    def csv_rows(self) -> list[list[Any]]:
        if self.data is None:
            return []
        st = self.data.statement
        rows: list[list[Any]] = [
            [self.tr("Month"), st.month],
            *self.figures.rows(),
            [],
            [self.tr("Category"), self.tr("Sales"), self.tr("Commission")],
        ]
        rows += [
            [
                c.category_name,
                format_yuan(c.sales_fen, grouped=False),
                format_yuan(c.commission_fen, grouped=False),
            ]
            for c in st.by_category
        ]
        rows += [[], [self.tr("Day"), self.tr("Taken in")]]
        rows += [[day, format_yuan(fen, grouped=False)] for day, fen in self.data.takings]
        return rows
