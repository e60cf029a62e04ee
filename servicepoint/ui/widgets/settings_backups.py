"""Backups and restore, on the Sync screen: back up now (to the station's folder or a USB
stick), the list of backups, and restoring one.

A backup runs on the database worker (``station.backups.backup`` reads the whole file through
SQLite's backup API: seconds on a big station) and the window stays usable.  A restore needs
the station closed, so it happens in three steps on the GUI thread while nothing else runs:
close the station, ``core.backup.restore`` (which keeps the current file in ``replaced/`` and
puts it back on any failure), open the station again — then whoever is at the counter signs
in again, since the restored file may not know the operator who was signed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import backup as core_backup
from ...core.backup import BackupInfo
from ...core.changes import EVERYTHING, Change
from ...core.errors import ServicePointError
from ...core.station import Station
from ..i18n import Retranslating
from ..look import EmptyHint
from ..models import Column, RowsModel
from .forms import named
from .print_banner import joined
from .report_common import documents_dir, table

if TYPE_CHECKING:
    from ...core.backup_space import Space
    from ...core.operators import Operator
    from ..context import AppContext


def size_text(size: int) -> str:
    """Bytes as "12.3 MB" (integer arithmetic)."""
    if size >= 1024**3:
        tenths = size * 10 // 1024**3
        return f"{tenths // 10}.{tenths % 10} GB"
    if size >= 1_048_576:
        tenths = size * 10 // 1_048_576
        return f"{tenths // 10}.{tenths % 10} MB"
    return f"{max(size // 1024, 1)} KB"


def restore_station(
    ctx: AppContext, backup_file: Path, approver: Operator
) -> ServicePointError | None:
    """Close the station, put the backup in place, open the station again.  Returns the
    refusal (the station is then as it was) or None.  Call with no job running."""
    old = ctx.station
    location, clock, previous = old.path, old.clock, old.operator
    ctx.tasks.wait()
    ctx.ops.suspend()
    old.close()
    refusal: ServicePointError | None = None
    try:
        core_backup.restore(location, backup_file, clock=clock, operator_id=approver.id)
    except ServicePointError as error:
        refusal = error
    ctx.station = Station.open(location, clock=clock)
    ctx.ops.resume()
    if refusal is not None and previous is not None:
        ctx.station.act_as(previous)
    return refusal


class BackupsPanel(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncBackupsBox")
        self.backup_button = named(QPushButton(), "syncBackup")
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.backup_to_button = named(QPushButton(), "syncBackupTo")
        self.backup_to_button.clicked.connect(self.backup_to_usb)
        self.model = RowsModel([])
        self.view = table("syncBackups", self.model)
        EmptyHint(
            self.view,
            lambda: self.tr(
                "No backups yet. One is made each day when the window closes; "
                '"Back up now" makes one at once.'
            ),
        )
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.restore_button = named(QPushButton(), "syncRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = named(QPushButton(), "syncRestoreFile")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.explain = named(QLabel(), "syncRestoreExplain")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        self.state = named(QLabel(), "syncBackupState")
        self.state.setWordWrap(True)
        self.usage = named(QLabel(), "syncBackupUsage")
        self.usage.setWordWrap(True)
        self._space: Space | None = None
        top = QHBoxLayout()
        top.addWidget(self.backup_button)
        top.addWidget(self.backup_to_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.restore_file_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.usage)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.explain)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.state.clear()  # feedback of the last action, in the old language
        self.backup_button.setText(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Make a backup of this station now (Ctrl+B)"))
        self.backup_to_button.setText(self.tr("Back up to a USB stick…"))
        self.restore_button.setText(self.tr("Restore the selected backup…"))
        self.restore_file_button.setText(self.tr("Restore from a file…"))
        self.explain.setText(
            self.tr(
                "Restoring replaces this station's data with the backup; the current data is "
                'kept in the "replaced" folder. The station closes, the backup is put in place '
                "and the station opens again, as if the program restarted: sign in again, "
                "then sync."
            )
        )
        self.model.set_columns(
            [
                Column(self.tr("Made at"), lambda b: b.created_at[:19].replace("T", " ")),
                Column(self.tr("Kind"), lambda b: self.kind_name(b.kind)),
                Column(self.tr("Size"), lambda b: size_text(b.size_bytes), align_right=True),
            ]
        )
        self._show_space()

    def kind_name(self, kind: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "manual": self.tr("By hand"),
            "before_restore": self.tr("Before a restore"),
        }.get(kind, kind)

    def refresh(self) -> None:
        try:
            backups = self.ctx.station.backups
            self.model.set_rows(backups.list())
            space = backups.space()
        except OSError as error:
            self.state.setText(str(error))
            return
        self._space = space
        self._show_space()

    def _show_space(self) -> None:
        """The disk use as last read (retranslating never waits on the disk)."""
        space = self._space
        if space is None:
            return
        text = (
            self.tr("%1 backups use %2 of the %3 allowed (compressed); %4 free on this disk.")
            .replace("%1", str(space.count))
            .replace("%2", size_text(space.used_bytes))
            .replace("%3", size_text(space.budget_bytes))
            .replace("%4", size_text(space.free_bytes))
        )
        if space.over:
            text = joined(
                text,
                self.tr(
                    "Over the limit because of backups made by hand: move some to a USB stick."
                ),
            )
        self.usage.setText(text)
        self.usage.setStyleSheet("color: #b00020;" if space.over else "color: #555;")

    # -- backing up ---------------------------------------------------------------------------

    def backup_now(self, dest: Path | None = None) -> None:
        for button in (self.backup_button, self.backup_to_button):
            button.setEnabled(False)
        self.state.setText(self.tr("Backing up… the window stays usable."))
        self.ctx.tasks.database(
            lambda station, _p: station.backups.backup("manual", dest),
            done=self._backed_up,
            failed=self._backup_failed,
        )

    def backup_to_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick"), str(documents_dir())
        )
        if folder:
            self.backup_now(Path(folder))

    def _backed_up(self, info: BackupInfo) -> None:
        for button in (self.backup_button, self.backup_to_button):
            button.setEnabled(True)
        self.state.setText(
            self.tr("Backed up: %1 (%2)")
            .replace("%1", str(info.path))
            .replace("%2", size_text(info.size_bytes))
        )
        self.refresh()
        self.ctx.changed.emit({Change.BACKUPS})

    def _backup_failed(self, error: Any) -> None:
        for button in (self.backup_button, self.backup_to_button):
            button.setEnabled(True)
        text = self.ctx.message(error) if isinstance(error, ServicePointError) else str(error)
        self.state.setText(self.tr("No backup was made: %1").replace("%1", text))

    # -- restoring ----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.state.setText(self.tr("Choose a backup in the list first."))
            return
        info: BackupInfo = self.model.row(rows[0].row())
        self.restore(info.path, info.created_at[:16].replace("T", " "))

    def restore_from_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(documents_dir()),
            self.tr("Station backups (*.db *.db.gz)"),
        )
        if path:
            self.restore(Path(path), Path(path).name)

    def restore(self, path: Path, described: str) -> None:
        if self.ctx.sync_running or self.ctx.tasks.busy():
            self.state.setText(
                self.tr("A sync or a backup is running; restore when it has finished.")
            )
            return
        question = self.tr(
            "Replace this station's data with the backup %1?\n\nEverything "
            "recorded since that backup is no longer in the station (the "
            'current data is kept aside in the "replaced" folder). The station '
            "closes and opens again; then sign in and sync."
        ).replace("%1", described)
        if not self.ctx.confirm(self, self.tr("Restore a backup"), question):
            return
        approver = self.ctx.ask_manager(
            self, self.tr("restore the backup %1").replace("%1", described)
        )
        if approver is None:
            return
        try:
            refusal = restore_station(self.ctx, path, approver)
        except ServicePointError as error:  # the station did not open again
            QMessageBox.critical(
                self,
                self.tr("Restore"),
                self.ctx.message(error) + "\n" + self.tr("Close the program and start it again."),
            )
            return
        if refusal is not None:
            self.state.setText(self.tr("Not restored: %1").replace("%1", self.ctx.message(refusal)))
            self.ctx.changed.emit({Change.BACKUPS})
            return
        self.state.setText(
            self.tr(
                "Restored from %1. Sync now so the county confirms the restored records."
            ).replace("%1", described)
        )
        self._sign_in_again()
        self.ctx.changed.emit(set(EVERYTHING))  # after a restore: another station

    def _sign_in_again(self) -> None:
        from ..dialogs import SignIn

        dialog = SignIn(self.ctx, self.window())
        while not dialog.exec() or dialog.operator is None:
            pass
        self.ctx.station.act_as(dialog.operator)
        self.ctx.operator_did_change.emit()
