"""Settings (设置): station details and data folder, operators and PINs, the receipt printer
(name, paper width, print without a dialog, a test page), the language and the idle lock.

Station settings change with a manager's approval (``set_setting(..., approver=)``) and are
audited by the core.  The language is this PC's choice (kept in ``app.json``, not in the
station) and switches at once: every screen retranslates on Qt's LanguageChange.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Change
from ...core.errors import ServicePointError
from .. import i18n
from ..i18n import Retranslating
from ..main_window import DEFAULT_IDLE_MIN
from ..print_preview import PreviewDialog, test_page_image
from ..printing import PrintJob, printer_names
from ..receipt_printer import pdf_folder
from ..widgets.forms import Form, named
from ..widgets.report_common import form_label, heading
from ..widgets.settings_devices import DevicesPanel
from ..widgets.settings_operators import OperatorsPanel
from ..widgets.settings_station import StationPanel
from .base import Screen

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext
    from ..widgets.settings_printer import PrinterWizard

WIDTHS = ("58", "80", "a4")
IDLE_MINUTES = (0, 5, 10, 15, 30)


class SettingsScreen(Retranslating, Screen):
    watches = frozenset({Change.SETTINGS, Change.OPERATORS, Change.STATION})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("settingsScreen")
        self.heading = heading("settingsTitle")
        self.station_panel = StationPanel(ctx)
        self.operators = OperatorsPanel(ctx)
        self.devices = DevicesPanel(ctx)  # the scale and the scanner (issue 15)
        # printing
        self.print_box = QGroupBox()
        self.print_form = Form(ctx)
        self.printer = named(QComboBox(), "settingsPrinter")
        self.print_form.add(" ", self.printer, "printer_name")
        self.width_combo = named(QComboBox(), "settingsWidth")
        self.print_form.add(" ", self.width_combo, "setting_value")
        self.no_dialog = named(QCheckBox(), "settingsNoDialog")
        self.test_button = named(QPushButton(), "settingsTestPage")
        self.test_button.clicked.connect(self.print_test_page)
        self.test_state = named(QLabel(), "settingsTestState")
        self.test_state.setWordWrap(True)
        box = QVBoxLayout(self.print_box)
        box.addWidget(self.print_form)
        box.addWidget(self.no_dialog)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        self.preview_button = named(QPushButton(), "settingsPreview")
        self.preview_button.clicked.connect(self.preview_test_page)
        row.addWidget(self.preview_button)
        row.addWidget(self.test_state, 1)
        box.addLayout(row)
        self.wizard_button = named(QPushButton(), "settingsPrinterWizard")
        self.wizard_button.clicked.connect(self.open_printer_wizard)
        box.addWidget(self.wizard_button)
        # this PC
        self.general_box = QGroupBox()
        self.general_form = Form(ctx)
        self.language = named(QComboBox(), "settingsLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(lambda _i: self.switch_language())
        self.general_form.add(" ", self.language)
        self.idle = named(QComboBox(), "settingsIdle")
        self.general_form.add(" ", self.idle)
        self.general_note = named(QLabel(), "settingsGeneralNote")
        self.general_note.setWordWrap(True)
        self.general_note.setStyleSheet("color: #555;")
        box = QVBoxLayout(self.general_box)
        box.addWidget(self.general_form)
        box.addWidget(self.general_note)
        self.save_button = named(QPushButton(), "settingsSave")
        self.save_button.clicked.connect(self.save)
        self.save_state = named(QLabel(), "settingsSaveState")
        self.save_state.setWordWrap(True)
        middle = QVBoxLayout()
        middle.addWidget(self.print_box)
        middle.addWidget(self.general_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.save_state, 1)
        middle.addLayout(row)
        middle.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.station_panel)
        left.addWidget(self.devices)
        left.addStretch(1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(middle, 0, 1)
        grid.addWidget(self.operators, 0, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self._jobs: set[PrintJob] = set()
        self._printer_wizard: PrinterWizard | None = None
        self._test_focus = False  # the test page's button had the keyboard when it printed
        self._build_actions()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.save_state.clear()  # feedback of the last action, in the old language
        self.test_state.clear()
        self.print_box.setTitle(self.tr("Receipt printer"))
        form_label(self.print_form, self.printer).setText(self.tr("&Printer"))
        form_label(self.print_form, self.width_combo).setText(self.tr("Pape&r"))
        self.no_dialog.setText(self.tr("Print at once, without the print dialog"))
        self.test_button.setText(self.tr("Print a test page"))
        self.preview_button.setText(self.tr("Preview"))
        self.test_button.setToolTip(self.tr("Print a test page on the chosen printer (Ctrl+P)"))
        self.preview_button.setToolTip(
            self.tr("Shows the test page at the chosen paper width (Ctrl+Alt+P)")
        )
        self.wizard_button.setText(self.tr("Receipt printer by ESC/POS…"))
        self.general_box.setTitle(self.tr("Language and lock"))
        self.general_note.setText(
            self.tr(
                "The language changes at once, for this computer. "
                "The printer, the paper and the lock are saved with "
                '"Save settings".'
            )
        )
        form_label(self.general_form, self.language).setText(self.tr("&Language"))
        form_label(self.general_form, self.idle).setText(self.tr("Lock when &idle"))
        self.save_button.setText(self.tr("Save settings"))
        self.save_button.setToolTip(
            self.tr("Saves the printer and idle lock (a manager's PIN is needed; Ctrl+S)")
        )
        self._fill(
            self.width_combo,
            [(self.tr("58 mm roll"), "58"), (self.tr("80 mm roll"), "80"), (self.tr("A4"), "a4")],
        )
        self._fill(
            self.idle,
            [(self.tr("Never"), 0)]
            + [(self.tr("After %1 minutes").replace("%1", str(m)), m) for m in IDLE_MINUTES[1:]],
        )
        self._fill_printers(self.printer.currentData())

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """Replace the items and keep the choice (retranslating must not lose an edit)."""
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _fill_printers(self, chosen: str | None) -> None:
        names, default = printer_names()
        items = [(self.tr("System default printer") + (f" ({default})" if default else ""), "")]
        items += [(name, name) for name in names]
        items.append((self.tr("No printer: save as PDF"), "PDF"))
        if chosen and chosen not in [data for _t, data in items]:
            items.insert(1, (self.tr("%1 (not found)").replace("%1", chosen), chosen))
        self.printer.clear()
        for text, data in items:
            self.printer.addItem(text, data)
        self.printer.setCurrentIndex(max(self.printer.findData(chosen or ""), 0))

    # -- loading and saving ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The station settings as the screen shows them."""
        return {
            "printer_name": self.printer.currentData() or "",
            "receipt_width": self.width_combo.currentData(),
            "print_without_dialog": self.no_dialog.isChecked(),
            "idle_lock_minutes": self.idle.currentData(),
        }

    def stored(self) -> dict[str, Any]:
        s = self.ctx.station
        return {
            "printer_name": str(s.setting("printer_name", "") or ""),
            "receipt_width": str(s.setting("receipt_width", "80")),
            "print_without_dialog": bool(s.setting("print_without_dialog", False)),
            "idle_lock_minutes": int(s.setting("idle_lock_minutes", DEFAULT_IDLE_MIN)),
        }

    def refresh(self) -> None:
        stored = self.stored()
        self._fill_printers(stored["printer_name"])
        self.width_combo.setCurrentIndex(max(self.width_combo.findData(stored["receipt_width"]), 0))
        self.no_dialog.setChecked(stored["print_without_dialog"])
        self.idle.setCurrentIndex(max(self.idle.findData(stored["idle_lock_minutes"]), 0))
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.language), 0))
        self.station_panel.refresh()
        self.operators.refresh()
        self.devices.refresh()

    def _build_actions(self) -> None:
        """The screen's 操作 menu (issue 12): print and preview the test page, save."""
        self.screen_action(
            "actSettingsTestPage",
            lambda: self.press(self.test_button),
            "Ctrl+P",
            words=lambda: self.tr("Print a &test page"),
        )
        self.screen_action(
            "actSettingsPreview",
            lambda: self.press(self.preview_button),
            "Ctrl+Alt+P",
            words=lambda: self.tr("Pre&view the test page"),
        )
        self.screen_action(
            "actSettingsSave",
            lambda: self.press(self.save_button),
            "Ctrl+S",
            words=lambda: self.tr("&Save settings"),
        )
        self.commit_last(lambda: self.tr("Save the station's details or the settings"))

    def commit(self) -> None:
        """Ctrl+Enter: save the station's details when the cursor is in them, else this PC's."""
        focus = QApplication.focusWidget()
        if focus is not None and self.station_panel.isAncestorOf(focus):
            self.station_panel.save()
        elif focus is not None and self.devices.isAncestorOf(focus):
            self.devices.save()
        elif focus is None or not self.operators.isAncestorOf(focus):
            self.save()

    def save(self) -> None:
        self.print_form.clear_errors()
        self.save_state.clear()
        stored = self.stored()
        changes = {k: v for k, v in self.values().items() if v != stored[k]}
        if not changes:
            self.save_state.setText(self.tr("Nothing changed."))
            return
        approver = self.ctx.ask_manager(self, self.tr("change the settings"))
        if approver is None:
            return

        def save_all(st: Station) -> None:
            for key, value in changes.items():
                st.set_setting(key, value, approver=approver)

        try:
            # One op, one setting per transaction: what was saved before a refusal stays
            # saved, and the refusal carries its changes so the screens still refresh.
            self.ctx.write(save_all)
        except ServicePointError as error:
            self.print_form.show_error(error)
            return
        self.save_state.setText(self.tr("Saved."))
        if {"printer_name", "receipt_width"} & set(changes):
            self.test_state.clear()  # an old test page's result spoke of the other printer

    def switch_language(self) -> None:
        language = self.language.currentData()
        if language != self.ctx.language:
            self.ctx.language_did_change.emit(language)

    # -- test page ------------------------------------------------------------------------------

    def print_test_page(self) -> None:
        """The test page for the printer and paper chosen on screen (saved or not)."""
        width, name = self.width_combo.currentData(), self.printer.currentData() or ""
        folder = pdf_folder(self.ctx)
        destination: QPrinter | str = name
        self._test_file: Path | None = None
        if folder is not None or name == "PDF":
            folder = folder or self.ctx.station.path.parent / "receipts"
            folder.mkdir(parents=True, exist_ok=True)
            destination = QPrinter(QPrinter.PrinterMode.HighResolution)
            destination.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            destination.setOutputFileName(str(folder / "test-page.pdf"))
            self._test_file = folder / "test-page.pdf"  # then say where it went, not "printed"
        job = PrintJob(
            None,
            width,
            destination,
            station_name=self.ctx.station.identity.name,
            when=self.ctx.station.clock.now(),
        )
        self._jobs.add(job)
        job.signals.print_did_finish.connect(
            lambda _n, ok, message, j=job: self._test_done(j, ok, message)
        )
        # disabled while it prints, Qt hands the focus on (to Preview): it comes back after
        self._test_focus = self.test_button.hasFocus()
        self.test_button.setEnabled(False)
        self.test_state.setText(self.tr("Printing…"))
        job.start()

    def open_printer_wizard(self) -> None:
        """The ESC/POS printer wizard (widgets/settings_printer.py)."""
        from ..widgets.settings_printer import PrinterWizard

        if self._printer_wizard is None:  # one per screen: its test pages may still print
            self._printer_wizard = PrinterWizard(self.ctx, self)
        else:
            self._printer_wizard.load()
        self._printer_wizard.open()

    def preview_test_page(self) -> None:
        """The test page as it will print at the width chosen on screen (no printer needed)."""
        width = self.width_combo.currentData()
        image = test_page_image(self.ctx.station.identity.name, width)
        title = self.tr("Preview: test page, %1").replace("%1", self.width_combo.currentText())
        PreviewDialog(image, title, self, self.print_test_page).open()

    def _test_done(self, job: PrintJob, ok: bool, message: str) -> None:
        self._jobs.discard(job)
        self.test_button.setEnabled(True)
        if self._test_focus and self.preview_button.hasFocus():  # not if the operator moved on
            self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.test_state.setStyleSheet("" if ok else "color: #b00020;")
        if ok and self._test_file is not None:
            message = self.tr("Test page saved as %1").replace("%1", str(self._test_file))
        self.test_state.setText(message)
