"""Reports → Daily close: what came in and went out today, the cash that should be in the
drawer, the cash counted, and the difference — live as the count is typed.

Closing is a manager's job (a PIN when an operator is at the counter) and prints the Z report.
Closing again the same day is a recount: a new close is added and the latest one counts.
The figures load on the database worker; typing the count never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ...core.money import format_yuan
from ...core.reports import DailyClose
from ..models import Column, RowsModel
from .forms import ERROR_STYLE, Form, MoneyEdit, named
from .report_common import Figures, ReportPanel, form_label, iso_day, qdate, table, yuan

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext

OVER, SHORT, EXACT = "#1b5e20", "#b00020", "#333333"


@dataclass(frozen=True)
class DayFigures:
    daily: DailyClose
    z_report: str | None  # receipt number of the latest close of the day, for a reprint


class DayPanel(ReportPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsDayPanel")
        today = ctx.station.clock.now().date()
        self.day_label = QLabel()
        self.day = named(QDateEdit(qdate(today)), "reportsDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(qdate(today))
        self.day.dateChanged.connect(lambda _d: self._day_changed())
        self.today_button = named(QPushButton(), "reportsToday")
        self.today_button.clicked.connect(self.go_today)
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addStretch(1)
        self.methods = RowsModel([])
        self.methods_view = table("reportsMethods", self.methods)
        self.counts = named(QLabel(), "reportsDayCounts")
        self.counts.setWordWrap(True)
        self.takings_box = QGroupBox()
        takings = QVBoxLayout(self.takings_box)
        takings.addWidget(self.methods_view, 1)
        takings.addWidget(self.counts)
        # the drawer
        self.drawer_box = QGroupBox()
        self.cash = Figures("reportsCash", ("opening", "cash_in", "cash_out", "expected"))
        self.form = Form(ctx)
        self.counted = MoneyEdit(allow_zero=True)
        self.counted.setObjectName("reportsCounted")
        self.counted.textEdited.connect(lambda _t: self.update_difference())
        self.form.add(" ", self.counted, "counted", checked_live=True)
        self.note = named(QLineEdit(), "reportsNote")
        self.note.setMaxLength(200)
        self.form.add(" ", self.note, "note")
        self.difference = named(QLabel(), "reportsDifference")
        self.difference.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.close_button = named(QPushButton(), "reportsCloseDay")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_day)
        self.counted.returnPressed.connect(self.close_day)
        self.closed_state = named(QLabel(), "reportsClosedState")
        self.closed_state.setWordWrap(True)
        self.reprint_button = named(QPushButton(), "reportsReprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.problem = named(QLabel(), "reportsDayProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        drawer = QVBoxLayout(self.drawer_box)
        drawer.addWidget(self.cash)
        drawer.addSpacing(6)
        drawer.addWidget(self.form)
        drawer.addWidget(self.difference)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reprint_button)
        self.bank_button = named(QPushButton(), "reportsBank")
        self.bank_button.clicked.connect(self.bank)
        buttons.addWidget(self.bank_button)
        self.float_button = named(QPushButton(), "reportsFloat")
        self.float_button.clicked.connect(self.set_float)
        buttons.addWidget(self.float_button)
        buttons.addStretch(1)
        drawer.addLayout(buttons)
        drawer.addWidget(self.closed_state)
        drawer.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.takings_box, 1)
        body.addWidget(self.drawer_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.bank_button.setText(self.tr("Cash to the bank…"))
        self.float_button.setText(self.tr("Opening float…"))
        self.float_button.setToolTip(
            self.tr("The change money in the drawer before the first day close (needs a manager)")
        )
        self.day_label.setText(self.tr("Day"))
        self.today_button.setText(self.tr("Today"))
        self.takings_box.setTitle(self.tr("Takings by payment method"))
        self.drawer_box.setTitle(self.tr("Cash drawer"))
        self.cash.set_labels(
            {
                "opening": self.tr("Opening cash"),
                "cash_in": self.tr("+ Cash taken in"),
                "cash_out": self.tr("− Cash paid out"),
                "expected": self.tr("= Cash expected in the drawer"),
            }
        )
        form_label(self.form, self.counted).setText(self.tr("Cash counted"))
        form_label(self.form, self.note).setText(self.tr("Note"))
        self.counted.setToolTip(
            self.tr("Count the notes and coins in the drawer and type the total, e.g. 1250.50")
        )
        self.note.setPlaceholderText(self.tr("Optional, e.g. why cash is short"))
        self.reprint_button.setText(self.tr("Reprint Z report"))
        self.methods.set_columns(
            [
                Column(self.tr("Method"), lambda m: self.method_name(m.method)),
                Column(self.tr("Received"), lambda m: m.received_fen, money=True),
                Column(self.tr("Paid out"), lambda m: m.paid_out_fen, money=True),
                Column(self.tr("Net"), lambda m: m.net_fen, money=True),
            ]
        )
        self._update_close_button()
        self.update_difference()

    def method_name(self, method: str) -> str:
        return {
            "cash": self.tr("Cash"),
            "mobile": self.tr("Mobile payment"),
            "account": self.tr("On account"),
        }.get(method, method)

    # -- loading ----------------------------------------------------------------------------

    def params(self) -> tuple[Any, ...]:
        return (iso_day(self.day.date()),)

    @staticmethod
    def fetch(station: Station, *params: Any) -> DayFigures:
        day = params[0]
        closes = [r for r in station.receipts.for_ref(day) if r.kind == "day_close"]
        return DayFigures(station.reports.daily(day), closes[-1].number if closes else None)

    def show_data(self, data: DayFigures) -> None:
        self.problem.hide()
        d = data.daily
        self.methods.set_rows(d.by_method)
        self.counts.setText(
            self.tr("New orders: %1 · Picked up: %2 · Receipts issued: %3")
            .replace("%1", str(d.orders_placed))
            .replace("%2", str(d.orders_completed))
            .replace("%3", str(d.receipts_issued))
        )
        self.cash.set("opening", yuan(d.opening_cash_fen))
        self.cash.set("cash_in", yuan(d.cash_in_fen))
        self.cash.set("cash_out", yuan(d.cash_out_fen))
        self.cash.set("expected", yuan(d.expected_cash_fen))
        self.closed_state.setText(self.state_text(d))
        self._update_close_button()
        self.update_difference()

    def state_text(self, d: DailyClose) -> str:
        """What the drawer box says under the figures: closed or not, and what a count made
        now would cover."""
        drawer = d.drawer
        if d.counted_in_close_of:
            return self.tr(
                "This day's cash was counted in the close of %1; it cannot be closed on its own."
            ).replace("%1", d.counted_in_close_of)
        lines = []
        if d.closed_at:
            lines.append(
                self.tr("Closed at %1: counted %2, difference %3.")
                .replace("%1", d.closed_at[11:16])
                .replace("%2", yuan(d.counted_cash_fen))
                .replace("%3", self.describe_difference(d.difference_fen or 0))
            )
            lines.append(
                self.tr(
                    "Closing again adds a recount from that count: it would expect %1."
                ).replace("%1", yuan(drawer.expected_cash_fen))
            )
        else:
            lines.append(self.tr("Not closed yet."))
        lines.append(
            self.tr("The drawer counts from the opening float (no close yet).")
            if drawer.since is None
            else self.tr("The drawer counts from the last count, %1 (close of %2).")
            .replace("%1", drawer.since[:16].replace("T", " "))
            .replace("%2", drawer.since_day or "")
        )
        if drawer.earlier_days:
            lines.append(
                self.tr("It includes %1 from earlier days nobody closed (%2).")
                .replace("%1", yuan(drawer.earlier_cash_fen))
                .replace("%2", ", ".join(x[5:] for x in drawer.earlier_days))
            )
        if drawer.later_days:
            lines.append(
                self.tr(
                    "A count now covers the cash up to now, including %1 taken after this day (%2)."
                )
                .replace("%1", yuan(drawer.later_cash_fen))
                .replace("%2", ", ".join(x[5:] for x in drawer.later_days))
            )
        return "\n".join(lines)

    def show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("The figures could not be loaded: %1").replace("%1", text))
        self.problem.show()

    def _day_changed(self) -> None:
        self.data = None
        self.counted.clear()
        self.note.clear()
        self.form.clear_errors()
        self._update_close_button()
        self.update_difference()
        self.load()

    def go_today(self) -> None:
        today = qdate(self.ctx.station.clock.now().date())
        self.day.setMaximumDate(today)
        self.day.setDate(today)

    def _update_close_button(self) -> None:
        closed = self.data is not None and self.data.daily.closed_at is not None
        self.close_button.setText(
            self.tr("Count again and close…") if closed else self.tr("Close the day…")
        )
        self.close_button.setToolTip(self.tr("Needs a manager; prints the Z report"))
        daily = self.data.daily if self.data is not None else None
        self.close_button.setEnabled(daily is not None and not daily.counted_in_close_of)
        self.float_button.setEnabled(daily is not None and daily.drawer.since is None)
        self.reprint_button.setEnabled(self.data is not None and self.data.z_report is not None)

    # -- the count ----------------------------------------------------------------------------

    def describe_difference(self, fen: int) -> str:
        if fen > 0:
            return self.tr("over by %1").replace("%1", format_yuan(fen, symbol="¥"))
        if fen < 0:
            return self.tr("short by %1").replace("%1", format_yuan(-fen, symbol="¥"))
        return self.tr("exactly right")

    def difference_fen(self) -> int | None:
        """Counted − expected, or None while the count is empty or not a valid amount."""
        if self.data is None or not self.counted.text().strip():
            return None
        try:
            counted = self.counted.fen()
        except ServicePointError:
            return None
        return counted - self.data.daily.drawer.expected_cash_fen

    def update_difference(self) -> None:
        self.form.clear_errors()
        if self.data is None:
            self.difference.setText(self.tr("Loading…"))
            return
        if not self.counted.text().strip():
            self.difference.setText(self.tr("Difference: type the cash counted"))
            self.difference.setStyleSheet("font-size: 12pt; color: #666;")
            return
        try:
            self.counted.fen()
        except ServicePointError as error:
            self.form.show_error(error, "counted")
            self.difference.setText(self.tr("Difference: -"))
            return
        diff = self.difference_fen()
        assert diff is not None
        colour = OVER if diff > 0 else SHORT if diff < 0 else EXACT
        self.difference.setStyleSheet(f"font-size: 15pt; font-weight: bold; color: {colour};")
        self.difference.setText(
            self.tr("Difference: %1 (%2)")
            .replace("%1", format_yuan(diff, symbol="¥"))
            .replace("%2", self.describe_difference(diff))
        )

    # -- closing ------------------------------------------------------------------------------

    def close_day(self) -> None:
        if self.data is None:
            return
        day = self.data.daily.day
        try:
            counted = self.counted.fen()
        except ServicePointError as error:
            self.form.show_error(error, "counted")
            self.counted.setFocus()
            return
        action = (
            self.tr("close the day %1 with %2 counted")
            .replace("%1", day)
            .replace("%2", format_yuan(counted, symbol="¥"))
        )
        approver = self.ctx.ask_manager(self, action)
        if approver is None:
            return
        try:
            note = self.note.text().strip() or None
            receipt = self.ctx.write(
                lambda st: st.reports.close_day(day, counted, note, approver=approver)
            )
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.counted.clear()
        self.note.clear()
        self.ctx.printer.print(self, receipt.number)

    def bank(self) -> None:
        from .money_out import BankDialog

        BankDialog(self.ctx, self).exec()

    def set_float(self) -> None:
        from .money_out import FloatDialog

        if FloatDialog(self.ctx, self).exec():
            self.load()

    def reprint(self) -> None:
        if self.data is not None and self.data.z_report:
            self.ctx.printer.print(self, self.data.z_report)  # the copy's count says RECEIPTS

    def csv_name(self) -> str:
        return f"{self.ctx.station.code}-daily-{iso_day(self.day.date())}.csv"

    def csv_rows(self) -> list[list[Any]]:
        if self.data is None:
            return []
        d = self.data.daily
        rows: list[list[Any]] = [
            [self.tr("Day"), d.day],
            [],
            [self.tr("Method"), self.tr("Received"), self.tr("Paid out"), self.tr("Net")],
        ]
        rows += [
            [
                self.method_name(m.method),
                format_yuan(m.received_fen),
                format_yuan(m.paid_out_fen),
                format_yuan(m.net_fen),
            ]
            for m in d.by_method
        ]
        rows += [
            [],
            *self.cash.rows(),
            [
                self.tr("Cash counted"),
                "" if d.counted_cash_fen is None else format_yuan(d.counted_cash_fen),
            ],
            [
                self.tr("Difference"),
                "" if d.difference_fen is None else format_yuan(d.difference_fen),
            ],
            [],
            [self.tr("New orders"), d.orders_placed],
            [self.tr("Picked up"), d.orders_completed],
            [self.tr("Receipts issued"), d.receipts_issued],
        ]
        return rows
