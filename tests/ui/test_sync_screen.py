"""The Sync screen against a real county server on loopback: enrolment through the screen's
fields, "Sync now" with progress, the history in plain words (success, then the offline
reason in Chinese once the server is gone), the status bar; the USB export, backups and a
restore that closes and reopens the station."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)
from server.conftest import start_county  # tests/server, importable as "server"

from servicepoint.core.errors import NotFound
from servicepoint.core.sync import SyncClient
from servicepoint.server.storage import database_url
from servicepoint.ui import dialogs

from .conftest import find

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_stale_windows():
    """Delete the windows earlier tests closed (pytest-qt only ``deleteLater``s them), so the
    language change ``app_window`` makes does not reach screens whose station is closed."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def county(tmp_path):
    c = start_county(database_url(tmp_path / "c.db"))
    yield c
    c.admin.close()
    c.server.stop()
    c.storage.close()


@pytest.fixture
def quick_retries(monkeypatch):
    """Keep urllib3's retry pauses short (as tests/server's ``enrol`` does): an offline run
    still retries, in milliseconds instead of half a minute."""
    defaults = dict(SyncClient.__init__.__kwdefaults__ or {}, backoff=0.01)
    monkeypatch.setattr(SyncClient.__init__, "__kwdefaults__", defaults)


def _history(screen):
    view = find(screen, QTableView, "syncHistory")
    model = view.model()
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_enrol_sync_now_and_the_offline_reason(app_window, qtbot, county, quick_retries):
    """Enrol with the county's code, sync with progress shown, see the success in the history
    and the status bar; with the server stopped, the next run says why, in Chinese."""
    ctx, window = app_window
    ctx.station.farmers.add("赵六", phone="13900001111")
    window.go("sync")
    screen = window.screens["sync"]
    now = find(screen, QPushButton, "syncNow")
    assert not now.isEnabled()  # not enrolled yet
    code = county.add_station("GJ01", "甘界村服务站")
    server = find(screen, QLineEdit, "syncServer")
    server.clear()
    qtbot.keyClicks(server, county.url)
    qtbot.keyClicks(find(screen, QLineEdit, "syncCode"), code)
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    qtbot.waitUntil(lambda: ctx.station.sync.status().enrolled, timeout=30_000)
    qtbot.waitUntil(now.isEnabled)
    assert county.url in find(screen, QLabel, "syncStatus").text()
    assert find(screen, QLineEdit, "syncCode").text() == ""

    progress: list[tuple[str, int, int]] = []
    bar = find(screen, QProgressBar, "syncProgress")
    assert bar.isHidden()  # idle: no empty bar that looks like a field (issue 12)
    bar_shown: list[bool] = []
    ctx.sync_did_progress.connect(lambda *report: progress.append(report))
    ctx.sync_did_progress.connect(lambda *_report: bar_shown.append(bar.isVisible()))
    online = find(window, QLabel, "statusOnline")
    with qtbot.waitSignal(ctx.sync_did_finish, timeout=60_000):
        qtbot.mouseClick(now, CLICK)
        assert not now.isEnabled()
        assert online.text() == window.tr("Syncing…")
    assert progress and progress[0][0] == "push"
    assert bar_shown and all(bar_shown)  # a bar while the sync runs
    assert bar.isHidden()  # and none once it has ended: the line under it says how
    rows = _history(screen)
    assert rows[0][2] == screen.tr("Succeeded") and rows[0][3] != "0"
    assert "同步成功" in find(screen, QLabel, "syncResult").text()
    assert ctx.station.sync.waiting() == 0
    assert online.text() == window.tr("Online")
    assert "2026-11-22 09:00" in find(window, QLabel, "statusLastSync").text()
    assert find(window, QLabel, "statusWaiting").text() == window.tr("Waiting to sync: %1").replace(
        "%1", "0"
    )

    county.server.stop()
    with qtbot.waitSignal(ctx.sync_did_finish, timeout=60_000):
        qtbot.mouseClick(now, CLICK)
    rows = _history(screen)
    assert len(rows) == 2
    assert rows[0][2] == screen.tr("Failed")
    assert "连不上县服务器" in rows[0][5] and county.url in rows[0][5]
    assert rows[1][2] == screen.tr("Succeeded")
    assert online.text() == window.tr("Offline")
    assert "连不上县服务器" in find(screen, QLabel, "syncStatus").text()


