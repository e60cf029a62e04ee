"""Reports → Daily close: what came in and went out today, the cash that should be in the
drawer and, once closed, the cash counted and the difference.

日结… opens :class:`~.day_close_dialog.DayCloseDialog`, which takes the count (typed or note
by note) against the cash expected, asks for confirmation and closes; closing is a manager's
job (a PIN when an operator is at the counter) and prints the Z report.  Closing again the
same day is a recount: a new close is added and the latest one counts.  The figures load on
the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from ...core.money import format_yuan
from ...core.reports import DailyClose
from ..look import EmptyHint
from ..models import Column, RowsModel
from .day_close_dialog import DayCloseDialog, describe_difference, difference_colour, drawer_lines
from .forms import ERROR_STYLE, named
from .report_common import Figures, ReportPanel, iso_day, qdate, table, yuan

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext


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
        EmptyHint(self.methods_view, lambda: self.tr("No money was taken or paid out this day."))
        self.counts = named(QLabel(), "reportsDayCounts")
        self.counts.setWordWrap(True)
        self.takings_box = named(QGroupBox(), "reportsTakingsBox")
        takings = QVBoxLayout(self.takings_box)
        takings.addWidget(self.methods_view, 1)
        takings.addWidget(self.counts)
        # the drawer
        self.drawer_box = QGroupBox()
        self.cash = Figures(
            "reportsCash", ("opening", "cash_in", "cash_out", "expected", "counted", "difference")
        )
        self.close_button = named(QPushButton(), "reportsCloseDay")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_day)
        self.closed_state = named(QLabel(), "reportsClosedState")
        self.closed_state.setWordWrap(True)
        self.reprint_button = named(QPushButton(), "reportsReprint")
        self.reprint_button.clicked.connect(self.reprint)
        self.problem = named(QLabel(), "reportsDayProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.period = named(QLabel(), "reportsDrawerPeriod")
        self.period.setWordWrap(True)
        drawer = QVBoxLayout(self.drawer_box)
        drawer.addWidget(self.period)
        drawer.addWidget(self.cash)
        drawer.addSpacing(6)
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
        self.takings_box.setTitle(self.tr("Takings by payment method, whole day"))
        self.drawer_box.setTitle(self.tr("Cash drawer"))
        self.cash.set_labels(
            {
                "opening": self.tr("Opening cash"),
                "cash_in": self.tr("+ Cash taken in"),
                "cash_out": self.tr("− Cash paid out"),
                "expected": self.tr("= Cash expected in the drawer"),
                "counted": self.tr("Cash counted"),
                "difference": self.tr("Difference"),
            }
        )
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

    def parcel_text(self, d: Any) -> str:
        """The parcel desk's day (``Parcels.day_figures``), on a line of its own."""
        p = d.parcels
        if p is None or not (p.checked_in or p.picked_up or p.returned or p.sent):
            return ""
        return "\n" + (
            self.tr("Parcels in: %1 · picked up: %2 · returned: %3 · sent: %4 · fees: %5")
            .replace("%1", str(p.checked_in))
            .replace("%2", str(p.picked_up))
            .replace("%3", str(p.returned))
            .replace("%4", str(p.sent))
            .replace("%5", yuan(p.send_fees_fen + p.courier_fees_fen))
        )

    def show_data(self, data: DayFigures) -> None:
        self.problem.hide()
        d = data.daily
        self.methods.set_rows(d.by_method)
        self.counts.setText(
            self.tr("New orders: %1 · Picked up: %2 · Receipts issued: %3")
            .replace("%1", str(d.orders_placed))
            .replace("%2", str(d.orders_completed))
            .replace("%3", str(d.receipts_issued))
            + self.parcel_text(d)
        )
        self.period.setText(self.period_text(d))
        self.cash.set_labels(
            {
                "opening": self.tr("Opening float")
                if d.counted_from is None
                else self.tr("Counted at the previous close")
            }
        )
        self.cash.set("opening", yuan(d.opening_cash_fen))
        self.cash.set("cash_in", yuan(d.cash_in_fen))
        self.cash.set("cash_out", yuan(d.cash_out_fen))
        self.cash.set("expected", yuan(d.expected_cash_fen))
        self.cash.set("counted", yuan(d.counted_cash_fen))
        diff = d.difference_fen
        self.cash.set(
            "difference",
            "-" if diff is None else f"{yuan(diff)} ({describe_difference(diff)})",
            None if diff is None else difference_colour(diff),
        )
        self.closed_state.setText(self.state_text(d))
        self._update_close_button()

    def period_text(self, d: DailyClose) -> str:
        """Which stretch of time the drawer figures cover: from the previous count (or the
        float) to this day's close, or to now.  The takings table covers the calendar day, so
        after a close inside the day its cash received is more than the drawer's cash in."""
        start = (d.counted_from or "")[:16].replace("T", " ")
        end = (d.closed_at or "")[:16].replace("T", " ")
        if d.closed_at:
            text = (
                self.tr("Drawer from the opening float to the close at %2.")
                if d.counted_from is None
                else self.tr("Drawer from the count at %1 to the close at %2.")
            )
            text += " " + self.tr("The table covers the whole day.")
        else:
            text = (
                self.tr("Drawer from the opening float to now.")
                if d.counted_from is None
                else self.tr("Drawer from the count at %1 to now.")
            )
        return text.replace("%1", start).replace("%2", end)

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
                .replace("%3", describe_difference(d.difference_fen or 0))
            )
            lines.append(
                self.tr(
                    "Closing again adds a recount from that count: it would expect %1."
                ).replace("%1", yuan(drawer.expected_cash_fen))
            )
        else:
            lines.append(self.tr("Not closed yet."))
        return "\n".join(lines + drawer_lines(drawer))

    def show_problem(self, text: str) -> None:
        self.problem.setText(self.tr("The figures could not be loaded: %1").replace("%1", text))
        self.problem.show()

    def _day_changed(self) -> None:
        self.data = None
        self._update_close_button()
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
        self.close_button.setToolTip(self.tr("Needs a manager; prints the Z report (Ctrl+Enter)"))
        daily = self.data.daily if self.data is not None else None
        self.close_button.setEnabled(daily is not None and not daily.counted_in_close_of)
        self.float_button.setEnabled(daily is not None and daily.drawer.since is None)
        self.reprint_button.setEnabled(self.data is not None and self.data.z_report is not None)

    # -- closing ------------------------------------------------------------------------------

    def close_day(self) -> None:
        """Open the day-close dialog (日结…); a close it makes prints its Z report."""
        if self.data is None or not self.close_button.isEnabled():
            return
        dialog = DayCloseDialog(self.ctx, self.data.daily, self)
        if dialog.exec() and dialog.receipt_number is not None:
            self.ctx.printer.print(self, dialog.receipt_number)

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
                format_yuan(m.received_fen, grouped=False),
                format_yuan(m.paid_out_fen, grouped=False),
                format_yuan(m.net_fen, grouped=False),
            ]
            for m in d.by_method
        ]
        rows += [
            [],
            *self.cash.rows()[:4],
            [
                self.tr("Cash counted"),
                ""
                if d.counted_cash_fen is None
                else format_yuan(d.counted_cash_fen, grouped=False),
            ],
            [
                self.tr("Difference"),
                "" if d.difference_fen is None else format_yuan(d.difference_fen, grouped=False),
            ],
            [],
            [self.tr("New orders"), d.orders_placed],
            [self.tr("Picked up"), d.orders_completed],
            [self.tr("Receipts issued"), d.receipts_issued],
        ]
        if d.parcels is not None:
            p = d.parcels
            rows += [
                [],
                [self.tr("Parcels checked in"), p.checked_in],
                [self.tr("Parcels picked up"), p.picked_up],
                [self.tr("Parcels returned"), p.returned],
                [self.tr("Parcels sent"), p.sent],
                [
                    self.tr("Parcel fees paid by senders"),
                    format_yuan(p.send_fees_fen, grouped=False),
                ],
                [self.tr("Courier fees earned"), format_yuan(p.courier_fees_fen, grouped=False)],
            ]
        return rows
