"""Home (首页): today at a glance — takings, orders waiting at each step, consignment stock
and settlements due, county notices, and "Sync now" with its progress."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.day_close import Drawer
from ...core.money import format_yuan
from ...core.todo import Todo, todo_list
from ...core.unprinted import unprinted_count
from ..i18n import Retranslating
from ..look import icon, role
from ..main_window import NAV_KEYS
from ..widgets.forms import named
from .base import Screen

if TYPE_CHECKING:
    from ..context import AppContext

TODO_ICONS = {
    "orders_to_place": "shopping-cart",
    "orders_to_hand_out": "package",
    "farmers_to_settle": "user-dollar",
    "parcels_to_notify": "package",
    "parcels_overdue": "package",
    "days_to_close": "calendar-check",
    "unprinted": "printer",
}


class HomeScreen(Retranslating, Screen):
    """The operator's to-do list first (each item one Enter or click from its screen), then
    today's takings; county notices take only the room they need."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("homeScreen")
        self.heading = named(QLabel(), "homeHeading")
        role(self.heading, "heading")
        self.todo_box = QGroupBox()
        self.todo = named(QListWidget(), "homeTodo")
        self.todo.setIconSize(QSize(28, 28))
        self.todo.setSpacing(3)
        self.todo.itemActivated.connect(self._open_item)
        self.todo.itemClicked.connect(self._open_item)
        QVBoxLayout(self.todo_box).addWidget(self.todo)
        self.figures: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        side = QVBoxLayout()
        self.total = named(QLabel(), "homeTakingsTotal")
        role(self.total, "big")
        for key in ("takings", "drawer", "consignment"):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            if key == "takings":
                inner.addWidget(self.total)
            value = named(QLabel(), f"home_{key}")
            value.setWordWrap(True)
            inner.addWidget(value)
            self.figures[key] = value
            self.boxes[key] = box
            side.addWidget(box)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.todo_box, 3)
        row.addLayout(side, 2)
        self.notices_box = QGroupBox()
        self.notices = named(QLabel(), "homeNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.notices_box).addWidget(self.notices)
        self.notices_box.hide()  # until there are notices to show
        self.sync_button = named(QPushButton(), "syncNowButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.hide()
        self.sync_state = named(QLabel(), "homeSyncState")
        self.sync_state.setWordWrap(True)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.progress, 1)
        sync_row.addStretch(1)
        self.sync_button.setVisible(not ctx.station.identity.training)  # nothing to send
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        layout.addWidget(self.notices_box)
        layout.addLayout(sync_row)
        layout.addWidget(self.sync_state)
        # the screen's 操作 menu (issue 12): Enter on the list opens a to-do; Sync now has the
        # window's Ctrl+Shift+S, so no key of its own here (one key, one action)
        self.screen_action(
            "actHomeOpen", self._open_current, "Ctrl+O", words=lambda: self.tr("&Open the to-do")
        )
        self.follow(
            self.screen_action(
                "actHomeSync",
                lambda: self.press(self.sync_button),
                words=lambda: self.tr("&Sync now"),
            ),
            self.sync_button,
        )
        ctx.sync_did_progress.connect(self._progress)
        ctx.sync_did_finish.connect(self._finished)
        # a print that failed (or a reprint that worked) changes the unprinted count
        ctx.printer.did_finish.connect(lambda _outcome: self._on_changed(set()))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.todo.setFocus()  # Enter opens the first item's screen

    def retranslate(self) -> None:
        self.todo_box.setTitle(self.tr("To do"))
        self.boxes["takings"].setTitle(self.tr("Today's takings"))
        self.boxes["drawer"].setTitle(self.tr("Cash drawer"))
        self.boxes["consignment"].setTitle(self.tr("Consignment"))
        self.notices_box.setTitle(self.tr("Notices from the county"))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(
            self.tr("Send records to the county and fetch the catalogue (Ctrl+Shift+S)")
        )

    def refresh(self) -> None:
        """The heading at once; the to-do list, figures and notices (a few hundred ms on a
        station with years of records) on the database worker, so the window is usable
        immediately."""
        s = self.ctx.station
        today = s.clock.now().date().isoformat()
        self.heading.setText(f"{s.identity.name} · {today}")
        if not self.figures["takings"].text():
            for label in self.figures.values():
                label.setText(self.tr("Loading…"))
        self.ctx.tasks.database(lambda st, _p: _figures(st, today), done=self._show_figures)
        self._show_sync_state()

    def _show_figures(self, figures: dict[str, Any]) -> None:
        if getattr(self.window(), "closed", False):
            return
        daily, report = figures["daily"], figures["consignment"]
        self._show_todo(figures["todo"])
        notices = figures["notices"]
        self.notices_box.setVisible(bool(notices))
        self.notices.setText(
            "".join(
                f"<p><b>{_esc(n['title'])}</b> <small>{n['published_at'][:10]}</small><br>"
                f"{_esc(n['body'])}</p>"
                for n in notices
            )
        )
        self.total.setText(format_yuan(sum(m.received_fen for m in daily.by_method), symbol="¥"))
        # the lines add up to the big figure (money taken in today, by method), then what went
        # out today; the drawer has its own box, counted from its last count (or the float), so
        # its lines add up to the cash it should hold even after a close earlier today
        lines = [
            self.tr("%1 taken in: %2")
            .replace("%1", self._method(m.method))
            .replace("%2", format_yuan(m.received_fen, symbol="¥"))
            for m in daily.by_method
            if m.received_fen
        ]
        paid_out = sum(m.paid_out_fen for m in daily.by_method)
        if paid_out:
            lines.append(self.tr("Paid out: %1").replace("%1", format_yuan(paid_out, symbol="¥")))
        self.figures["takings"].setText("\n".join(lines))
        self.figures["drawer"].setText("\n".join(self._drawer_lines(daily.drawer, daily.day)))
        in_stock = [b for b in report.stock if b.on_hand_base > 0]
        self.figures["consignment"].setText(
            "\n".join(
                (
                    self.tr("Batches in stock: %1").replace("%1", str(len(in_stock))),
                    self.tr("Due to farmers: %1").replace(
                        "%1", format_yuan(report.total_due_fen, symbol="¥")
                    ),
                )
            )
        )

    def _drawer_lines(self, drawer: Drawer, today: str) -> list[str]:
        """Where the drawer starts (the last count, or the opening float), the cash in and out
        since, and what it should hold: each line is a term of the sum on the last one."""
        if drawer.since is None:
            lines = [
                self.tr("Opening float: %1"),
                self.tr("+ Cash in since the float: %1"),
                self.tr("− Cash out since the float: %1"),
            ]
        else:
            when = drawer.since[:16].replace("T", " ")
            lines = [
                self.tr("Counted at %1: %2")
                .replace("%1", when[11:] if when[:10] == today else when)
                .replace("%2", "%1"),
                self.tr("+ Cash in since the count: %1"),
                self.tr("− Cash out since the count: %1"),
            ]
        lines.append(self.tr("= Cash expected in the drawer: %1"))
        amounts = (
            drawer.opening_cash_fen,
            drawer.cash_in_fen,
            drawer.cash_out_fen,
            drawer.expected_cash_fen,
        )
        return [
            line.replace("%1", format_yuan(fen, symbol="¥"))
            for line, fen in zip(lines, amounts, strict=True)
        ]

    def _show_todo(self, items: list[Todo]) -> None:
        self.todo.clear()
        keys = dict(NAV_KEYS)
        banner = getattr(self.window(), "print_banner", None)
        if banner is not None:  # the unprinted list is the window's Ctrl+Shift+P, not a screen
            keys["unprinted"] = banner.list_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
        for item in items:
            text = self._todo_text(item)
            row = QListWidgetItem(
                icon(TODO_ICONS[item.key]), f"{text}    {keys.get(item.screen, '')}".rstrip()
            )
            row.setData(Qt.ItemDataRole.UserRole, item.screen)
            row.setToolTip(self.tr("Enter opens the screen where this is done"))
            self.todo.addItem(row)
        if not items:
            row = QListWidgetItem(
                self.tr("Nothing is waiting. Press F3 to help a farmer buy something.")
            )
            row.setData(Qt.ItemDataRole.UserRole, "purchase")
            self.todo.addItem(row)
        self.todo.setCurrentRow(0)

    def _open_current(self) -> None:
        row = self.todo.currentItem()
        if row is not None:
            self._open_item(row)

    def _todo_text(self, item: Todo) -> str:
        n = str(item.count)
        return {
            "orders_to_place": self.tr("Orders to place on a platform: %1").replace("%1", n),
            "orders_to_hand_out": self.tr("Orders arrived, to hand to the farmer: %1").replace(
                "%1", n
            ),
            "farmers_to_settle": self.tr("Farmers waiting to be settled with: %1").replace("%1", n),
            "parcels_to_notify": self.tr("Parcels whose recipient is not told yet: %1").replace(
                "%1", n
            ),
            "parcels_overdue": self.tr("Parcels waiting longer than the set days: %1").replace(
                "%1", n
            ),
            "days_to_close": self.tr("Days not closed: %1 (the first is %2)")
            .replace("%1", n)
            .replace("%2", item.oldest),
            "unprinted": self.tr("Receipts not printed: %1").replace("%1", n),
        }[item.key]

    def _open_item(self, row: QListWidgetItem) -> None:
        screen = row.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        banner = getattr(window, "print_banner", None)
        if screen == "unprinted" and banner is not None:
            banner.list_action.trigger()
        elif screen and hasattr(window, "go"):
            window.go(screen)

    def _method(self, method: str) -> str:
        return {
            "cash": self.tr("Cash"),
            "mobile": self.tr("Mobile payment"),
            "account": self.tr("On account"),
        }.get(method, method)

    def _show_sync_state(self) -> None:
        st = self.ctx.station.sync_status()
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
        "todo": todo_list(station, today, unprinted=unprinted_count(station)),
        "consignment": station.reports.consignment(),
        "notices": station.sync.notices(),
    }