def test_enrolment_refusals_show_at_the_fields(app_window, qtbot, county, quick_retries):
    """An empty code or a malformed address is refused before any PIN; a wrong code is the
    county's refusal, shown under the code."""
    ctx, window = app_window
    window.go("sync")
    screen = window.screens["sync"]
    server = find(screen, QLineEdit, "syncServer")
    qtbot.keyClicks(server, "county.example")
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    assert screen.form.errors["enrolment_code"].isVisible()
    qtbot.keyClicks(find(screen, QLineEdit, "syncCode"), "WRONG-CODE")
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    qtbot.waitUntil(lambda: screen.form.errors["server_url"].isVisible(), timeout=30_000)
    assert "http://" in screen.form.errors["server_url"].text()
    server.setText(county.url)
    qtbot.mouseClick(find(screen, QPushButton, "syncEnrol"), CLICK)
    qtbot.waitUntil(lambda: screen.form.errors["enrolment_code"].isVisible(), timeout=30_000)
    assert not ctx.station.sync.status().enrolled


def test_schedule_saves_and_shows_the_next_night(app_window, qtbot):
    """The nightly hour and window are station settings; the next start is shown."""
    ctx, window = app_window
    window.go("sync")
    screen = window.screens["sync"]
    screen.hour.setCurrentIndex(screen.hour.findData(22))
    screen.window_min.setCurrentIndex(screen.window_min.findData(60))
    qtbot.mouseClick(find(screen, QPushButton, "syncSaveSchedule"), CLICK)
    assert ctx.station.setting("sync_hour") == 22
    assert ctx.station.setting("sync_window_minutes") == 60


@pytest.fixture
def reopened():
    """Stations the test opened itself (a restore reopens the station), closed after the
    window is (this fixture is set up before ``app_window``, so it is torn down after)."""
    stations: list = []
    yield stations
    for station in stations:
        station.close()


def test_usb_export_backup_and_restore(
    reopened, app_window, qtbot, tmp_path, monkeypatch, auto_answer
):
    """The USB export writes the waiting changes; a backup runs on the worker and is listed;
    restoring it closes the station, puts the backup in place, reopens it and asks who is
    at the counter — a farmer added after the backup is gone."""
    ctx, window = app_window
    window.go("sync")
    screen = window.screens["sync"]
    target = tmp_path / "usb" / "export.spx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    qtbot.mouseClick(find(screen, QPushButton, "syncExport"), CLICK)
    qtbot.waitUntil(lambda: "export.spx" in find(screen, QLabel, "syncExportState").text())
    assert target.stat().st_size > 0

    qtbot.mouseClick(find(screen, QPushButton, "syncBackup"), CLICK)
    backups = find(screen, QTableView, "syncBackups")
    qtbot.waitUntil(lambda: backups.model().rowCount() == 1, timeout=30_000)
    late = ctx.station.farmers.add("后来的农户")
    backups.selectRow(0)

    signed_in = []

    def sign_in(dialog) -> int:
        find(dialog, QLineEdit, "pinEdit").setText("1234")
        dialog.check()
        signed_in.append(dialog.operator)
        return int(dialog.result())

    monkeypatch.setattr(dialogs.SignIn, "exec", sign_in)
    old = ctx.station
    qtbot.mouseClick(find(screen, QPushButton, "syncRestore"), CLICK)
    reopened.append(ctx.station)
    assert ctx.station is not old
    assert [kind for kind, _text in auto_answer] == ["question"]
    with pytest.raises(NotFound):
        ctx.station.farmers.get(late.id)
    assert signed_in and ctx.station.operator == signed_in[0]
    assert (ctx.station.path.parent / "replaced").is_dir()
    assert ctx.station.sync.status().restored_unconfirmed is False  # never enrolled
    assert "后来的农户" not in [f.name for f in ctx.station.farmers.search("后来")]


