"""Settings: receipt width and idle lock saved with a manager's approval, operators (a bad PIN
is refused at the field), station details, the test page — and switching the language, which
retranslates the navigation, the status bar and every text of the screens at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from servicepoint.core.errors import InvalidInput
from servicepoint.ui import i18n
from servicepoint.ui.dialogs import ManagerApproval

from .conftest import find

CLICK = Qt.MouseButton.LeftButton
MARK = "【中】"


@pytest.fixture(autouse=True)
def _no_stale_windows():
    """Delete the windows earlier tests closed (pytest-qt only ``deleteLater``s them), so the
    language change ``app_window`` makes does not reach screens whose station is closed."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _settings(window):
    window.go("settings")
    return window.screens["settings"]


def _approve_with(monkeypatch, pin: str | None) -> list[str]:
    """Answer manager approvals with ``pin`` (None: cancel); returns the actions asked."""
    asked: list[str] = []

    def exec_(dialog) -> int:
        asked.append(dialog.intro.text())
        if pin is None:
            return 0
        find(dialog, QLineEdit, "pinEdit").setText(pin)
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(ManagerApproval, "exec", exec_)
    return asked


def test_receipt_width_and_idle_lock_are_saved(app_window, qtbot, monkeypatch):
    """An operator's change needs a manager (cancelled: nothing saved); approved, the width
    and the idle lock are station settings and the window's idle timer follows."""
    ctx, window = app_window
    station = ctx.station
    station.operators.add("小李", "5678")
    station.act_as(station.operators.verify("小李", "5678"))
    screen = _settings(window)
    width = find(screen, QComboBox, "settingsWidth")
    idle = find(screen, QComboBox, "settingsIdle")
    assert width.currentData() == "80" and idle.currentData() == 10
    width.setCurrentIndex(width.findData("58"))
    idle.setCurrentIndex(idle.findData(5))
    asked = _approve_with(monkeypatch, None)
    qtbot.mouseClick(find(screen, QPushButton, "settingsSave"), CLICK)
    assert asked and station.setting("receipt_width") is None
    _approve_with(monkeypatch, "1234")
    qtbot.mouseClick(find(screen, QPushButton, "settingsSave"), CLICK)
    assert station.setting("receipt_width") == "58"
    assert station.setting("idle_lock_minutes") == 5
    assert station.setting("printer_name") is None  # unchanged settings are not rewritten
    assert find(screen, QLabel, "settingsSaveState").text() == screen.tr("Saved.")
    window._restart_idle()
    assert window.idle.interval() == 5 * 60_000
    window.idle.stop()
    idle.setCurrentIndex(idle.findData(0))
    qtbot.mouseClick(find(screen, QPushButton, "settingsSave"), CLICK)
    window._restart_idle()
    assert station.setting("idle_lock_minutes") == 0 and not window.idle.isActive()


def test_operators_bad_pin_at_the_field_add_change_deactivate(app_window, qtbot):
    """A bad PIN is refused under the PIN field and adds nobody; a good one adds the
    operator, who can sign in; a PIN change and a deactivation take effect."""
    ctx, window = app_window
    station = ctx.station
    screen = _settings(window)
    panel = screen.operators
    find(screen, QLineEdit, "settingsOpName").setText("小张")  # keyClicks is ASCII only
    qtbot.keyClicks(find(screen, QLineEdit, "settingsOpPin"), "12a")
    qtbot.mouseClick(find(screen, QPushButton, "settingsOpAdd"), CLICK)
    error = panel.add_form.errors["pin_malformed"]
    assert error.isVisible()
    assert error.text() == ctx.message(InvalidInput("pin_malformed"))
    assert "小张" not in [o.name for o in station.operators.list()]
    pin = find(screen, QLineEdit, "settingsOpPin")
    pin.clear()
    qtbot.keyClicks(pin, "4321")
    qtbot.mouseClick(find(screen, QPushButton, "settingsOpAdd"), CLICK)
    assert not error.isVisible()
    assert station.operators.verify("小张", "4321").name == "小张"
    table = find(screen, QTableView, "settingsOperators")
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "小张" in names
    # the same name again is refused under the name
    find(screen, QLineEdit, "settingsOpName").setText("小张")
    qtbot.keyClicks(pin, "1111")
    qtbot.mouseClick(find(screen, QPushButton, "settingsOpAdd"), CLICK)
    assert panel.add_form.errors["operator_exists"].isVisible()
    # change the PIN, then deactivate
    table.selectRow(names.index("小张"))
    new_pin = find(screen, QLineEdit, "settingsNewPin")
    qtbot.keyClicks(new_pin, "8765")
    qtbot.mouseClick(find(screen, QPushButton, "settingsChangePin"), CLICK)
    assert station.operators.verify("小张", "8765")
    qtbot.mouseClick(find(screen, QPushButton, "settingsDeactivate"), CLICK)
    assert not next(o for o in station.operators.list() if o.name == "小张").active


