"""Sync (同步): enrolment with the county server, the nightly schedule, "Sync now" with its
progress, the history of runs with their results in plain words, the USB export, backups and
restore.

Nothing here waits on the network on the GUI thread: enrolment and syncs run on the network
worker (``ctx.tasks.network`` / ``ctx.start_sync``), the USB export and backups on the
database worker; each reports back by signal, so typing never freezes while they run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import numbering, schedule
from ...core.changes import Change
from ...core.errors import ServicePointError, SyncFailed
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel, WrappingDelegate
from ..widgets.forms import Form, named
from ..widgets.report_common import ask_save_path, form_label, heading, table
from ..widgets.saying import SayingLabel
from ..widgets.settings_backups import BackupsPanel
from ..widgets.sync_enrolment import EnrolmentPanel
from .base import Screen

if TYPE_CHECKING:
    from datetime import datetime

    from ...core.station import Station
    from ...core.sync import SyncStatus
    from ...core.sync_conflicts import Conflict
    from ..context import AppContext

WINDOWS = (30, 60, 120, 180, 240)


class SyncScreen(Retranslating, Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("syncScreen")
        self.heading = heading("syncTitle")
        self.status = named(QLabel(), "syncStatus")
        self.status.setWordWrap(True)
        # enrolment
        self.enrolment = EnrolmentPanel(ctx)
        self.form = self.enrolment.form
        # schedule
        self.schedule_box = QGroupBox()
        self.schedule_form = Form(ctx)
        self.hour = named(QComboBox(), "syncHour")
        for hour in range(24):
            self.hour.addItem(f"{hour:02d}:00", hour)
        self.schedule_form.add(" ", self.hour)
        self.window_min = named(QComboBox(), "syncWindow")
        self.schedule_form.add(" ", self.window_min, "setting_value")
        self.next_label = named(QLabel(), "syncNext")
        self.save_schedule = named(QPushButton(), "syncSaveSchedule")
        self.save_schedule.clicked.connect(self.save_schedule_settings)
        box = QVBoxLayout(self.schedule_box)
        box.addWidget(self.schedule_form)
        row = QHBoxLayout()
        row.addWidget(self.save_schedule)
        row.addWidget(self.next_label, 1)
        box.addLayout(row)
        # sync now, USB
        self.now_box = QGroupBox()
        self.now_button = named(QPushButton(), "syncNow")
        self.now_button.clicked.connect(self.sync_now)
        self.progress = named(QProgressBar(), "syncProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # the line under it says what is happening
        self.progress.hide()  # until a sync runs: an idle, empty bar looked like a field
        self.result = named(SayingLabel(collapse=True), "syncResult")
        self.result.setWordWrap(True)
        self.export_button = named(QPushButton(), "syncExport")
        self.export_button.clicked.connect(self.export_usb)
        self.export_state = named(SayingLabel(collapse=True), "syncExportState")
        self.export_state.setWordWrap(True)
        box = QVBoxLayout(self.now_box)
        row = QHBoxLayout()
        row.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignLeft)  # no wider when idle
        row.addWidget(self.progress, 1)
        box.addLayout(row)
        box.addWidget(self.result)
        row = QHBoxLayout()
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.export_state, 1)
        box.addLayout(row)
        # history and backups
        self.history_box = QGroupBox()
        self.history = RowsModel([])
        self.history_view = table("syncHistory", self.history, stretch_all=False)
        self.history_view.setWordWrap(True)
        self.history_view.setItemDelegate(WrappingDelegate(self.history_view))
        EmptyHint(self.history_view, self._empty_history)
        # Each column fits its widest text (the table's resize-to-contents); the failure
        # reason takes the rest and wraps, so its rows are re-fitted whenever a column's width
        # changes (the window is maximised after it is built, or resized): otherwise a reason
        # wrapped for one width is cut off at another (issue 12 #10).  After the event loop
        # turns: while the header emits, the table still measures with the old width.
        self.refit_rows = QTimer(self)
        self.refit_rows.setSingleShot(True)
        self.refit_rows.setInterval(0)
        self.refit_rows.timeout.connect(self.history_view.resizeRowsToContents)
        self.history_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.refit_rows.start()
        )
        QVBoxLayout(self.history_box).addWidget(self.history_view)
        self.backups = BackupsPanel(ctx)
        # what needs a manager: paused numbering after a restore, conflicts from the county
        self.attention_box = named(QGroupBox(), "syncAttentionBox")
        self.attention = named(QLabel(), "syncAttention")
        self.attention.setWordWrap(True)
        self.attention.setStyleSheet("color: #b00020;")
        self.block_button = named(QPushButton(), "syncFreshBlock")
        self.block_button.clicked.connect(self.open_fresh_block)
        self.ack_button = named(QPushButton(), "syncAcknowledge")
        self.ack_button.clicked.connect(self.acknowledge)
        box = QVBoxLayout(self.attention_box)
        box.addWidget(self.attention)
        row = QHBoxLayout()
        row.addWidget(self.block_button)
        row.addWidget(self.ack_button)
        row.addStretch(1)
        box.addLayout(row)
        self.attention_box.hide()
        left = QVBoxLayout()
        left.addWidget(self.enrolment)
        left.addWidget(self.schedule_box)
        left.addWidget(self.now_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.history_box, 3)
        right.addWidget(self.backups, 2)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.body = body
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.attention_box)
        layout.addLayout(body, 1)
        self._status: SyncStatus | None = None  # as last read from the station
        self._conflicts: list[Conflict] = []
        self._next: datetime | None = None
        # the 操作 menu (issue 12); Sync now keeps the window's Ctrl+Shift+S (one key, one action)
        self.button_action("actSyncNow", self.now_button)
        self.button_action("actSyncExport", self.export_button, "Ctrl+E")
        self.button_action("actSyncBackup", self.backups.backup_button, "Ctrl+B")
        self.commit_last(lambda: self.tr("Enrol, or save the schedule"))
        ctx.sync_did_progress.connect(self._progress)
        ctx.sync_did_finish.connect(self._finished)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def _empty_history(self) -> str:
        ident = self.ctx.station.identity
        if ident.training:
            return self.tr("The training station never syncs.")
        if not self.ctx.station.sync.status().enrolled:
            return self.tr("No syncs yet: enrol this station with the county first.")
        return self.tr("No syncs yet. Ctrl+Shift+S syncs now.")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for label in (self.result, self.export_state):
            label.clear()  # feedback of the last action, in the old language
        self.schedule_box.setTitle(self.tr("Automatic sync"))
        form_label(self.schedule_form, self.hour).setText(self.tr("Every night from"))
        form_label(self.schedule_form, self.window_min).setText(self.tr("Within"))
        current = self.window_min.currentData()
        self.window_min.clear()
        for minutes in WINDOWS:
            text = (
                self.tr("%1 minutes").replace("%1", str(minutes))
                if minutes < 60
                else self.tr("%1 hours").replace("%1", str(minutes // 60))
                if minutes > 60
                else self.tr("1 hour")
            )
            self.window_min.addItem(text, minutes)
        if current is not None:
            self.window_min.setCurrentIndex(max(self.window_min.findData(current), 0))
        self.hour.setToolTip(
            self.tr(
                "Each point starts at its own random minute in the window, "
                "so the county server is not called by all at once."
            )
        )
        self.save_schedule.setText(self.tr("Save schedule"))
        self.now_box.setTitle(self.tr("Sync now"))
        self.attention_box.setTitle(self.tr("Needs a manager"))
        self.block_button.setText(self.tr("Open a fresh block…"))
        self.block_button.setToolTip(
            self.tr(
                "Only when the county cannot be reached: numbers go "
                "on from the next 100000, and receipts are marked"
            )
        )
        self.ack_button.setText(self.tr("Acknowledge…"))
        self.ack_button.setToolTip(self.tr("After following up with the county centre"))
        self.now_button.setText(self.tr("Sync now"))
        self.now_button.setToolTip(
            self.tr("Send records to the county and fetch the catalogue (Ctrl+Shift+S)")
        )
        self.export_button.setText(self.tr("Export to a USB stick…"))
        self.export_button.setToolTip(
            self.tr(
                "No network? Save the changes waiting to be sent "
                "in a file and take it to the county centre (Ctrl+E)."
            )
        )
        self.history_box.setTitle(self.tr("History"))
        self.history.set_columns(
            [
                Column(self.tr("Started"), lambda r: r["started_at"][:16].replace("T", " ")),
                Column(self.tr("How"), lambda r: self.trigger_name(r["trigger"])),
                Column(
                    self.tr("Result"),
                    self.result_text,
                    colour=lambda r: (
                        "#1b5e20" if r["ok"] else None if r["finished_at"] is None else "#b00020"
                    ),
                ),
                Column(self.tr("Sent"), lambda r: r["pushed"], align_right=True),
                Column(self.tr("Received"), lambda r: r["pulled"], align_right=True),
                Column(self.tr("Details"), self.details_text),
            ]
        )
        self._show_status()

    # -- what the screen shows ------------------------------------------------------------------

    def trigger_name(self, trigger: str) -> str:
        return {
            "manual": self.tr("By hand"),
            "nightly": self.tr("Nightly"),
            "startup": self.tr("At start-up"),
        }.get(trigger, trigger)

    def result_text(self, run: dict[str, Any]) -> str:
        if run["finished_at"] is None:
            return self.tr("Running or interrupted")
        return self.tr("Succeeded") if run["ok"] else self.tr("Failed")

    def details_text(self, run: dict[str, Any]) -> str:
        """Why a run failed, in the operator's language (the same words as the status)."""
        if not run["error_code"]:
            return ""
        try:
            params = json.loads(run["error_params"] or "{}")
        except ValueError:
            params = {}
        return self.ctx.message(SyncFailed(run["error_code"], **params))

    def refresh(self) -> None:
        s = self.ctx.station
        self.history.set_rows(s.sync.history(30))
        # A little air round the short columns (counts, 方式): no text touches the grid.
        header = self.history_view.horizontalHeader()
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("000000") + 12)
        self.history_view.resizeRowsToContents()
        self.hour.setCurrentIndex(int(s.setting("sync_hour", schedule.DEFAULT_HOUR)))
        window = int(s.setting("sync_window_minutes", schedule.DEFAULT_WINDOW_MIN))
        self.window_min.setCurrentIndex(max(self.window_min.findData(window), 0))
        self.backups.refresh()
        self._status = s.sync.status()
        self._conflicts = s.sync.conflicts() if self._status.open_conflicts else []
        self._next = s.sync.next_nightly() if self._status.enrolled else None
        self.enrolment.show_status(self._status)
        self._show_status()

    def _show_status(self) -> None:
        st = self._status
        if st is None:
            return
        training = self.ctx.station.identity.training
        for box in (self.enrolment, self.schedule_box, self.now_box, self.history_box):
            box.setVisible(not training)
        self.body.setStretch(0, 0 if training else 2)  # backups take the width
        if training:  # practice records never leave the PC: nothing to enrol, nothing waits
            self.status.setText(
                self.tr(
                    "This is the training station: its practice records are never sent to "
                    "the county, so there is nothing to enrol or to sync. Backups work as on "
                    "a real station."
                )
            )
            return
        running = self.ctx.sync_running
        self.now_button.setEnabled(st.enrolled and not running)
        self.export_button.setEnabled(not running)
        if not st.enrolled:
            lines = [
                self.tr(
                    "Not enrolled with the county server yet: enter the address and "
                    "the code from the county centre."
                )
            ]
            self.next_label.setText(self.tr("Next automatic sync: after enrolment"))
        else:
            lines = [self.tr("Enrolled with %1.").replace("%1", st.server_url or "-")]
            self.next_label.setText(
                self.tr("Next automatic sync: %1").replace(
                    "%1", self._next.strftime("%Y-%m-%d %H:%M") if self._next else "-"
                )
            )
        last = (st.last_success or "")[:16].replace("T", " ") or self.tr("never")
        lines.append(
            self.tr("Changes waiting to be sent: %1. Last success: %2.")
            .replace("%1", str(st.waiting))
            .replace("%2", last)
        )
        error = st.last_error(self.ctx.lang)
        if error:
            lines.append(
                self.tr("Last problem: %1").replace(
                    "%1", self.ctx.message(SyncFailed(st.error_code or "", **st.error_params))
                )
            )
        if st.clock_off:
            lines.append(
                self.tr(
                    "This PC's clock is %1 seconds off the county server's: please correct it."
                ).replace("%1", str(st.clock_offset_s))
            )
        if st.restored_unconfirmed and not st.numbers_closed:
            lines.append(self.tr("Restored from a backup and not synced with the county since."))
        self._show_attention(st)
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet("color: #b00020;" if st.stuck else "")
        if st.stuck:
            self.status.setText(
                self.status.text()
                + "\n"
                + self.tr("No successful sync for over two days: contact the county centre.")
            )

    def _show_attention(self, st: SyncStatus) -> None:
        """Paused numbering and the county's conflicts, in words, until a manager acts."""
        lines = []
        if st.numbers_closed:
            lines.append(
                self.tr(
                    "Receipts and trace codes are paused: this station was restored from a backup "
                    "and cannot tell which numbers were issued after it. Sync now; with no "
                    "network, a manager can open a fresh block of numbers."
                )
            )
        conflicts = self._conflicts  # read in refresh(): retranslating never waits on it
        if conflicts:
            lines.append(
                self.tr("The county recorded %1 conflict(s) for this station:").replace(
                    "%1", str(len(conflicts))
                )
            )
            lines += ["• " + c.describe(self.ctx.lang) for c in conflicts]
        self.attention.setText("\n".join(lines))
        self.attention_box.setVisible(bool(lines))
        self.block_button.setVisible(st.numbers_closed)
        self.ack_button.setVisible(bool(conflicts))

    def open_fresh_block(self) -> None:
        approver = self.ctx.ask_manager(self, self.tr("open a fresh block of numbers"))
        if approver is None:
            return
        try:
            blocks = self.ctx.write(lambda st: numbering.open_fresh_block(st, approver=approver))
        except ServicePointError as error:
            refused = error  # the name ``error`` ends with the except block
            self.result.say(lambda: self.ctx.message(refused))
            return
        first = next(b for b in blocks if b.series == "receipt")
        self.result.say(
            lambda: self.tr(
                "Fresh block open: the next receipt is %1; its receipts are marked."
            ).replace("%1", f"{self.ctx.station.code}-{first.period}-{first.first_seq:06d}")
        )
        self.refresh()

    def acknowledge(self) -> None:
        approver = self.ctx.ask_manager(self, self.tr("acknowledge the county's conflicts"))
        if approver is None:
            return
        count = self.ctx.attempt(self, lambda st: st.sync.acknowledge_conflicts(approver=approver))
        if count is None:
            return
        self.result.say(lambda: self.tr("%1 conflict(s) acknowledged.").replace("%1", str(count)))
        self.refresh()

    # -- schedule -------------------------------------------------------------------------------

    def commit(self) -> None:
        """Ctrl+Enter: enrol from the enrolment form, save the schedule from its fields."""
        focus = QApplication.focusWidget()
        if focus is None:
            return
        if self.enrolment.isAncestorOf(focus) and self.enrolment.enrol_button.isEnabled():
            self.enrolment.enrol()
        elif self.schedule_box.isAncestorOf(focus) and self.save_schedule.isEnabled():
            self.save_schedule_settings()

    def save_schedule_settings(self) -> None:
        self.schedule_form.clear_errors()
        approver = self.ctx.ask_manager(self, self.tr("change the sync schedule"))
        if approver is None:
            return
        hour, minutes = self.hour.currentData(), self.window_min.currentData()

        def save(st: Station) -> None:
            st.set_setting("sync_hour", hour, approver=approver)
            st.set_setting("sync_window_minutes", minutes, approver=approver)

        try:
            self.ctx.write(save)
        except ServicePointError as error:
            self.schedule_form.show_error(error)
            return

    # -- sync now -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.ctx.start_sync("manual"):
            self.now_button.setEnabled(False)
            self.progress.setRange(0, 0)  # busy until the first report
            self.progress.show()
            self.result.say(lambda: self.tr("Syncing… you can keep working."))
            self.ctx.changed.emit({Change.SYNC})

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.now_button.setEnabled(False)
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.result.say(
            lambda: (
                self.tr("%1: %2 of %3")
                .replace(
                    "%1",
                    {
                        "push": self.tr("Sending"),
                        "pull": self.tr("Receiving"),
                        "repair": self.tr("Re-sending"),
                    }.get(stage, stage),
                )
                .replace("%2", str(done))
                .replace("%3", str(max(total, done)))
            )
        )

    def _finished(self, result: Any) -> None:
        self.progress.hide()  # the line under it says how the sync ended
        summary = getattr(result, "summary", None)
        if callable(summary):
            self.result.say(lambda: summary(self.ctx.lang))
        elif isinstance(result, Exception):
            self.result.say(lambda: self.tr("Sync stopped: %1").replace("%1", str(result)))
        self.refresh()

    # -- USB ------------------------------------------------------------------------------------

    def export_usb(self) -> None:
        s = self.ctx.station
        stamp = s.clock.now().strftime("%Y%m%d-%H%M")
        path = ask_save_path(
            self,
            self.tr("Export for the county centre"),
            f"servicepoint-{s.code}-{stamp}.spx",
            self.tr("Sync export (*.spx)"),
        )
        if path is None:
            return
        operator = s.operator
        self.export_button.setEnabled(False)
        self.export_state.say(lambda: self.tr("Exporting…"))

        def work(station: Any, _progress: Any) -> Any:
            if operator is not None:
                station.act_as(operator)
            return station.sync.export(path)

        self.ctx.tasks.database(work, done=self._exported, failed=self._export_failed)

    def _exported(self, info: Any) -> None:
        self.export_button.setEnabled(True)
        self.export_state.say(
            lambda: (
                self.tr("%1 changes saved in %2. Take the file to the county centre.")
                .replace("%1", str(info.changes))
                .replace("%2", str(Path(info.path)))
            )
        )

    def _export_failed(self, error: Any) -> None:
        self.export_button.setEnabled(True)
        text = self.ctx.message(error) if isinstance(error, ServicePointError) else str(error)
        self.export_state.say(lambda: self.tr("Not exported: %1").replace("%1", text))