def test_paused_numbers_and_conflicts_need_a_manager(app_window, qtbot, monkeypatch):
    """After a restore with no readable old file, the Sync screen says receipts are paused and
    a manager opens a fresh block there; the county's conflicts are listed in words until a
    manager acknowledges them."""
    from servicepoint.core import numbering, sync_conflicts
    from servicepoint.ui.dialogs import ManagerApproval

    ctx, window = app_window
    station = ctx.station
    with station.records.atomic():
        numbering.close(station)
    sync_conflicts.store(
        station,
        [
            {
                "id": 7,
                "entity": "receipts",
                "record_id": "x",
                "field": "number",
                "kept": '"y"',
                "lost": '"GJ01-2026-000005"',
                "created_at": "2026-11-22",
            }
        ],
    )
    window.go("sync")
    screen = window.screens["sync"]
    screen.refresh()
    text = find(screen, QLabel, "syncAttention").text()
    assert "暂停" in text and "GJ01-2026-000005" in text
    block, ack = (find(screen, QPushButton, n) for n in ("syncFreshBlock", "syncAcknowledge"))
    assert block.isVisible() and ack.isVisible()

    def approve(dialog) -> int:
        find(dialog, QLineEdit, "pinEdit").setText("1234")
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(ManagerApproval, "exec", approve)
    qtbot.mouseClick(block, Qt.MouseButton.LeftButton)
    assert numbering.is_open(station)
    assert "GJ01-2026-100001" in find(screen, QLabel, "syncResult").text()
    assert not block.isVisible()
    qtbot.mouseClick(ack, Qt.MouseButton.LeftButton)
    assert station.sync.conflicts() == []
    assert not find(screen, QPushButton, "syncAcknowledge").isVisible()
    assert not screen.attention_box.isVisible()


def test_backups_panel_shows_disk_use_and_budget(app_window):
    """The backups panel says how much the (compressed) backups take, of what budget."""
    ctx, window = app_window
    ctx.station.backups.backup()
    ctx.station.set_setting("backup_budget_bytes", 300 * 1024**2)
    window.go("sync")
    screen = window.screens["sync"]
    screen.refresh()
    text = find(screen, QLabel, "syncBackupUsage").text()
    assert text.startswith("1 份备份") and "300.0 MB" in text, text


def test_one_waiting_count_everywhere(app_window, qtbot, farmer, printed):
    """The status bar and the Sync screen show the same number of changes waiting, after a
    sale and after its receipt is printed again (issue 12 #11: counting a reprint wrote a
    change the status bar never heard of, so it said 53 while the Sync screen said 54)."""
    import re

    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    ctx, window = app_window
    window.go("sync")
    order = ctx.write(
        lambda st: st.purchasing.place(
            farmer.id,
            [LineInput(3650, name="东北大米", unit_price_fen=1250, unit_code="jin",
                       category_code="agri", platform="京东")],
            [pay.cash(9125)],
        )
    )  # fmt: skip
    ctx.printer.print(window, order.number)
    ctx.printer.print(window, order.number)  # a reprint: one more change to send

    def shown() -> tuple[int, int]:
        bar = find(window, QLabel, "statusWaiting").text()
        page = find(window, QLabel, "syncStatus").text()
        return int(re.findall(r"\d+", bar)[-1]), int(re.search(r"待发送的更改：(\d+)", page)[1])

    waiting = ctx.station.sync.status().waiting
    assert shown() == (waiting, waiting)


