"""Window fixtures: the whole app wired over a test station, signed in, printing to PDF files.

Tests drive it like an operator would, with ``qtbot`` keys and clicks; ``find`` looks widgets
up by ``objectName`` (the names are part of the window's contract with tests and
accessibility tools).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from servicepoint.ui import i18n
from servicepoint.ui.app import build_window


@pytest.fixture
def printed(tmp_path, monkeypatch):
    """The folder every receipt printed from the window lands in, as PDF."""
    folder = tmp_path / "printed"
    monkeypatch.setenv("SERVICEPOINT_PRINT_TO_PDF", str(folder))
    return folder


@pytest.fixture
def app_window(qtbot, station, tmp_path, printed) -> Iterator[Any]:
    """(ctx, window) over the test station (manager signed in), 1366×740, Chinese."""
    app = QApplication.instance()
    i18n.register_font(app)
    i18n.install("zh_CN")
    ctx, window = build_window(station, tmp_path / "app.json", "zh_CN")
    for key in window.screens:  # screens are built on first visit; tests find widgets in all
        window.screens[key]
    window.idle.stop()
    window.schedule.stop()
    window.startup_check.stop()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield ctx, window
    ctx.tasks.wait(30_000)
    window.close()  # before the station fixture closes the database
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no events to dead windows


class DialogWaits:
    """Which test a helper waiting for the next dialog belongs to.

    Such a helper polls on a timer until a dialog opens.  When none opened in its own test,
    it went on polling into the next one and answered that test's dialog (the unknown-barcode
    test failed after test_tab_and_enter.py, its form saved by a stray Enter).  Each test
    starts a new generation; a waiter of an older one stops."""

    generation = 0


@pytest.fixture(autouse=True)
def _dialog_waits_end_with_their_test() -> Iterator[None]:
    yield
    DialogWaits.generation += 1


def find(root: QWidget, cls: type, name: str) -> Any:
    """The widget ``name`` under ``root``; fails loudly when it is missing."""
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


@pytest.fixture
def auto_answer(monkeypatch):
    """Answer message boxes without a human: returns the list of (kind, text) shown."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: Any) -> Any:
        def box(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, text))
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown
