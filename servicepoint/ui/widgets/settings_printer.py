"""The receipt-printer wizard in Settings: ESC/POS, for a technician or the operator.

Three steps on one page: choose the connection (the Windows printers, ``/dev/usb/lp*`` and
serial ports found on this computer, or one typed in: ``tcp:192.168.1.87``), print the test
page in text mode and in raster mode, and say which one looks right.  Saving stores the mode,
the paper width, the connection and the cash drawer as station settings (``escpos_device``,
``escpos_mode``, ``receipt_width``, ``cash_drawer``) with a manager's approval; "neither"
clears the connection, and receipts go through the operating system's printer driver again.

Test pages print on the print thread (``ui/escpos_jobs.py``): the window never waits on the
printer.  No SQL here: settings are read from ``ctx.station`` and written by ``ctx.write``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServicePointError
from ...printing.escpos_link import DeviceError, list_devices, parse
from ...printing.escpos_print import EscposSettings
from ..escpos_jobs import EscposJob, reason
from ..i18n import Retranslating
from .forms import named

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext

#: The answers to "which page looks right?": a mode, or "" for neither (the OS driver).
CHOICES = ("text", "raster", "")


class PrinterWizard(Retranslating, QDialog):
    """Choose, test and save an ESC/POS receipt printer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("printerWizard")
        self._jobs: set[EscposJob] = set()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.device = named(QComboBox(), "wizardDevice")
        self.device.setEditable(True)
        self.device.setMinimumContentsLength(28)
        self.find_button = named(QPushButton(), "wizardFind")
        self.find_button.clicked.connect(lambda: self.find_devices(self.device_text()))
        self.width_combo = named(QComboBox(), "wizardWidth")
        self.drawer = named(QComboBox(), "wizardDrawer")
        self.test_buttons = {
            mode: named(QPushButton(), f"wizardTest_{mode}") for mode in ("text", "raster")
        }
        for mode, button in self.test_buttons.items():
            button.clicked.connect(lambda _c=False, m=mode: self.print_test(m))
        self.test_state = named(QLabel(), "wizardTestState")
        self.test_state.setWordWrap(True)
        self.question = QLabel()
        self.answers = QButtonGroup(self)
        self.answer_buttons: dict[str, QRadioButton] = {}
        for i, choice in enumerate(CHOICES):
            radio = named(QRadioButton(), f"wizardChoice_{choice or 'driver'}")
            self.answers.addButton(radio, i)
            self.answer_buttons[choice] = radio
        self.save_button = named(QPushButton(), "wizardSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = named(QPushButton(), "wizardClose")
        self.close_button.clicked.connect(self.reject)
        self.save_state = named(QLabel(), "wizardSaveState")
        self.save_state.setWordWrap(True)
        self.labels = [QLabel() for _ in range(3)]

        grid = QGridLayout()
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.device, 0, 1)
        grid.addWidget(self.find_button, 0, 2)
        grid.addWidget(self.labels[1], 1, 0)
        grid.addWidget(self.width_combo, 1, 1)
        grid.addWidget(self.labels[2], 2, 0)
        grid.addWidget(self.drawer, 2, 1)
        tests = QHBoxLayout()
        for button in self.test_buttons.values():
            tests.addWidget(button)
        tests.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.save_state, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(tests)
        layout.addWidget(self.test_state)
        layout.addWidget(self.question)
        for radio in self.answer_buttons.values():
            layout.addWidget(radio)
        layout.addLayout(bottom)
        self.retranslate()
        self.load()

    def load(self) -> None:
        """Show the station's saved choice (when built, and each time Settings reopens it)."""
        stored = EscposSettings.of(self.ctx.station)
        self.test_state.clear()
        self.save_state.clear()
        self.find_devices(stored.device)
        self.width_combo.setCurrentIndex(max(self.width_combo.findData(stored.width), 0))
        self.drawer.setCurrentIndex(max(self.drawer.findData(stored.drawer), 0))
        self.answer_buttons[stored.mode if stored.enabled else ""].setChecked(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receipt printer (ESC/POS)"))
        self.intro.setText(
            self.tr(
                "Print straight to a receipt printer, without its driver: choose how it is "
                "connected, print both test pages, then choose the one that looks right."
            )
        )
        self.labels[0].setText(self.tr("&Connection"))
        self.labels[0].setBuddy(self.device)
        self.labels[1].setText(self.tr("Pape&r"))
        self.labels[1].setBuddy(self.width_combo)
        self.labels[2].setText(self.tr("Cash &drawer"))
        self.labels[2].setBuddy(self.drawer)
        self.device.setToolTip(
            self.tr(
                "Found on this computer, or typed in: win:NAME, usb:/dev/usb/lp0, "
                "serial:COM3@9600, tcp:192.168.1.87 or file:PATH"
            )
        )
        self.find_button.setText(self.tr("&Find again"))
        self.test_buttons["text"].setText(self.tr("Test page in &text mode"))
        self.test_buttons["raster"].setText(self.tr("Test page in &image mode"))
        self.question.setText(self.tr("Which test page looks right?"))
        self.answer_buttons["text"].setText(
            self.tr("The text page: clear Chinese and a QR code (fast)")
        )
        self.answer_buttons["raster"].setText(
            self.tr("The image page: it looks like the preview (any printer)")
        )
        self.answer_buttons[""].setText(
            self.tr("Neither: print through the system's printer driver")
        )
        self.save_button.setText(self.tr("&Save"))
        self.close_button.setText(self.tr("Close"))
        self._fill(self.width_combo, [(self.tr("58 mm roll"), "58"), (self.tr("80 mm roll"), "80")])
        self._fill(
            self.drawer,
            [
                (self.tr("No cash drawer"), ""),
                (self.tr("Drawer on pin 2"), "2"),
                (self.tr("Drawer on pin 5"), "5"),
            ],
        )

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- the connection -------------------------------------------------------------------------

    def find_devices(self, chosen: str = "") -> None:
        """List the connections found now; keep ``chosen`` (typed or stored) at the top."""
        self.device.clear()
        found = list_devices()
        if chosen and chosen not in [f.device for f in found]:
            self.device.addItem(chosen, chosen)
        for f in found:
            self.device.addItem(
                f"{f.device}  ({f.label})" if f.label not in f.device else f.device, f.device
            )
        index = self.device.findData(chosen) if chosen else 0
        self.device.setCurrentIndex(max(index, 0))
        if not found and not chosen:
            self.test_state.setText(
                self.tr("No printer connection was found: type one in, e.g. tcp:192.168.1.87")
            )

    def device_text(self) -> str:
        """The chosen connection: the listed device, or the text typed in."""
        text = self.device.currentText().strip()
        data = self.device.currentData()
        if data and self.device.itemText(self.device.currentIndex()) == text:
            return str(data)
        return text

    def settings(self, mode: str) -> EscposSettings:
        return EscposSettings(
            self.device_text(), mode, self.width_combo.currentData(), self.drawer.currentData()
        )

    # -- test pages -----------------------------------------------------------------------------

    def print_test(self, mode: str) -> EscposJob | None:
        """Print the test page in ``mode`` on the print thread; the result shows when done."""
        settings = self.settings(mode)
        try:
            parse(settings.device)
        except DeviceError as error:
            self._show_test(False, reason(error))
            return None
        station = self.ctx.station
        job = EscposJob(
            None, settings, station_name=station.identity.name, when=station.clock.now()
        )
        self._jobs.add(job)
        job.signals.print_did_finish.connect(
            lambda _n, ok, message, j=job: self._test_done(j, ok, message)
        )
        for button in self.test_buttons.values():
            button.setEnabled(False)
        self.test_state.setStyleSheet("")
        self.test_state.setText(self.tr("Printing…"))
        job.start()
        return job

    def _test_done(self, job: EscposJob, ok: bool, message: str) -> None:
        self._jobs.discard(job)
        for button in self.test_buttons.values():
            button.setEnabled(True)
        self._show_test(ok, message)

    def _show_test(self, ok: bool, message: str) -> None:
        self.test_state.setStyleSheet("" if ok else "color: #b00020;")
        self.test_state.setText(message)

    # -- saving ---------------------------------------------------------------------------------

    def choice(self) -> str:
        """The mode chosen, or "" for the system's printer driver."""
        return CHOICES[max(self.answers.checkedId(), 0)]

    def values(self) -> dict[str, Any]:
        mode = self.choice()
        values: dict[str, Any] = {
            "escpos_device": self.device_text() if mode else "",
            "receipt_width": self.width_combo.currentData(),
            "cash_drawer": self.drawer.currentData(),
        }
        if mode:
            values["escpos_mode"] = mode
        return values

    def save(self) -> bool:
        """Save the choice as station settings (a manager's approval); True when saved."""
        self.save_state.setStyleSheet("")
        values = self.values()
        if values["escpos_device"]:
            try:
                parse(values["escpos_device"])
            except DeviceError as error:
                self.save_state.setStyleSheet("color: #b00020;")
                self.save_state.setText(reason(error))
                return False
        approver = self.ctx.ask_manager(self, self.tr("change the receipt printer"))
        if approver is None:
            return False

        def save_all(st: Station) -> None:
            for key, value in values.items():
                st.set_setting(key, value, approver=approver)

        try:
            self.ctx.write(save_all)
        except ServicePointError as error:
            self.save_state.setStyleSheet("color: #b00020;")
            self.save_state.setText(self.ctx.message(error))
            return False
        self.save_state.setText(self.tr("Saved."))
        return True
