"""The scale in the window, against scales simulated on pty pairs: a negative weight, a
counted unit, no scale set up and a port that is not there are refused with a message and fill
nothing; tare makes the weight net; the port is open only while a weight is on screen, and
opened and read on the feed's worker thread, never the window's; and
Settings → Scale and scanner reads a scale live on the values chosen there, then saves them
with a manager's approval."""

from __future__ import annotations

import threading

import pytest
from devices.simscale import SimScale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from servicepoint.ui.scale_feed import ScaleFeed

from .conftest import find
from .test_settings import _approve_with

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def sims():
    made: list[SimScale] = []

    def make(protocol: str = "continuous") -> SimScale:
        made.append(SimScale(protocol, every=0.05 if protocol == "continuous" else None))
        return made[-1]

    yield make
    for sim in made:
        sim.close()


def intake(window):
    window.go("consignment")
    screen = window.screens["consignment"]
    screen.tabs.setCurrentIndex(0)
    return screen.intake


def test_refusals_tare_and_the_port_closed_off_screen(app_window, qtbot, sims):
    ctx, window = app_window
    sim = sims()
    ctx.station.set_setting("scale_protocol", "continuous")
    ctx.station.set_setting("scale_port", sim.path)
    panel = intake(window)
    weight = panel.scale
    feed = ScaleFeed.of(ctx)
    assert weight.feed is feed and feed.held

    sim.set_answer(b"ST,GS,+  0.400kg\r\n")  # the empty basket
    qtbot.waitUntil(lambda: weight.weight.text() == "0.8斤")
    qtbot.mouseClick(weight.tare_button, CLICK)
    assert feed.scale.tare_g == 400
    sim.set_answer(b"ST,GS,+  2.400kg\r\n")  # basket and eggs
    qtbot.waitUntil(lambda: weight.weight.text() == "4斤")
    assert "皮重 400克" in weight.state.text()
    assert weight.take() == 2000 and panel.qty.text() == "4"

    panel.qty.clear()
    sim.set_answer(b"ST,GS,+  0.000kg\r\n")  # basket lifted off: below zero after the tare
    qtbot.waitUntil(lambda: weight.weight.text() == "-0.8斤")
    assert weight.take() is None and panel.qty.text() == ""
    assert weight.message.text() == weight.refusal_text("negative")
    qtbot.mouseClick(weight.tare_button, CLICK)  # tare on the empty pan clears it
    qtbot.waitUntil(lambda: weight.weight.text() == "0斤")
    assert feed.scale.tare_g == 0
    assert weight.take() is None and weight.message.text() == weight.refusal_text("empty")

    sim.set_answer(b"ST,GS,+  1.000kg\r\n")
    panel.unit.setCurrentIndex(panel.unit.findData("each"))  # eggs counted: not weighed
    qtbot.waitUntil(lambda: weight.weight.text() == "1公斤")
    assert weight.take() is None and weight.message.text() == weight.refusal_text("counted")
    panel.unit.setCurrentIndex(panel.unit.findData("kg"))
    assert weight.take() == 1000 and panel.qty.text() == "1"

    window.go("farmers")  # no weight on screen: the port is let go
    assert not feed.held and feed.state == "off"
    assert feed.scale.latest is None


def test_no_scale_and_a_missing_port_are_refused(app_window, qtbot, tmp_path):
    ctx, window = app_window
    panel = intake(window)
    weight = panel.scale
    assert weight.state.text() == "未设置电子秤（设置，F9）"
    assert weight.take() is None and weight.message.text() == weight.refusal_text("no_scale")
    ctx.station.set_setting("scale_protocol", "sics")
    ctx.write(lambda st: st.set_setting("scale_port", str(tmp_path / "ttyUSB9")))
    qtbot.waitUntil(lambda: weight.state.text().startswith("电子秤未连接："))
    assert not weight.take_button.isEnabled()
    assert weight.take() is None and weight.message.text() == weight.refusal_text("no_reading")
    assert panel.qty.text() == ""


def test_settings_reads_a_scale_live_and_saves_it(app_window, qtbot, sims, monkeypatch):
    ctx, window = app_window
    sim = sims("sics")
    sim.set_answer(b"S S      1.234 kg\r\n")
    window.go("settings")
    screen = window.screens["settings"]
    protocol = find(screen, QComboBox, "settingsScaleProtocol")
    port = find(screen, QComboBox, "settingsScalePort")
    suffix = find(screen, QComboBox, "settingsScannerSuffix")
    live = find(screen, QLabel, "settingsScaleLive")
    protocol.setCurrentIndex(protocol.findData("sics"))
    port.setEditText(sim.path)
    qtbot.mouseClick(find(screen, QPushButton, "settingsScaleTest"), CLICK)
    qtbot.waitUntil(lambda: live.text() == "1.234公斤  稳定")
    assert not find(screen, QLabel, "settingsScaleLiveState").isVisible()
    sim.set_answer(b"S +\r\n")
    qtbot.waitUntil(lambda: live.text() == "超载")
    assert ctx.station.setting("scale_protocol") is None  # read, not saved
    suffix.setCurrentIndex(suffix.findData("tab"))
    _approve_with(monkeypatch, "1234")
    qtbot.mouseClick(find(screen, QPushButton, "settingsSaveDevices"), CLICK)
    assert find(screen, QLabel, "settingsDevicesState").text() == "已保存。"
    assert ctx.station.setting("scale_protocol") == "sics"
    assert ctx.station.setting("scale_port") == sim.path
    assert ctx.station.setting("scale_baud") is None  # 9600 as before: not rewritten
    assert ctx.station.setting("scanner_suffix") == "tab"
    window.go("home")  # leaving Settings lets the port go
    assert not screen.devices.feed.held and not screen.devices.test_button.isChecked()


def test_the_port_is_opened_and_read_off_the_gui_thread(app_window, qtbot, sims, monkeypatch):
    """Every open and read of the port happens on the feed's worker thread, never on the
    thread that runs the window."""
    from servicepoint.devices import scale_reader

    callers: set[str] = set()
    real_open, real_poll = scale_reader.ScaleReader.open, scale_reader.ScaleReader.poll

    def open_(cls, config):
        callers.add(threading.current_thread().name)
        return real_open(config)

    def poll(self):
        callers.add(threading.current_thread().name)
        return real_poll(self)

    monkeypatch.setattr(scale_reader.ScaleReader, "open", classmethod(open_))
    monkeypatch.setattr(scale_reader.ScaleReader, "poll", poll)
    ctx, window = app_window
    sim = sims()
    sim.set_answer(b"ST,GS,+  1.000kg\r\n")
    ctx.station.set_setting("scale_protocol", "continuous")
    ctx.station.set_setting("scale_port", sim.path)
    weight = intake(window).scale
    qtbot.waitUntil(lambda: weight.weight.text() == "2斤")
    assert callers and threading.main_thread().name not in callers
    assert all(name.startswith("scale-") for name in callers)
