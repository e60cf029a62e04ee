"""Reports → Consignment (stock on hand, farmers to settle with) and Poverty alleviation
(households served and money that reached registered poor households, for a period).

Both load on the database worker (``ReportPanel``); both export to CSV from the screen.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.money import format_quantity, format_yuan
from ...core.reports import ConsignmentReport, PovertyReport
from ..look import EmptyHint
from ..models import Column, RowsModel
from .charts import BarChart
from .forms import ERROR_STYLE, named
from .report_common import Figures, ReportPanel, iso_day, qdate, table, yuan

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext


def _problem_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ConsignmentPanel(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsConsignmentPanel")
        self.summary = Figures("reportsConsignment", ("sales", "spoiled", "due"), columns=3)
        self.stock = RowsModel([])
        self.stock_view = table("reportsStock", self.stock)
        self.due = RowsModel([])
        self.due_view = table("reportsDue", self.due)
        EmptyHint(
            self.stock_view, lambda: self.tr("No consignment goods in stock. Take goods in on F5.")
        )
        EmptyHint(self.due_view, lambda: self.tr("No farmer is waiting to be settled with."))
        self.stock_box, self.due_box = QGroupBox(), QGroupBox()
        QVBoxLayout(self.stock_box).addWidget(self.stock_view)
        QVBoxLayout(self.due_box).addWidget(self.due_view)
        body = QHBoxLayout()
        body.addWidget(self.stock_box, 3)
        body.addWidget(self.due_box, 2)
        self.problem = _problem_label("reportsConsignmentProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.summary.set_labels(
            {
                "sales": self.tr("Sales, last 30 days"),
                "spoiled": self.tr("Batches with spoilage, last 30 days"),
                "due": self.tr("Due to farmers"),
            }
        )
        self.stock_box.setTitle(self.tr("In stock"))
        self.due_box.setTitle(self.tr("Farmers to settle with"))
        self.stock.set_columns(
            [
                Column(self.tr("Trace code"), lambda b: b.trace_code),
                Column(self.tr("Farmer"), lambda b: b.farmer_name),
                Column(
                    self.tr("Product"), lambda b: b.product + (f" ({b.grade})" if b.grade else "")
                ),
                Column(
                    self.tr("On hand"),
                    lambda b: self.quantity(b.on_hand_base, b.unit),
                    align_right=True,
                ),
                Column(
                    self.tr("Taken in"),
                    lambda b: self.quantity(b.intake_base, b.unit),
                    align_right=True,
                ),
                Column(
                    self.tr("Days"),
                    lambda b: b.age_days,
                    align_right=True,
                    colour=lambda b: "#b00020" if b.age_days >= 14 else None,
                ),
            ]
        )
        self.due.set_columns(
            [
                Column(self.tr("Farmer"), lambda d: d.farmer_name),
                Column(self.tr("Sales"), lambda d: d.sales, align_right=True),
                Column(self.tr("Due"), lambda d: d.net_due_fen, money=True),
            ]
        )

    def quantity(self, base: int, unit_code: str) -> str:
        return format_quantity(base, unit_code, english=self.ctx.lang == "en")

    @staticmethod
    def fetch(station: Station, *params: Any) -> ConsignmentReport:
        return station.reports.consignment()

    def show_data(self, data: ConsignmentReport) -> None:
        self.problem.hide()
        self.summary.set("sales", yuan(data.sales_fen_30d))
        self.summary.set("spoiled", str(data.spoiled_batches_30d))
        self.summary.set("due", yuan(data.total_due_fen))
        self.stock.set_rows(data.stock)
        self.due.set_rows(data.due)

    def show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("The figures could not be loaded: %1").replace("%1", text))
        self.problem.show()

    def csv_name(self) -> str:
        today = self.ctx.station.clock.now().date().isoformat()
        return f"{self.ctx.station.code}-consignment-{today}.csv"

    def csv_rows(self) -> list[list[Any]]:
        if self.data is None:
            return []
        data: ConsignmentReport = self.data
        rows: list[list[Any]] = [
            *self.summary.rows(),
            [],
            [
                self.tr("Trace code"),
                self.tr("Farmer"),
                self.tr("Product"),
                self.tr("Grade"),
                self.tr("On hand"),
                self.tr("Taken in"),
                self.tr("Days"),
            ],
        ]
        rows += [
            [
                b.trace_code,
                b.farmer_name,
                b.product,
                b.grade or "",
                self.quantity(b.on_hand_base, b.unit),
                self.quantity(b.intake_base, b.unit),
                b.age_days,
            ]
            for b in data.stock
        ]
        rows += [[], [self.tr("Farmer"), self.tr("Sales"), self.tr("Due")]]
        rows += [
            [d.farmer_name, d.sales, format_yuan(d.net_due_fen, grouped=False)] for d in data.due
        ]
        return rows


POVERTY_KEYS = (
    "registered",
    "served_poor",
    "served_all",
    "purchases",
    "consignment",
    "income",
    "payouts",
    "offsets",
    "buyback",
    "premium",
)


class PovertyPanel(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsPovertyPanel")
        today = ctx.station.clock.now().date()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.day_from = named(QDateEdit(qdate(date(today.year, 1, 1))), "reportsPovertyFrom")
        self.day_to = named(QDateEdit(qdate(today)), "reportsPovertyTo")
        for edit in (self.day_from, self.day_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.load())
        top = QHBoxLayout()
        for widget in (self.from_label, self.day_from, self.to_label, self.day_to):
            top.addWidget(widget)
        top.addStretch(1)
        self.figures_box = QGroupBox()
        self.figures = Figures("reportsPoverty", POVERTY_KEYS)
        self.explain = named(QLabel(), "reportsPovertyExplain")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        box = QVBoxLayout(self.figures_box)
        box.addWidget(self.figures)
        box.addWidget(self.explain)
        box.addStretch(1)
        self.chart = BarChart("reportsPovertyChart")
        body = QHBoxLayout()
        body.addWidget(self.figures_box, 1)
        body.addWidget(self.chart, 1)
        self.problem = _problem_label("reportsPovertyProblem")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.figures_box.setTitle(self.tr("Poverty alleviation"))
        self.figures.set_labels(
            {
                "registered": self.tr("Registered poor households"),
                "served_poor": self.tr("Poor households served"),
                "served_all": self.tr("All households served"),
                "purchases": self.tr("Bought for poor households"),
                "consignment": self.tr("Poor households' produce sold"),
                "payouts": self.tr("Paid out to them in cash or mobile"),
                "offsets": self.tr("Settled against their debt"),
                "income": self.tr("Income paid to poor households"),
                "buyback": self.tr("Their produce bought outright"),
                "premium": self.tr("of which the poor-household premium"),
            }
        )
        self.explain.setText(
            self.tr(
                "Served: bought something or sold produce through the point in the period. "
                "Income paid = paid out in cash or mobile + settled against their debt + "
                "their produce bought outright (the premium is part of it). "
                "The county adds these figures up for its poverty-alleviation report."
            )
        )
        self.chart.set_texts(
            self.tr("Money for poor households"), self.tr("Nothing in this period")
        )

    def params(self) -> tuple[Any, ...]:
        return (iso_day(self.day_from.date()), iso_day(self.day_to.date()))

    @staticmethod
    def fetch(station: Station, *params: Any) -> PovertyReport:
        return station.reports.poverty(*params)

    def show_data(self, data: PovertyReport) -> None:
        self.problem.hide()
        f = self.figures
        f.set("registered", str(data.poor_households_registered))
        f.set("served_poor", str(data.poor_households_served))
        f.set("served_all", str(data.households_served))
        f.set("purchases", yuan(data.purchases_for_poor_fen))
        f.set("consignment", yuan(data.consignment_sales_for_poor_fen))
        f.set("payouts", yuan(data.payouts_to_poor_fen))
        f.set("offsets", yuan(data.offsets_for_poor_fen))
        f.set("income", yuan(data.income_to_poor_fen))
        f.set("buyback", yuan(data.buyback_for_poor_fen))
        f.set("premium", yuan(data.buyback_premium_for_poor_fen))
        self.chart.set_bars(
            [
                (self.tr("Bought"), data.purchases_for_poor_fen),
                (self.tr("Produce sold"), data.consignment_sales_for_poor_fen),
                (self.tr("Income paid"), data.income_to_poor_fen),
            ]
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def csv_name(self) -> str:
        a, b = self.params()
        return f"{self.ctx.station.code}-poverty-{a}-{b}.csv"

    def csv_rows(self) -> list[list[Any]]:
        if self.data is None:
            return []
        return [
            [self.tr("From"), self.data.day_from],
            [self.tr("to"), self.data.day_to],
            *self.figures.rows(),
        ]
