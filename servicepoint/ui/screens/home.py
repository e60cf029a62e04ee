"""Home (首页): today at a glance — takings, orders waiting at each step, consignment stock
and settlements due, county notices, and "Sync now" with its progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.money import format_yuan
from ..i18n import Retranslating
from ..widgets.forms import named
from .base import Screen

if TYPE_CHECKING:
    from ..context import AppContext


class HomeScreen(Retranslating, Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("homeScreen")
        self.heading = named(QLabel(), "homeHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        self.boxes: dict[str, QGroupBox] = {}
        for col, key in enumerate(("takings", "orders", "consignment")):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            value = named(QLabel(), f"home_{key}")
            value.setWordWrap(True)
            value.setStyleSheet("font-size: 12pt;")
            inner.addWidget(value)
            self.figures[key] = value
            self.boxes[key] = box
            grid.addWidget(box, 0, col)
        self.notices_box = QGroupBox()
        self.notices = named(QTextBrowser(), "homeNotices")
        QVBoxLayout(self.notices_box).addWidget(self.notices)
        self.sync_button = named(QPushButton(), "syncNowButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.hide()
        self.sync_state = named(QLabel(), "homeSyncState")
        self.sync_state.setWordWrap(True)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.notices_box, 1)
        layout.addLayout(sync_row)
        layout.addWidget(self.sync_state)
        ctx.sync_did_progress.connect(self._progress)
        ctx.sync_did_finish.connect(self._finished)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.boxes["takings"].setTitle(self.tr("Today's takings"))
        self.boxes["orders"].setTitle(self.tr("Orders waiting"))
        self.boxes["consignment"].setTitle(self.tr("Consignment"))
        self.notices_box.setTitle(self.tr("Notices from the county"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(
            self.tr("Send records to the county and fetch the catalogue (Ctrl+Shift+S)")
        )

    def refresh(self) -> None:
        """The heading and notices at once; the figures (a few hundred ms on a station with
        years of records) on the database worker, so the window is usable immediately."""
        s = self.ctx.station
        today = s.clock.now().date().isoformat()
        self.heading.setText(f"{s.identity.name} · {today}")
        if not self.figures["takings"].text():
            for label in self.figures.values():
                label.setText(self.tr("Loading…"))
        self.ctx.tasks.database(lambda st, _p: _figures(st, today), done=self._show_figures)
        notices = s.sync.notices()
        if notices:
            self.notices.setHtml(
                "".join(
                    f"<p><b>{_esc(n['title'])}</b> <small>{n['published_at'][:10]}</small><br>"
                    f"{_esc(n['body'])}</p>"
                    for n in notices
                )
            )
        else:
            self.notices.setPlainText(self.tr("No notices."))
        self._show_sync_state()

    def _show_figures(self, figures: dict[str, Any]) -> None:
        if getattr(self.window(), "closed", False):
            return
        daily, counts, report = figures["daily"], figures["counts"], figures["consignment"]
        lines = [
            self.tr("Taken in: %1").replace(
                "%1", format_yuan(sum(m.received_fen for m in daily.by_method), symbol="¥")
            )
        ]
        for m in daily.by_method:
            lines.append(f"  {self._method(m.method)}: {format_yuan(m.net_fen, symbol='¥')}")
        lines.append(
            self.tr("Cash expected in the drawer: %1").replace(
                "%1", format_yuan(daily.expected_cash_fen, symbol="¥")
            )
        )
        self.figures["takings"].setText("\n".join(lines))
        self.figures["orders"].setText(
            "\n".join(
                (
                    self.tr("To order on the platform: %1").replace(
                        "%1", str(counts.get("placed", 0))
                    ),
                    self.tr("Ordered, on the way: %1").replace("%1", str(counts.get("ordered", 0))),
                    self.tr("Arrived, to pick up: %1").replace("%1", str(counts.get("arrived", 0))),
                )
            )
        )
        in_stock = [b for b in report.stock if b.on_hand_base > 0]
        self.figures["consignment"].setText(
            "\n".join(
                (
                    self.tr("Batches in stock: %1").replace("%1", str(len(in_stock))),
                    self.tr("Farmers to settle with: %1").replace("%1", str(len(report.due))),
                    self.tr("Due to farmers: %1").replace(
                        "%1", format_yuan(report.total_due_fen, symbol="¥")
                    ),
                )
            )
        )

    def _method(self, method: str) -> str:
        return {
            "cash": self.tr("Cash"),
            "mobile": self.tr("Mobile payment"),
            "account": self.tr("On account"),
        }.get(method, method)

    def _show_sync_state(self) -> None:
        st = self.ctx.station.sync.status()
        self.sync_button.setEnabled(st.enrolled and not self.ctx.sync_running)
        if self.ctx.station.identity.training:
            self.sync_state.setText(
                self.tr(
                    "This is the training station: its practice data is never sent to the county."
                )
            )
            return
        if not st.enrolled:
            self.sync_state.setText(
                self.tr("Not enrolled with the county server yet: see the Sync screen.")
            )
            return
        text = (
            self.tr("%1 changes waiting. Last success: %2.")
            .replace("%1", str(st.waiting))
            .replace("%2", (st.last_success or self.tr("never"))[:16].replace("T", " "))
        )
        error = st.last_error(self.ctx.lang)
        if error:
            text += "\n" + self.tr("Last problem: %1").replace("%1", error)
        self.sync_state.setText(text)

    def sync_now(self) -> None:
        if self.ctx.start_sync("manual"):
            self.sync_button.setEnabled(False)
            self.progress.setRange(0, 0)
            self.progress.show()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _finished(self, result: Any) -> None:
        self.progress.hide()
        self._show_sync_state()
        summary = getattr(result, "summary", None)
        if callable(summary):
            self.sync_state.setText(summary(self.ctx.lang) + "\n" + self.sync_state.text())


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


def _figures(station: Any, today: str) -> dict[str, Any]:
    """Runs on the database worker with its own connection."""
    return {
        "daily": station.reports.daily(today),
        "counts": station.purchasing.counts_by_status(),
        "consignment": station.reports.consignment(),
    }
