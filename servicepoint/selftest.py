"""``servicepoint --self-test``: prove a build works, on the machine it is installed on.

Used to smoke-test the PyInstaller bundle (installer/) and by a county technician after an
install: it opens a scratch station in a temporary folder, makes a purchase, renders its
receipt as a PDF with Chinese text in the bundled font and as an ESC/POS job in text and
raster mode (issue 15), registers that font with Qt, loads the Chinese translations (ours and
Qt's own), builds the main window offscreen, reads a scale's frame through pyserial's loop
port and, on Linux,
checks that every library Qt's xcb platform plugin loads resolves (the offscreen window loads
none of them; issue 12), naming the missing ones and their packages.  Prints one line per
check; exit 0 only when every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[tuple[str, Callable[[dict[str, object]], str]]] = [
        ("station and purchase", _purchase),
        ("receipt PDF with Chinese text", _receipt),
        ("ESC/POS receipt, text and raster", _escpos),
        ("bundled font in Qt", _qt_font),
        ("translations", _translations),
        ("main window", _window),
        ("scale over a serial loop", _scale),
        ("xcb platform libraries", _xcb_libraries),
    ]
    state: dict[str, object] = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="servicepoint-selftest-") as folder:
        state["folder"] = Path(folder)
        for name, check in checks:
            try:
                detail = check(state)
                print(f"ok    {name}: {detail}", flush=True)
            except Exception as error:  # every failure is reported, the next check still runs
                failed += 1
                print(f"FAIL  {name}: {error}", flush=True)
                traceback.print_exc()
        station = state.get("station")
        if station is not None:
            station.close()  # type: ignore[attr-defined]
    print("self-test passed" if not failed else f"self-test FAILED ({failed})", flush=True)
    return 0 if not failed else 1


def _purchase(state: dict[str, object]) -> str:
    from .core import Station
    from .core import payments as pay
    from .core.purchasing import LineInput

    station = Station.create(
        Path(str(state["folder"])) / "station",
        code="ST01",
        name="自检服务站",
        village="自检村",
        township="自检镇",
        county="自检县",
        manager_name="自检站长",
        manager_pin="2468",
    )
    state["station"] = station
    station.sign_in("自检站长", "2468")
    farmer = station.farmers.add("张三", phone="13800001234")
    order = station.purchasing.place(
        farmer.id,
        [LineInput(3650, name="东北大米", unit_price_fen=1250, unit_code="jin")],
        [pay.cash(9125, 10000)],
    )
    if order.total_fen != 9125 or station.check():
        raise RuntimeError(f"order total {order.total_fen}, check {station.check()}")
    state["number"] = order.number
    return f"order {order.number} ¥91.25, checks clean"


def _receipt(state: dict[str, object]) -> str:
    from .core.receipt_data import receipt_data
    from .printing.receipt import render

    data = receipt_data(state["station"], str(state["number"]))  # type: ignore[arg-type]
    pdf = render(data, "80")
    if not pdf.startswith(b"%PDF") or b"WenQuanYi" not in pdf:
        raise RuntimeError("the PDF does not embed the bundled Chinese font")
    path = Path(str(state["folder"])) / "receipt.pdf"
    path.write_bytes(pdf)
    return f"{len(pdf)} bytes, font embedded"


def _escpos(state: dict[str, object]) -> str:
    """The receipt as an ESC/POS job in both modes, written to a file device: python-escpos
    with its printer profiles, Pillow's FreeType and the font are all in the build."""
    from .core.receipt_data import receipt_data
    from .printing.escpos_job import receipt_job
    from .printing.escpos_link import send

    station = state["station"]
    data = receipt_data(station, str(state["number"]), record_print=False)  # type: ignore[arg-type]
    sizes = []
    for mode, mark in (("text", b"\x1d(k"), ("raster", b"\x1dv0")):
        job = receipt_job(data, mode, "58")
        path = Path(str(state["folder"])) / f"receipt-{mode}.bin"
        send(f"file:{path}", job)
        ok = path.read_bytes() == job and mark in job
        if mode == "text":  # the printer's own font gets the words in GB18030
            ok = ok and "东北大米".encode("gb18030") in job
        if not ok:
            raise RuntimeError(f"the {mode} job is not what was sent")
        sizes.append(f"{mode} {len(job)} bytes")
    return ", ".join(sizes)


def _app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["servicepoint"])


def _qt_font(state: dict[str, object]) -> str:
    from PySide6.QtGui import QFontMetrics

    from .ui import i18n

    app = _app()
    family = i18n.register_font(app)  # type: ignore[arg-type]
    if not family:
        raise RuntimeError("the bundled font could not be registered")
    font = app.font()  # type: ignore[attr-defined]
    if not QFontMetrics(font).inFontUcs4(ord("站")):
        raise RuntimeError(f"{family} has no glyph for 站")
    return family


def _translations(state: dict[str, object]) -> str:
    from PySide6.QtCore import QCoreApplication

    from .ui import i18n

    _app()
    i18n.install("zh_CN")
    loaded = len(i18n._installed)
    text = QCoreApplication.translate("MainWindow", "&Sync now")
    if loaded < 2 or text == "&Sync now":
        raise RuntimeError(f"{loaded} translators loaded, 'Sync now' → {text!r}")
    return f"{loaded} translators, 'Sync now' → {text}"


def _window(state: dict[str, object]) -> str:
    from .ui.app import build_window

    _app()
    station = state["station"]
    ctx, window = build_window(station, Path(str(state["folder"])) / "app.json")  # type: ignore
    window.idle.stop()
    window.schedule.stop()
    window.startup_check.stop()
    window.show()
    screens = len(window.screens)
    window.close()
    ctx.tasks.wait(10_000)
    if screens < 8:
        raise RuntimeError(f"only {screens} screens")
    return f"{screens} screens"


def _xcb_libraries(state: dict[str, object]) -> str:
    from . import platform_libs

    if not sys.platform.startswith("linux"):
        return f"not needed on {sys.platform}"
    folder = platform_libs.pyside_dir()
    plugin = folder / platform_libs.PLUGIN if folder else platform_libs.PLUGIN
    if not plugin.is_file():
        raise RuntimeError(f"no xcb platform plugin at {plugin}")
    report = platform_libs.check(plugin)
    if report.missing:
        raise RuntimeError(platform_libs.message(report, "en").replace("\n", " "))
    return f"{len(report.found)} system libraries of {plugin.name} resolve"


def _scale(state: dict[str, object]) -> str:
    """A scale's frame through pyserial's loop port (a port that reads back what is written):
    pyserial, its URL handlers and the frame readers are in the build (issue 15)."""
    from .devices.scale_frames import protocol
    from .devices.scale_reader import ScaleReader, open_port

    reader = ScaleReader(open_port("loop://", 9600), protocol("continuous"))
    try:
        reader.port.write(b"ST,GS,+  1.234kg\r\n")
        got = [r for _ in range(20) for r in reader.poll()]
    finally:
        reader.close()
    if [(r.status.value, r.grams) for r in got[:1]] != [("stable", 1234)]:
        raise RuntimeError(f"read {got!r}")
    return "1234 g stable"