def test_the_training_station_neither_enrols_nor_waits(qtbot, tmp_path, clock):
    """Issue 12 #7: the training station's Sync screen offers no enrolment, schedule or sync
    and shows no changes waiting; its sign-in names the practice PINs."""
    from servicepoint.core import Station
    from servicepoint.core.training import MANAGER_NAME, MANAGER_PIN
    from servicepoint.ui.app import build_window

    station = Station.create(
        tmp_path / "training", code="PX01", name="培训演示服务站", village="示范村",
        township="示范镇", county="示范县", manager_name=MANAGER_NAME,
        manager_pin=MANAGER_PIN, training=True, clock=clock,
    )  # fmt: skip
    station.act_as(station.operators.list()[0])
    ctx, window = build_window(station, tmp_path / "app.json", "zh_CN")
    window.idle.stop(), window.schedule.stop(), window.startup_check.stop()
    qtbot.addWidget(window)
    try:
        window.show()
        window.go("sync")
        screen = window.screens["sync"]
        for name in ("syncServer", "syncCode", "syncEnrol"):
            assert not find(screen, QWidget, name).isVisible()
        assert not find(screen, QPushButton, "syncExport").isVisible()
        status = find(screen, QLabel, "syncStatus").text()
        assert "培训站" in status and "待发送" not in status
        sign_in = dialogs.SignIn(ctx, window)
        pins = find(sign_in, QLabel, "practicePins").text()
        assert MANAGER_NAME in pins and MANAGER_PIN in pins and "1111" in pins
        sign_in.deleteLater()
    finally:
        window.close()
        station.close()


def _wrapped_height(font, text: str, width: int) -> float:
    """The height of ``text`` wrapped in ``width`` px the way a table cell wraps it (at word
    boundaries, or anywhere inside a word longer than the line, such as an address)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return height


def _cut_texts(view) -> list[str]:
    """The texts of the history (headers too) that do not fit their cell: a one-line column
    narrower than its text, or a wrapped Details cell shorter than its lines."""
    from PySide6.QtWidgets import QStyle

    model, header = view.model(), view.horizontalHeader()
    metrics, head_metrics = view.fontMetrics(), header.fontMetrics()
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    head_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    last = model.columnCount() - 1
    cut = []
    for col in range(model.columnCount()):
        width = header.sectionSize(col)
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        if head_metrics.horizontalAdvance(title) + head_margin > width:
            cut.append(title)
        for row in range(model.rowCount()):
            text = str(model.index(row, col).data() or "")
            if col == last:
                if _wrapped_height(view.font(), text, width - margin) > view.rowHeight(row):
                    cut.append(text)
            elif metrics.horizontalAdvance(text) + margin > width:
                cut.append(text)
    return cut


def test_history_columns_show_their_whole_text_at_1366(app_window, qtbot):
    """Issue 12 #10: every column of the sync history shows its whole text at 1366 px, also
    after the window changes width (it is maximised after it is built): the short columns fit
    their widest text and a long failure reason wraps onto as many lines as it needs."""
    ctx, window = app_window
    runs = [
        ("manual", "2026-11-22T09:00:00", "2026-11-22T09:00:05", 1, 12345, 678, None, None),
        ("startup", "2026-11-22T08:00:00", None, None, 0, 0, None, None),
        (
            "nightly",
            "2026-11-22T02:00:00",
            "2026-11-22T02:00:30",
            0,
            0,
            0,
            "sync_offline",
            '{"server": "https://county-ecommerce-centre.example.gov.cn:8443"}',
        ),
    ]
    for run in runs:
        ctx.station.db.execute(
            "INSERT INTO sync_runs (trigger, started_at, finished_at, ok, pushed, pulled, "
            "error_code, error_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            run,
        )
    window.go("sync")
    screen = window.screens["sync"]
    screen.refresh()
    view = find(screen, QTableView, "syncHistory")
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    assert _cut_texts(view) == []
    window.resize(1024, 740)  # narrower: the reason needs more lines
    qtbot.waitUntil(lambda: _cut_texts(view) == [])
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: _cut_texts(view) == [])
    assert "county-ecommerce-centre" in view.model().index(0, 5).data()
