"""The window's writes go through one path on one writer connection (issue 11): off the GUI
thread, reporting what changed, typed when SQLite fails, and never taking a keystroke early."""

from __future__ import annotations

import logging
import sqlite3
import threading

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from servicepoint.core.changes import Change
from servicepoint.ui import crash
from servicepoint.ui.widgets.farmers import FarmerDialog

from .conftest import find


def test_writes_run_on_the_writer_thread_and_name_their_changes(app_window):
    """``ctx.write`` runs the op on the writer thread with its own connection, acting as the
    signed-in operator, and ``changed`` carries what the op's tables say changed."""
    ctx, _window = app_window
    seen: list[set[Change]] = []
    ctx.changed.connect(seen.append)
    where = ctx.write(lambda st: (threading.current_thread().name, st is ctx.station, st.operator))
    assert where[0].startswith("station-writer") and where[1] is False
    assert where[2] == ctx.station.operator
    farmer = ctx.write(lambda st: st.farmers.add("赵六", phone="13900001111"))
    assert seen == [{Change.FARMERS}]
    assert ctx.station.farmers.get(farmer.id).name == "赵六"  # the reader sees the commit


def test_a_held_lock_shows_the_operator_a_message_and_saves_nothing(app_window, qtbot):
    """Another program holds the write lock: the farmer dialog shows 服务站正忙 next to the
    form, stays open with what was typed, and no farmer is written; once the lock is gone
    the same Save works."""
    ctx, _window = app_window
    ctx.write(lambda st: st.db.execute("PRAGMA busy_timeout = 50"))
    before = ctx.station.farmers.count()
    dialog = FarmerDialog(ctx, name="钱七")
    qtbot.addWidget(dialog)
    dialog.show()
    other = sqlite3.connect(ctx.station.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.save()
        shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        assert "服务站正忙" in shown
        assert dialog.isVisible() and find(dialog, QLineEdit, "farmerName").text() == "钱七"
        assert ctx.station.farmers.count() == before
    finally:
        other.execute("ROLLBACK")
        other.close()
    dialog.save()
    assert ctx.station.farmers.count() == before + 1


def test_the_window_keeps_running_but_holds_input_during_a_write(app_window, monkeypatch):
    """While an op runs on the writer, the GUI's timers still fire (it repaints), and the wait
    holds back user input (Qt delivers keys pressed meanwhile after the op), so a second
    Enter cannot act on a half-finished sale.  Offscreen Qt has no window-system input to
    hold, so the flag itself is checked; the keyboard behaviour was seen under Xvfb."""
    ctx, _window = app_window
    flags: list[object] = []
    real_exec = QEventLoop.exec

    def exec_(loop: QEventLoop, *args: object) -> int:
        flags.extend(args)
        return real_exec(loop, *args)

    monkeypatch.setattr(QEventLoop, "exec", exec_)
    timer_fired = threading.Event()
    QTimer.singleShot(0, timer_fired.set)
    assert ctx.write(lambda _st: timer_fired.wait(30)) is True  # only the GUI sets it
    assert flags == [QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents]


def test_an_uncaught_error_is_logged_and_shown_once(tmp_path, caplog, auto_answer):
    """An exception no screen caught is written to the log with its traceback and shown as
    one plain message naming the log file; nothing is swallowed."""
    log_file = tmp_path / "window.log"
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL, logger="servicepoint"):
            crash.report(type(error), error, error.__traceback__, log_file)
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    assert len(auto_answer) == 1 and auto_answer[0][0] == "critical"
    assert str(log_file) in auto_answer[0][1]
