"""Settings → Station: its name and place names (printed on every receipt), its code, and
the data folder (shown, not changed here: moving it means moving the station file while the
program is closed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ..i18n import Retranslating
from .forms import Form, named
from .print_banner import joined
from .report_common import form_label

if TYPE_CHECKING:
    from ...core.station import Identity
    from ..context import AppContext

FIELDS = (
    ("name", "station_name"),
    ("village", "village"),
    ("township", "township"),
    ("county", "county"),
)


class StationPanel(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._identity: Identity | None = None
        self.setObjectName("settingsStationBox")
        self.code = named(QLabel(), "settingsStationCode")
        self.code.setWordWrap(True)
        self.form = Form(ctx)
        self.edits: dict[str, QLineEdit] = {}
        for key, field in FIELDS:
            edit = named(QLineEdit(), f"settingsStation{key.capitalize()}")
            edit.setMaxLength(40)
            self.form.add(" ", edit, field)
            self.edits[key] = edit
        self.save_button = named(QPushButton(), "settingsSaveStation")
        self.save_button.clicked.connect(self.save)
        self.state = named(QLabel(), "settingsStationState")
        self.state.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder = named(QLineEdit(), "settingsDataFolder")
        self.folder.setReadOnly(True)
        self.open_button = named(QPushButton(), "settingsOpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.folder_label)
        layout.addLayout(folder_row)
        self.import_farmers = named(QPushButton(), "settingsImportFarmers")
        self.import_farmers.clicked.connect(lambda: self._import("farmers"))
        self.import_catalogue = named(QPushButton(), "settingsImportCatalogue")
        self.import_catalogue.clicked.connect(lambda: self._import("catalogue"))
        imports = QHBoxLayout()
        imports.addWidget(self.import_farmers)
        imports.addWidget(self.import_catalogue)
        imports.addStretch(1)
        layout.addLayout(imports)
        self.retranslate()

    def retranslate(self) -> None:
        # Short words on the buttons (the settings' three columns fit a 1366-px screen in
        # English too); the tooltips say the file is CSV.
        self.import_farmers.setText(self.tr("Import farmers…"))
        self.import_farmers.setToolTip(self.tr("Add farmers from a CSV file"))
        self.import_catalogue.setText(self.tr("Import catalogue…"))
        self.import_catalogue.setToolTip(
            self.tr("From a CSV file, before enrolment only: afterwards the county sends it")
        )
        self.setTitle(self.tr("Station"))
        self.state.clear()  # feedback of the last action, in the old language
        # Alt+N/V/T/C: letters no other field of the settings uses (the three columns show
        # together, so each letter is said once on the screen)
        for key, text in (
            ("name", self.tr("Station &name")),
            ("village", self.tr("&Village")),
            ("township", self.tr("&Township")),
            ("county", self.tr("&County")),
        ):
            form_label(self.form, self.edits[key]).setText(text)
        self.save_button.setText(self.tr("Save station details"))
        self.folder_label.setText(self.tr("Data folder (station file, backups, receipts)"))
        self.open_button.setText(self.tr("Open folder"))
        self._show_code()

    def _show_code(self) -> None:
        ident = self._identity  # read in refresh(): retranslating never waits on the database
        if ident is None:
            return
        text = self.tr(
            "Station code %1: set when the station was created; it is part of every receipt number."
        ).replace("%1", ident.code)
        if ident.training:
            text = joined(text, self.tr("This is the training station."))
        self.code.setText(text)

    def refresh(self) -> None:
        ident = self._identity = self.ctx.station.identity
        for key, _field in FIELDS:
            self.edits[key].setText(getattr(ident, key))
        self.folder.setText(str(self.ctx.station.path.parent))
        self._show_code()

    def save(self) -> None:
        self.form.clear_errors()
        ident = self.ctx.station.identity
        changes = {
            key: self.edits[key].text()
            for key, _f in FIELDS
            if self.edits[key].text().strip() != getattr(ident, key)
        }
        if not changes:
            self.state.setText(self.tr("Nothing changed."))
            return
        approver = self.ctx.ask_manager(self, self.tr("change the station details"))
        if approver is None:
            return
        try:
            self.ctx.write(lambda st: st.update_identity(**changes), approver=approver)
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self.state.setText(self.tr("Saved. New receipts show the new details."))

    def _import(self, kind: str) -> None:
        from .money_out import import_csv

        import_csv(self.ctx, self, kind)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.station.path.parent)))