def test_station_details_folder_and_test_page(app_window, qtbot, printed):
    """The station's name is saved; the data folder is shown read-only; the test page
    prints (to a PDF here) off the GUI thread."""
    ctx, window = app_window
    screen = _settings(window)
    folder = find(screen, QLineEdit, "settingsDataFolder")
    assert folder.isReadOnly() and folder.text() == str(ctx.station.path.parent)
    name = find(screen, QLineEdit, "settingsStationName")
    name.setText("")
    qtbot.mouseClick(find(screen, QPushButton, "settingsSaveStation"), CLICK)
    assert screen.station_panel.form.errors["station_name"].isVisible()
    name.setText("甘界村电商服务站")
    qtbot.mouseClick(find(screen, QPushButton, "settingsSaveStation"), CLICK)
    assert ctx.station.identity.name == "甘界村电商服务站"
    assert "甘界村电商服务站" in find(window, QLabel, "statusStation").text()
    qtbot.mouseClick(find(screen, QPushButton, "settingsTestPage"), CLICK)
    qtbot.waitUntil(
        lambda: (
            (printed / "test-page.pdf").exists()
            and find(screen, QPushButton, "settingsTestPage").isEnabled()
        ),
        timeout=30_000,
    )
    assert (printed / "test-page.pdf").read_bytes().startswith(b"%PDF")


class MarkingTranslator(QTranslator):
    """Stands in for the zh_CN translations (the .qm is built later from the .ts file):
    every text shown in Chinese mode starts with MARK, so a test can see which language each
    widget is in — and spot one that did not retranslate."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return MARK + source_text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked_chinese(monkeypatch):
    translator = MarkingTranslator()
    real = i18n.install
    app = QCoreApplication.instance()

    def install(language: str) -> str:
        app.removeTranslator(translator)
        used = real(language)
        if used == "zh_CN":
            app.installTranslator(translator)
        return used

    monkeypatch.setattr(i18n, "install", install)
    yield
    app.removeTranslator(translator)


def _texts(root: QWidget) -> list[str]:
    """Every text a person can read on ``root``: labels, buttons, group titles, tabs,
    placeholders, tooltips, combo items, table headers and chart titles."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
        found.append(w.toolTip())
        found.append(getattr(w, "title", "") if isinstance(getattr(w, "title", ""), str) else "")
    return [t for t in found if t]


def test_switching_language_retranslates_everything(marked_chinese, app_window, qtbot):
    """Chinese → English → Chinese from the Settings screen: the navigation, the status bar,
    the screen titles and every text of Reports, Sync and Settings follow at once."""
    ctx, window = app_window
    nav = find(window, QListWidget, "navigation")
    status = [
        find(window, QLabel, n)
        for n in ("statusOperator", "statusOnline", "statusWaiting", "statusLastSync")
    ]
    mine = [window.screens[k] for k in ("reports", "sync", "settings")]
    headings = [find(window, QLabel, n) for n in ("reportsTitle", "syncTitle", "settingsTitle")]
    for key in ("reports", "sync", "settings"):  # each seen once, so each has its data
        window.go(key)
    qtbot.waitUntil(lambda: window.screens["reports"].day.data is not None)

    def chinese() -> bool:
        return all(
            t.startswith(MARK)
            for t in [nav.item(i).text().split("  ", 1)[1] for i in range(nav.count())]
            + [label.text() for label in status + headings]
        )

    assert chinese()
    language = find(window, QComboBox, "settingsLanguage")
    language.setCurrentIndex(language.findData("en"))
    language.activated.emit(language.currentIndex())
    qtbot.waitUntil(lambda: MARK not in nav.item(0).text())
    assert ctx.language == "en" and ctx.config()["language"] == "en"
    assert not any(MARK in t for t in [nav.item(i).text() for i in range(nav.count())])
    assert [label.text() for label in headings] == ["Reports", "Sync", "Settings"]
    assert not any(MARK in label.text() for label in status)
    for screen in mine:
        left = [t for t in _texts(screen) if MARK in t]
        assert left == [], f"{screen.objectName()} kept Chinese texts: {left}"
    assert window.menu_go.title() == "&Go"

    language.setCurrentIndex(language.findData("zh_CN"))
    language.activated.emit(language.currentIndex())
    qtbot.waitUntil(chinese)
    assert ctx.language == "zh_CN" and ctx.config()["language"] == "zh_CN"
    assert find(window, QPushButton, "reportsCloseDay").text().startswith(MARK)
    assert find(window, QTabWidget, "reportsTabs").tabText(1).startswith(MARK)


def test_choosing_another_printer_clears_the_old_test_pages_result(app_window, qtbot):
    """A red 没有找到打印机 from a test page stayed after the printer was set to PDF and saved
    (walk-through, issue 12)."""
    from PySide6.QtWidgets import QComboBox, QLabel

    _ctx, window = app_window
    window.go("settings")
    screen = window.screens["settings"]
    state = find(screen, QLabel, "settingsTestState")
    state.setText("没有找到打印机")
    printer = find(screen, QComboBox, "settingsPrinter")
    pdf = printer.findData("PDF")
    assert pdf >= 0
    printer.setCurrentIndex(pdf)
    screen.save()
    assert state.text() == ""
