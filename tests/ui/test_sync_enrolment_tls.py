"""Enrolment on the Sync screen over HTTPS (issue 13): the fingerprint field, what the server
presents shown, a mismatch refused with the technician message, an empty field answered by
comparing and confirming; an http:// address off this PC needs the unencrypted box ticked,
refused before any connection with nothing written."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from servicepoint.server import county as county_admin
from servicepoint.server.runner import serve_in_thread
from servicepoint.server.storage import Storage, database_url
from servicepoint.server.tls import make_certificate

from .conftest import find

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_stale_windows():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def tls_county(tmp_path):
    made = make_certificate(["localhost", "127.0.0.1"], tmp_path / "tls")
    storage = Storage.open(database_url(tmp_path / "c.db"))
    server = serve_in_thread(storage, certfile=str(made.cert), keyfile=str(made.key))
    yield server, storage, made.fingerprint
    server.stop()
    storage.close()


def _sync_screen(app_window):
    ctx, window = app_window
    window.go("sync")
    return ctx, window.screens["sync"]


def test_a_fingerprint_other_than_the_servers_is_refused(app_window, qtbot, tls_county):
    server, storage, fingerprint = tls_county
    ctx, screen = _sync_screen(app_window)
    with storage.write() as conn:
        code = county_admin.add_station(conn, ctx.station.code, "测试服务站")
    find(screen, QLineEdit, "syncServer").setText(server.url)
    qtbot.keyClicks(find(screen, QLineEdit, "syncCode"), code)
    qtbot.keyClicks(find(screen, QLineEdit, "syncFingerprint"), ":".join(["AB"] * 32))
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    error = screen.form.errors["enrol_fingerprint_mismatch"]
    qtbot.waitUntil(error.isVisible, timeout=30_000)
    assert "不一致" in error.text() and "县技术员" in error.text()
    assert fingerprint in find(screen, QLabel, "syncPresented").text()
    assert not ctx.station.sync.status().enrolled
    assert ctx.station.sync.pinned_fingerprint() is None


def test_an_empty_fingerprint_is_shown_confirmed_and_pinned(
    app_window, qtbot, tls_county, auto_answer
):
    server, storage, fingerprint = tls_county
    ctx, screen = _sync_screen(app_window)
    with storage.write() as conn:
        code = county_admin.add_station(conn, ctx.station.code, "测试服务站")
    find(screen, QLineEdit, "syncServer").setText(server.url)
    qtbot.keyClicks(find(screen, QLineEdit, "syncCode"), code)
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    qtbot.waitUntil(lambda: ctx.station.sync.status().enrolled, timeout=30_000)
    assert [kind for kind, _text in auto_answer] == ["question"]
    assert fingerprint in auto_answer[0][1]  # the operator compared what the server presented
    assert ctx.station.sync.pinned_fingerprint() == fingerprint
    assert fingerprint in find(screen, QLabel, "syncPresented").text()


def test_plain_http_off_this_pc_needs_the_box_ticked(app_window, qtbot, monkeypatch):
    def no_network(*_a, **_k):
        raise AssertionError("connected")

    monkeypatch.setattr(requests.Session, "request", no_network)
    ctx, screen = _sync_screen(app_window)
    before = ctx.station.records.all("SELECT * FROM sync_state")
    box = find(screen, QCheckBox, "syncInsecure")
    server = find(screen, QLineEdit, "syncServer")
    server.setText("http://127.0.0.1:8750")
    assert box.isHidden()  # this PC only: nothing crosses the network
    server.setText("http://county.example:8750")
    assert not box.isHidden()
    qtbot.keyClicks(find(screen, QLineEdit, "syncCode"), "ABCD-1234")
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    error = screen.form.errors["enrol_plain_http"]
    assert error.isVisible() and "不加密" in error.text()
    assert ctx.station.records.all("SELECT * FROM sync_state") == before


def test_the_first_run_wizard_checks_the_fingerprint(
    qtbot, station, tls_county, tmp_path, monkeypatch
):
    """The wizard's enrol page: a wrong fingerprint is refused with the technician message
    and the presented one shown; plain http:// off this PC is refused; the right one pins.
    The county is asked on another thread, so the wizard keeps painting meanwhile."""
    import threading

    from servicepoint.core import Station
    from servicepoint.core.sync import SyncClient
    from servicepoint.ui.wizard import FirstRun

    threads: list[str] = []
    real_enroll = SyncClient.enroll

    def enroll(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_enroll(self, *args, **kwargs)

    monkeypatch.setattr(SyncClient, "enroll", enroll)

    server, storage, fingerprint = tls_county
    with storage.write() as conn:
        code = county_admin.add_station(conn, station.code, "测试服务站")
    wizard = FirstRun(tmp_path / "base", "zh_CN")
    qtbot.addWidget(wizard)
    wizard.station_dir = tmp_path / "station"
    wizard.code.setText(code)
    wizard.server.setText("http://county.example:8750")
    assert not wizard._enrol() and "不加密" in wizard.enrol_error.text()
    wizard.server.setText(server.url)
    wizard.fingerprint.setText(":".join(["AB"] * 32))
    assert not wizard._enrol()
    assert "不一致" in wizard.enrol_error.text() and "县技术员" in wizard.enrol_error.text()
    assert fingerprint in wizard.presented.text()
    wizard.fingerprint.setText(fingerprint.replace(":", " "))
    assert wizard._enrol()
    assert threads and threading.main_thread().name not in threads
    with Station.open(tmp_path / "station") as again:
        assert again.sync.pinned_fingerprint() == fingerprint


def test_the_wizard_wait_ends_when_the_county_answers_after_it_began(qtbot, tmp_path):
    """The wizard waits for the county in a local event loop; an answer that comes after the
    wait began must end it (the end is signalled from the worker thread, where a timer would
    never fire).  A guard ends a stuck wait after 10 s so the suite cannot hang."""
    import threading

    from PySide6.QtCore import QCoreApplication, QTimer

    from servicepoint.ui.wizard import FirstRun

    wizard = FirstRun(tmp_path / "base", "zh_CN")
    qtbot.addWidget(wizard)
    release = threading.Event()
    stuck = []

    def work() -> int:
        release.wait(10)
        return 42

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (stuck.append(True), QCoreApplication.exit(0)))
    guard.start(10_000)
    QTimer.singleShot(0, release.set)  # runs only once the wizard's own loop is waiting
    assert wizard._off_the_gui(work) == 42
    guard.stop()
    assert not stuck, "the wizard's wait did not end when the work did"
    assert wizard.isEnabled()
