"""Settings → Scale and scanner: the scale's protocol, port and baud rate with a live reading
to check them, and what the barcode scanner sends after a code (Enter or Tab).

Saved as station settings with a manager's approval, like the printer.  The live reading uses
a feed of its own on the values chosen on screen, saved or not (the weighing screens' feed is
closed while Settings shows, so the port is free); it stops when the panel is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import money
from ...core.errors import ServicePointError
from ...devices.scale_frames import PROTOCOLS, Status
from ...devices.scale_reader import BAUDS, DEFAULT_BAUD, ScaleConfig, serial_ports
from ..i18n import Retranslating
from ..scale_feed import ScaleFeed
from .forms import Form, named
from .report_common import form_label

if TYPE_CHECKING:
    from ...core.station import Station
    from ..context import AppContext

SUFFIXES = ("enter", "tab")


class DevicesPanel(Retranslating, QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDevicesBox")
        self.form = Form(ctx)
        self.protocol = named(QComboBox(), "settingsScaleProtocol")
        self.protocol.addItem("", "")
        for name in PROTOCOLS:
            self.protocol.addItem("", name)
        self.form.add(" ", self.protocol, "scale_protocol")
        self.port = named(QComboBox(), "settingsScalePort")
        # the long names (and a long port) never widen Settings past a 1366-px screen
        for combo in (self.protocol, self.port):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.port.setEditable(True)  # a port the system does not list, or socket://host:port
        self.port.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.baud = named(QComboBox(), "settingsScaleBaud")
        for baud in BAUDS:
            self.baud.addItem(str(baud), baud)
        self.baud_label = QLabel()
        self.baud_label.setBuddy(self.baud)
        self.port_row = QWidget()  # port and speed on one line: Settings fits a 768-px screen
        row = QHBoxLayout(self.port_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.port, 1)
        row.addWidget(self.baud_label)
        row.addWidget(self.baud)
        self.form.add(" ", self.port_row, "scale_port", "scale_baud")
        self.suffix = named(QComboBox(), "settingsScannerSuffix")
        for code in SUFFIXES:
            self.suffix.addItem("", code)
        self.form.add(" ", self.suffix, "scanner_suffix", "setting_value")
        self.live = named(QLabel(), "settingsScaleLive")
        font = QFont(self.live.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.live.setFont(font)
        # what stops a reading (no port, not connected), shown only then
        self.live_state = named(QLabel(), "settingsScaleLiveState")
        self.live_state.setWordWrap(True)
        self.live_state.hide()
        self.test_button = named(QPushButton(), "settingsScaleTest")
        self.test_button.setCheckable(True)
        self.test_button.toggled.connect(self._test)
        self.save_button = named(QPushButton(), "settingsSaveDevices")
        self.save_button.clicked.connect(self.save)
        self.state = named(QLabel(), "settingsDevicesState")  # shown only after a save
        self.state.hide()
        self.feed = ScaleFeed(ctx, config=self.chosen, parent=self)
        self.feed.reading_did_arrive.connect(lambda _r: self._show_live())
        self.feed.state_did_change.connect(lambda _s: self._show_live())
        for combo in (self.protocol, self.port, self.baud):
            combo.currentIndexChanged.connect(lambda _i: self._chosen_changed())
        self.port.editTextChanged.connect(lambda _t: self._chosen_changed())
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.live, 1, Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.live_state)
        layout.addWidget(self.state, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Scale and scanner"))
        self._said("")
        form_label(self.form, self.protocol).setText(self.tr("Scale t&ype"))
        form_label(self.form, self.port_row).setText(self.tr("&USB/serial port"))
        self.baud_label.setText(self.tr("&Baud rate"))
        form_label(self.form, self.suffix).setText(self.tr("Scanner suffi&x"))
        names = {
            "": self.tr("No scale"),
            "continuous": self.tr("Continuous (ST,GS,…)"),
            "sics": self.tr("Mettler Toledo SICS"),
            "cas-ecr": self.tr("CAS ECR (ENQ, DC1)"),
            "xk3190": self.tr("Yaohua XK3190-A9 (continuous)"),
        }
        for index in range(self.protocol.count()):
            self.protocol.setItemText(index, names[str(self.protocol.itemData(index))])
        self.suffix.setItemText(0, self.tr("Enter (recommended)"))
        self.suffix.setItemText(1, self.tr("Tab"))
        self.suffix.setToolTip(
            self.tr("What the scanner sends after each code (with Tab the code stays in its field)")
        )
        self.port.setToolTip(
            self.tr("COM3, /dev/ttyUSB0, or a serial server: socket://192.168.1.50:4001")
        )
        self.test_button.setText(self.tr("Live reading"))
        self.test_button.setToolTip(self.tr("Reads the scale on the port chosen here"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(
            self.tr("Saves the scale and scanner (a manager's PIN is needed)")
        )
        self._show_live()

    # -- the values -------------------------------------------------------------------------

    def chosen(self) -> ScaleConfig | None:
        """The scale as chosen on screen (saved or not), or None when none is."""
        name, port = str(self.protocol.currentData() or ""), self.port.currentText().strip()
        if not name or not port:
            return None
        return ScaleConfig(port, name, int(self.baud.currentData() or DEFAULT_BAUD))

    def values(self) -> dict[str, Any]:
        return {
            "scale_protocol": str(self.protocol.currentData() or ""),
            "scale_port": self.port.currentText().strip(),
            "scale_baud": int(self.baud.currentData() or DEFAULT_BAUD),
            "scanner_suffix": str(self.suffix.currentData()),
        }

    def stored(self) -> dict[str, Any]:
        s = self.ctx.station
        return {
            "scale_protocol": str(s.setting("scale_protocol", "") or ""),
            "scale_port": str(s.setting("scale_port", "") or ""),
            "scale_baud": int(s.setting("scale_baud", DEFAULT_BAUD)),
            "scanner_suffix": str(s.setting("scanner_suffix", "enter")),
        }

    def refresh(self) -> None:
        stored = self.stored()
        ports = [device for device, _d in serial_ports()]
        if stored["scale_port"] and stored["scale_port"] not in ports:
            ports.insert(0, stored["scale_port"])
        self.port.blockSignals(True)
        self.port.clear()
        self.port.addItems(ports)
        self.port.setEditText(stored["scale_port"])
        self.port.blockSignals(False)
        self.protocol.setCurrentIndex(max(self.protocol.findData(stored["scale_protocol"]), 0))
        self.baud.setCurrentIndex(max(self.baud.findData(stored["scale_baud"]), 0))
        self.suffix.setCurrentIndex(max(self.suffix.findData(stored["scanner_suffix"]), 0))

    def save(self) -> None:
        self.form.clear_errors()
        self._said("")
        stored = self.stored()
        changes = {k: v for k, v in self.values().items() if v != stored[k]}
        if not changes:
            self._said(self.tr("Nothing changed."))
            return
        approver = self.ctx.ask_manager(self, self.tr("change the scale and scanner"))
        if approver is None:
            return

        def save_all(st: Station) -> None:
            for key, value in changes.items():
                st.set_setting(key, value, approver=approver)

        try:
            self.ctx.write(save_all)
        except ServicePointError as error:
            self.form.show_error(error)
            return
        self._said(self.tr("Saved."))

    def _said(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))

    # -- the live reading -------------------------------------------------------------------

    def _test(self, on: bool) -> None:
        if on:
            self.feed.hold(self)
        else:
            self.feed.release(self)
        self._show_live()

    def _chosen_changed(self) -> None:
        if self.feed.held:
            self.feed.restart()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.test_button.setChecked(False)  # the port is let go when Settings is left

    def _show_live(self) -> None:
        """The weight and how it stands on one line; a problem on its own line below."""
        feed = self.feed
        reading = feed.scale.latest
        problem = ""
        if not feed.held:
            self.live.setText("")
        elif feed.config is None:
            self.live.setText("—")
            problem = self.tr("Choose the scale type and its port first.")
        elif feed.state == "lost":
            self.live.setText("—")
            problem = self.tr("Scale not connected: %1").replace("%1", feed.detail)
        elif feed.state != "reading" or reading is None:
            self.live.setText(self.tr("Connecting to the scale…"))
        else:
            states = {
                Status.STABLE: self.tr("Stable"),
                Status.MOVING: self.tr("Moving…"),
                Status.OVERLOAD: self.tr("Overload"),
                Status.UNDERLOAD: self.tr("Underload"),
                Status.BAD_UNIT: self.tr("Unit %1 not taken").replace("%1", reading.unit),
            }
            english = self.ctx.lang == "en"
            weight = (
                money.format_quantity(reading.grams, "kg", english=english)
                if reading.grams is not None
                else ""
            )
            self.live.setText("  ".join(t for t in (weight, states.get(reading.status, "")) if t))
        self.live_state.setText(problem)
        self.live_state.setVisible(bool(problem))
