"""Enrolment with the county server, on the Sync screen: the server's address, the one-time
code from the county centre, and "Enrol…" with what came of it.

The core checks the address and the code before a manager's PIN is asked for; enrolment then
runs on the network worker (``ctx.tasks.network``), so the window never waits on the network.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...core.changes import Change
from ...core.errors import ServicePointError
from ...core.text import clean_text
from ..i18n import Retranslating
from .forms import Form, named
from .report_common import form_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...core.sync import SyncStatus
    from ..context import AppContext


class EnrolmentPanel(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Form(ctx)
        self.server = named(QLineEdit(), "syncServer")
        self.server.setPlaceholderText("http://…")
        self.form.add(
            " ",
            self.server,
            "server_url",
            "server_url_malformed",
            "enrol_offline",
            "enrol_timeout",
            "sync_bad_answer",
        )
        self.code = named(QLineEdit(), "syncCode")
        self.form.add(" ", self.code, "enrolment_code", "sync_refused")
        self.enrol_button = named(QPushButton(), "syncEnrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.code.returnPressed.connect(self.enrol)
        self.enrol_state = named(QLabel(), "syncEnrolState")
        self.enrol_state.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.enrol_state, 1)
        box.addLayout(row)
        self._status: SyncStatus | None = None  # as the screen last read it from the station
        self.retranslate()

    def retranslate(self) -> None:
        self.enrol_state.clear()  # feedback of the last action, in the old language
        self.setTitle(self.tr("County server"))
        form_label(self.form, self.server).setText(self.tr("Server address"))
        form_label(self.form, self.code).setText(self.tr("Enrolment code"))
        self.code.setPlaceholderText(self.tr("One-time code from the county centre"))
        self._show()

    def show_status(self, status: SyncStatus) -> None:
        """Show the station's enrolment (the screen reads the status in its refresh)."""
        self._status = status
        self._show()

    def _show(self) -> None:
        st = self._status  # read in refresh(): retranslating never waits on the database
        if st is None:
            return
        if st.server_url and not self.server.isModified():
            self.server.setText(st.server_url)
        self.enrol_button.setText(self.tr("Enrol again…") if st.enrolled else self.tr("Enrol…"))
        self.enrol_button.setToolTip(
            self.tr(
                "A manager's PIN is needed. To move to a new server address, enter it with a new "
                "code from the county centre."
            )
        )

    def enrol(self) -> None:
        self.form.clear_errors()
        url, code = self.server.text().strip(), self.code.text().strip()
        try:  # the core's own checks, before asking for a PIN
            clean_text(url, "server_url", max_len=200)
            clean_text(code, "enrolment_code", max_len=40)
        except ServicePointError as error:
            self.form.show_error(error)
            return
        approver = self.ctx.ask_manager(self, self.tr("enrol this station with the county server"))
        if approver is None:
            return
        self.enrol_button.setEnabled(False)
        self.enrol_state.setText(self.tr("Contacting the county server…"))

        def work(station: Any, _progress: Any) -> str:
            station.act_as(approver)
            try:
                station.sync.enroll(url, code)
            finally:
                station.sync.close()
            return url

        self.ctx.tasks.network(work, done=self._enrolled, failed=self._enrol_failed)

    def _enrolled(self, url: str) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.server.setModified(False)
        self.enrol_state.setText(
            self.tr("Enrolled with %1. Sync now to send the records.").replace("%1", url)
        )
        self.ctx.changed.emit({Change.SYNC})

    def _enrol_failed(self, error: Any) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_state.clear()
        if isinstance(error, ServicePointError):
            self.form.show_error(error)
        else:
            self.enrol_state.setText(str(error))
