"""First run: create the station (or open the training station), then enrol now or later.

Three pages, each usable with the keyboard alone; the core checks every field and the
message appears on the page, next to the field it concerns.  Enrolling over ``https://``
shows the certificate fingerprint the server presents and pins it once it equals the one the
technician gave (or the operator compared and confirmed it); an ``http://`` address off this
PC needs the unencrypted-connection box ticked (``core/sync_enrol.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..core import Station, sync_enrol
from ..core.errors import InvalidInput, ServicePointError
from ..core.messages import render
from ..core.pinning import plain_http_over_network
from .help import add_help_key
from .widgets.forms import named

T = TypeVar("T")


@contextmanager
def _manager_station(folder: Path) -> Iterator[Station]:
    """The new station with its manager acting (the one who runs the first-run wizard)."""
    with Station.open(folder) as station:
        station.act_as(next(o for o in station.operators.list() if o.is_manager))
        try:
            yield station
        finally:
            station.sync.close()


class FirstRun(QWizard):
    """Returns (``station_dir``, ``training``) through attributes after ``exec()``."""

    def __init__(self, base: Path, lang: str) -> None:
        super().__init__()
        self.setObjectName("firstRunWizard")
        self.base, self.lang = base, lang
        self.training = False
        self.station_dir: Path | None = None
        self.setWindowTitle(self.tr("Set up this service point"))
        add_help_key(self, "firstrun", lambda: lang)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.choose = QWizardPage()
        self.choose.setTitle(self.tr("Welcome"))
        self.choose.setSubTitle(
            self.tr("Create this village's station, or practise first on the training station.")
        )
        self.real = named(
            QRadioButton(self.tr("Create the station for this village")), "wizardCreate"
        )
        self.practice = named(
            QRadioButton(
                self.tr("Open the training station (practice data, receipts marked TRAINING)")
            ),
            "wizardTraining",
        )
        self.real.setChecked(True)
        box = QVBoxLayout(self.choose)
        box.addWidget(self.real)
        box.addWidget(self.practice)
        self.addPage(self.choose)

        self.details = _DetailsPage(self)
        self.addPage(self.details)
        self.enrol = QWizardPage()
        self.enrol.setTitle(self.tr("County server"))
        self.enrol.setSubTitle(
            self.tr(
                "Enrol now with the code from the county centre, or "
                "later on the Sync screen. The station works offline "
                "either way."
            )
        )
        self.server = named(QLineEdit(), "wizardServer")
        self.server.setPlaceholderText("https://county.example:8750")
        self.code = named(QLineEdit(), "wizardCode")
        self.code.setPlaceholderText("1A2B-3C4D-5E6F-7A8B")
        self.fingerprint = named(QLineEdit(), "wizardFingerprint")
        self.fingerprint.setPlaceholderText(self.tr("AA:BB:… from the county technician"))
        self.insecure = named(
            QCheckBox(
                self.tr("Unencrypted connection: the code and the station's key cross the network")
            ),
            "wizardInsecure",
        )
        self.presented = named(QLabel(), "wizardPresented")
        self.presented.setWordWrap(True)
        self.enrol_error = named(QLabel(), "wizardEnrolError")
        self.enrol_error.setStyleSheet("color:#b00020")
        self.enrol_error.setWordWrap(True)
        box = QVBoxLayout(self.enrol)
        for label, widget in (
            (self.tr("Server address"), self.server),
            (self.tr("Enrolment code (leave empty to enrol later)"), self.code),
            (self.tr("Certificate fingerprint"), self.fingerprint),
        ):
            box.addWidget(QLabel(label))
            box.addWidget(widget)
        box.addWidget(self.insecure)
        box.addWidget(self.presented)
        box.addWidget(self.enrol_error)
        self.server.textChanged.connect(self._show_insecure)
        self._show_insecure()
        self.addPage(self.enrol)
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.fit_on_screen))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_on_screen()

    def fit_on_screen(self) -> None:
        """Sized for its tallest page and kept inside the work area, centred: a page that grew
        downwards once put 下一步 and 完成 below a 728-px screen (no window manager moves it)."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        tallest = max(self.page(i).sizeHint().height() for i in self.pageIds())
        wanted = self.sizeHint().expandedTo(self.size())
        wanted.setHeight(max(wanted.height(), tallest + 200))  # title, subtitle and buttons
        size = wanted.boundedTo(area.size())
        self.resize(size)
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def nextId(self) -> int:
        if self.currentPage() is self.choose and self.practice.isChecked():
            return -1
        return super().nextId()

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.choose and self.practice.isChecked():
            self.training = True
            self.station_dir = self.base / "training"
            return True
        if page is self.details:
            return self.details.create_station()
        if page is self.enrol:
            return self._enrol()
        return True

    def _show_insecure(self) -> None:
        """The unencrypted-connection box, only for an ``http://`` address off this PC."""
        needed = plain_http_over_network(self.server.text().strip())
        self.insecure.setVisible(needed)
        if not needed:
            self.insecure.setChecked(False)

    def _pin(self, typed: str, presented: str | None) -> str | None:
        """The fingerprint to pin: the typed one if it is what the server presents, else the
        presented one once the operator confirms it is the technician's."""
        if presented is None:
            return None
        self.presented.setText(
            self.tr("The county server presents the certificate %1").replace("%1", presented)
        )
        if typed:
            return sync_enrol.check_matches(typed, presented)
        question = self.tr(
            "The county server presents this certificate fingerprint:\n\n%1\n\n"
            "Is it exactly the fingerprint the county technician gave?"
        ).replace("%1", presented)
        answer = QMessageBox.question(
            self,
            self.tr("Check the certificate"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            raise InvalidInput("enrol_not_confirmed")
        return presented

    def _enrol(self) -> bool:
        url, code = self.server.text().strip(), self.code.text().strip()
        if not code:
            return True
        typed, insecure = self.fingerprint.text().strip(), self.insecure.isChecked()
        folder = self.station_dir
        assert folder is not None
        self.presented.clear()
        self.enrol_error.setText(self.tr("Connecting to the county server…"))

        def presented() -> str | None:
            with _manager_station(folder) as station:
                station.sync.enrol_check(url, code, typed or "0" * 64, insecure=insecure)
                return station.sync.presented_fingerprint(url)

        def enrol(pin: str | None) -> None:
            with _manager_station(folder) as station:
                station.sync.enroll(url, code, fingerprint=pin, insecure=insecure)

        try:
            pin = self._pin(typed, self._off_the_gui(presented))
            self._off_the_gui(lambda: enrol(pin))
        except ServicePointError as error:
            self.enrol_error.setText(render(error.code, self.lang, error.params))
            return False
        self.enrol_error.clear()
        return True

    def _off_the_gui(self, fn: Callable[[], T]) -> T:
        """``fn()`` on a thread of its own while the wizard keeps painting (the county can take
        up to 15 s to answer); its pages wait, so nothing is pressed twice.  The station is
        opened inside ``fn``: a SQLite connection belongs to the thread that opened it."""
        loop = QEventLoop()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wizard-enrol")
        future = pool.submit(fn)
        # the callback runs on the worker thread: a queued call reaches the loop (a timer made
        # on a thread with no event loop of its own would never fire)
        future.add_done_callback(
            lambda _f: QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
        )
        self.setEnabled(False)
        try:
            if not future.done():
                loop.exec()
            return future.result()
        finally:
            self.setEnabled(True)
            pool.shutdown(wait=False)


class _DetailsPage(QWizardPage):
    def __init__(self, wizard: FirstRun) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("This station"))
        self.setSubTitle(
            self.tr(
                "The county centre gives the station code. The manager's PIN "
                "approves voids, late returns and the daily close."
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        box = QVBoxLayout(self)
        for key, label in (
            ("code", self.tr("Station code (e.g. GJ01)")),
            ("name", self.tr("Station name")),
            ("village", self.tr("Village")),
            ("township", self.tr("Township")),
            ("county", self.tr("County")),
            ("manager", self.tr("Manager's name")),
            ("pin", self.tr("Manager's PIN (4–8 digits)")),
            ("pin2", self.tr("PIN again")),
        ):
            edit = named(QLineEdit(), f"wizard_{key}")
            if key.startswith("pin"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            box.addWidget(QLabel(label))
            box.addWidget(edit)
            self.fields[key] = edit
        self.error = named(QLabel(), "wizardError")
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        box.addWidget(self.error)

    def create_station(self) -> bool:
        f = {k: e.text() for k, e in self.fields.items()}
        if f["pin"] != f["pin2"]:
            self.error.setText(self.tr("The two PINs differ."))
            return False
        target = self.wizard_.base / "station"
        try:
            Station.create(
                target,
                code=f["code"],
                name=f["name"],
                village=f["village"],
                township=f["township"],
                county=f["county"],
                manager_name=f["manager"],
                manager_pin=f["pin"],
            ).close()
        except ServicePointError as error:
            self.error.setText(render(error.code, self.wizard_.lang, error.params))
            return False
        self.wizard_.station_dir = target
        return True
