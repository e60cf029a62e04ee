"""Enrolment with the county server, on the Sync screen: the server's address, the one-time
code from the county centre, the certificate fingerprint the technician gave, and "Enrol…"
with what came of it.

The core checks the address, the code and the fingerprint before a manager's PIN is asked for
(``core/sync_enrol.py``): an ``http://`` address off this PC needs the unencrypted-connection
box ticked.  Enrolment then runs on the network worker (``ctx.tasks.network``), so the window
never waits on the network.  Over ``https://`` the worker first reads the fingerprint the
server presents and shows it; with none typed, the operator compares it and confirms, and the
station pins it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core import sync_enrol
from ...core.changes import Change
from ...core.errors import InvalidInput, ServicePointError
from ...core.pinning import plain_http_over_network
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
            "pinned_needs_https",
        )
        self.insecure = named(QCheckBox(), "syncInsecure")
        self.form.add(" ", self.insecure, "enrol_plain_http")
        self.code = named(QLineEdit(), "syncCode")
        self.form.add(" ", self.code, "enrolment_code", "sync_refused", "sync_client_too_old")
        self.fingerprint = named(QLineEdit(), "syncFingerprint")
        self.form.add(
            " ",
            self.fingerprint,
            "fingerprint_malformed",
            "enrol_fingerprint_needed",
            "enrol_fingerprint_mismatch",
            "enrol_not_confirmed",
            "sync_certificate_changed",
        )
        self.presented = named(QLabel(), "syncPresented")
        self.presented.setWordWrap(True)
        self.presented.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server.textChanged.connect(self._show_insecure)
        self.enrol_button = named(QPushButton(), "syncEnrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.code.returnPressed.connect(self.enrol)
        self.enrol_state = named(QLabel(), "syncEnrolState")
        self.enrol_state.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        box.addWidget(self.presented)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.enrol_state, 1)
        box.addLayout(row)
        self._status: SyncStatus | None = None  # as the screen last read it from the station
        self._presented: str | None = None  # the fingerprint the server last presented
        self._show_insecure()
        self.retranslate()

    def retranslate(self) -> None:
        self.enrol_state.clear()  # feedback of the last action, in the old language
        self.setTitle(self.tr("County server"))
        # Alt+D/C/F (the menu bar has S): the letters free on the Sync screen
        form_label(self.form, self.server).setText(self.tr("Server a&ddress"))
        form_label(self.form, self.code).setText(self.tr("Enrolment &code"))
        self.code.setPlaceholderText(self.tr("One-time code from the county centre"))
        form_label(self.form, self.fingerprint).setText(self.tr("Certificate &fingerprint"))
        self.fingerprint.setPlaceholderText(self.tr("AA:BB:… from the county technician"))
        self.fingerprint.setToolTip(
            self.tr(
                "For an https:// address. Leave it empty to be shown the server's fingerprint "
                "and compare it with the technician's."
            )
        )
        self.insecure.setText(
            self.tr("Unencrypted connection: the code and the station's key cross the network")
        )
        self._show_presented()
        self._show()

    def _show_insecure(self) -> None:
        """The unencrypted-connection box, only for an ``http://`` address off this PC.

        The whole row hides with it: a shown row whose box is hidden kept Tab in the address
        (its holder hands the focus on to the hidden box, so it stayed where it was)."""
        needed = plain_http_over_network(self.server.text().strip())
        self.insecure.setVisible(needed)
        holder = self.insecure.parentWidget()
        if holder is not None:
            self.form.layout_.setRowVisible(holder, needed)
        if not needed:
            self.insecure.setChecked(False)

    def _show_presented(self) -> None:
        if self._presented:
            self.presented.setText(
                self.tr("The county server presents the certificate %1").replace(
                    "%1", self._presented
                )
            )
        else:
            self.presented.clear()

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
        typed, insecure = self.fingerprint.text().strip(), self.insecure.isChecked()
        try:  # the core's own checks, before asking for a PIN (a stand-in if none is typed)
            sync_enrol.enrol_check(url, code, typed or "0" * 64, insecure=insecure)
        except ServicePointError as error:
            self.form.show_error(error)
            return
        approver = self.ctx.ask_manager(self, self.tr("enrol this station with the county server"))
        if approver is None:
            return
        self._start(approver, url, code, typed, insecure)

    def _start(self, approver: Any, url: str, code: str, typed: str, insecure: bool) -> None:
        self.enrol_button.setEnabled(False)
        self.enrol_state.setText(self.tr("Contacting the county server…"))

        def work(station: Any, _progress: Any) -> tuple[str, str | None, bool]:
            station.act_as(approver)
            try:
                presented = station.sync.presented_fingerprint(url)
                pin = None
                if presented is not None:
                    if not typed:
                        return url, presented, False  # to be compared and confirmed first
                    pin = sync_enrol.check_matches(typed, presented)
                station.sync.enroll(url, code, fingerprint=pin, insecure=insecure)
            finally:
                station.sync.close()
            return url, presented, True

        def done(answer: tuple[str, str | None, bool]) -> None:
            url_, presented, enrolled = answer
            self._presented = presented
            self._show_presented()
            if enrolled:
                self._enrolled(url_)
                return
            assert presented is not None
            self.enrol_button.setEnabled(True)
            self.enrol_state.clear()
            question = self.tr(
                "The county server presents this certificate fingerprint:\n\n%1\n\n"
                "Is it exactly the fingerprint the county technician gave?"
            ).replace("%1", presented)
            if not self.ctx.confirm(self, self.tr("Check the certificate"), question):
                self.form.show_error(InvalidInput("enrol_not_confirmed"))
                return
            self.fingerprint.setText(presented)
            self._start(approver, url_, code, presented, insecure)

        self.ctx.tasks.network(work, done=done, failed=self._enrol_failed)

    def _enrolled(self, url: str) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.fingerprint.clear()
        self.server.setModified(False)
        self.enrol_state.setText(
            self.tr("Enrolled with %1. Sync now to send the records.").replace("%1", url)
        )
        self.ctx.changed.emit({Change.SYNC})

    def _enrol_failed(self, error: Any) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_state.clear()
        if isinstance(error, ServicePointError):
            presented = error.params.get("presented")
            if isinstance(presented, str):
                self._presented = presented
                self._show_presented()
            self.form.show_error(error)
        else:
            self.enrol_state.setText(str(error))
