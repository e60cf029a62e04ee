"""Reports (报表): the daily close with the cash counted, the monthly commission statement
with its charts, consignment stock and settlements due, and poverty-alleviation figures.

Each tab is a ``ReportPanel`` whose figures load on the database worker, so a station with
years of records never freezes the window; only the visible tab reloads when something
changes.  "Export CSV" writes what the visible tab shows (UTF-8 with a BOM, for Excel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..i18n import Retranslating
from ..widgets.forms import named
from ..widgets.report_common import ReportPanel, ask_save_path, heading, qdate, write_csv
from ..widgets.report_day import DayPanel
from ..widgets.report_month import MonthPanel
from ..widgets.report_other import ConsignmentPanel, PovertyPanel
from .base import Screen, first_field

if TYPE_CHECKING:
    from ..context import AppContext


class ReportsScreen(Retranslating, Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reportsScreen")
        self.heading = heading("reportsTitle")
        self.export_button = named(QPushButton(), "reportsExportCsv")
        self.export_button.clicked.connect(self.export_csv)
        self.exported = named(QLabel(), "reportsExported")
        self.exported.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.exported, 1)
        top.addWidget(self.export_button)
        self.day = DayPanel(ctx)
        self.month = MonthPanel(ctx)
        self.consignment = ConsignmentPanel(ctx)
        self.poverty = PovertyPanel(ctx)
        self.panels: list[ReportPanel] = [self.day, self.month, self.consignment, self.poverty]
        self.tabs = named(QTabWidget(), "reportsTabs")
        for panel in self.panels:
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        # Ctrl+1…4 open a report, as Ctrl+digits open a task on Consignment and Purchase (a
        # date field keeps Ctrl+Tab for itself); listed in the screen's 操作 menu
        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            act = QAction(self)
            act.setObjectName(f"actReportsTab{index + 1}")
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False, i=index: self.open_report(i))
            self.addAction(act)
            self.tab_actions.append(act)
        self.screen_action(
            "actReportsExport",
            lambda: self.press(self.export_button),
            "Ctrl+E",
            words=lambda: self.tr("&Export CSV…"),
        )
        self.commit_last(lambda: self.tr("Close the day…"))
        self._fresh: set[int] = set()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.exported.clear()  # feedback of the last action, in the old language
        for index, text in enumerate(
            (
                self.tr("Daily close"),
                self.tr("Month and commission"),
                self.tr("Consignment"),
                self.tr("Poverty alleviation"),
            )
        ):
            self.tabs.setTabText(index, text)
            self.tab_actions[index].setText(text)
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Save what this tab shows as a CSV file that Excel opens (Ctrl+E)")
        )

    def current(self) -> ReportPanel:
        panel = self.tabs.currentWidget()
        assert isinstance(panel, ReportPanel)
        return panel

    def refresh(self) -> None:
        """Something changed (or the screen was shown): reload the visible tab; the others
        reload when they are opened."""
        today = qdate(self.ctx.station.clock.now().date())  # the window may outlive a day
        self.day.day.setMaximumDate(today)
        self.month.month.setMaximumDate(today)
        self._fresh = {self.tabs.currentIndex()}
        self.current().load()

    def _tab_changed(self) -> None:
        self.exported.clear()
        index = self.tabs.currentIndex()
        if index not in self._fresh:
            self._fresh.add(index)
            self.current().load()

    def open_report(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.focus_start()

    def focus_start(self) -> None:
        """The current report's first field (its day or month), so Ctrl+Tab and typing work."""
        target = first_field(self.tabs.currentWidget()) or self.tabs.tabBar()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        """Ctrl+Enter on the day's report: close the day (it asks first, and needs a manager)."""
        if self.current() is self.day and self.day.close_button.isEnabled():
            self.day.close_button.click()

    def export_csv(self) -> None:
        panel = self.current()
        rows = panel.csv_rows()
        if not rows:
            self.exported.setText(self.tr("Nothing to export yet."))
            return
        path = ask_save_path(
            self, self.tr("Export CSV"), panel.csv_name(), self.tr("CSV files (*.csv)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_csv(path, rows)
        except OSError as error:
            self.exported.setText(
                self.tr("Not saved: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.exported.setText(self.tr("Saved as %1").replace("%1", str(path)))
