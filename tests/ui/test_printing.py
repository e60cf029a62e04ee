"""Printing through Qt: every receipt printed to a PDF QPrinter reads back like the reportlab
PDF; the job runs off the GUI thread; failures explain themselves and keep the receipt.

A QPrinter in PDF mode goes through the same QPainter code as a real driver, so poppler can
read back what a printer would have been sent.  No system printer is needed: where a test
needs "the system's printers", it replaces ``printer_names``.
"""

from __future__ import annotations

import ctypes
import platform
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.core.receipt_data import receipt_data
from servicepoint.printing.layout import PAPERS
from servicepoint.printing.receipt import layout_receipt, render
from servicepoint.printing.samples import ID_NUMBER, POVERTY_CARD, RECEIPT_CASES, make_samples
from servicepoint.ui import i18n, printing

WHEN = datetime(2026, 11, 22, 10, 30, 5, tzinfo=CHINA_TZ)
HAN = re.compile(r"[\u4e00-\u9fff]")


def _void_calls_drop_none() -> bool:
    """True when a void Qt method call loses a reference to None (PySide6 6.12.0 on 3.11)."""
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(10):
        font.setBold(True)
    return sys.getrefcount(None) < before


@pytest.fixture(scope="module", autouse=True)
def _none_survives_qt():
    """Keep the interpreter alive under a known binding bug, and say so.

    shiboken6 6.12.0 on Python 3.11 drops a reference to None on every call of a void Qt
    method (None is immortal from 3.12, which hides it there); after a few thousand calls
    CPython aborts with "none_dealloc".  These tests paint hundreds of pages, so where the bug
    is present None gets references to spare (as 3.12 does) — never freed, so exit is clean
    too.  PySide6 6.11.3 does not have the bug; see docs/printing.md.
    """
    if platform.python_implementation() == "CPython" and _void_calls_drop_none():
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 32
    yield


@pytest.fixture(scope="module")
def samples(tmp_path_factory, _template_db):
    """One station holding every receipt kind (read-only for these tests)."""
    folder = tmp_path_factory.mktemp("ui-samples")
    shutil.copy(_template_db, folder / "station.db")
    station = Station.open(folder, clock=ManualClock(WHEN))
    station.act_as(next(o for o in station.operators.list() if o.is_manager))
    numbers = make_samples(station)
    yield station, numbers
    station.close()


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_printer(path: Path, dpi: int = 1200) -> QPrinter:
    """A printer that writes a PDF, at a laser's resolution or a thermal head's 203 dpi."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def flat_text(path: Path) -> str:
    return re.sub(r"\s+", "", _run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"))


def words(path: Path) -> list[tuple[str, float, float]]:
    """(word, xMin, xMax) of every word poppler finds, in reading order."""
    out = _run("pdftotext", "-bbox", str(path), "-")
    return [
        (m[3], float(m[1]), float(m[2]))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
            r"([^<]*)</word>",
            out,
        )
    ]


def page_info(path: Path) -> tuple[int, float, float]:
    info = _run("pdfinfo", str(path))
    pages = re.search(r"Pages:\s+(\d+)", info)
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert pages and size, info
    return int(pages[1]), float(size[1]), float(size[2])


def qr_payloads(path: Path, folder: Path) -> list[str]:
    """Every QR zbarimg decodes from the pages rendered at a thermal printer's 203 dpi."""
    _run("pdftoppm", "-r", "203", "-png", str(path), str(folder / "qr"))
    pngs = sorted(str(p) for p in folder.glob("qr*.png"))
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", *pngs],
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line]


def money_rows(station: Station) -> tuple[int, ...]:
    """Row counts of everything a sale writes, and of counted prints."""
    return tuple(
        station.records.scalar(f"SELECT COUNT(*) FROM {t}")
        for t in ("receipts", "payments", "ledger_entries", "receipt_prints")
    )


@pytest.mark.parametrize("width", sorted(PAPERS))
@pytest.mark.parametrize("case", RECEIPT_CASES)
def test_receipt_prints_and_reads_back(qapp, samples, tmp_path, case, width, receipt_texts):
    """pdffonts: the bundled font is embedded; pdftotext: the Chinese text and every amount
    come back exactly, with no private number; zbarimg: the painted QR decodes."""
    station, numbers = samples
    data = receipt_data(station, numbers[case])
    out = tmp_path / "printed.pdf"
    result = printing.print_receipt(data, pdf_printer(out), width, folder=tmp_path / "kept")
    assert result.ok, result.message
    assert result.pdf_path is None and not (tmp_path / "kept").exists()

    fonts = [line.split() for line in _run("pdffonts", str(out)).splitlines()[2:]]
    assert fonts and all("WenQuanYiMicroHei" in r[0] and r[-5] == "yes" for r in fonts), fonts

    text = flat_text(out)
    expected = receipt_texts(data)
    for want in expected:
        assert want.replace(" ", "") in text, want
    for secret in (POVERTY_CARD, ID_NUMBER, "13912345678", "13800001111"):
        assert secret not in text
    assert qr_payloads(out, tmp_path) == [data.qr_payload]


@pytest.mark.parametrize("dpi", [203, 1200])
@pytest.mark.parametrize(
    ("case", "width"),
    [
        ("purchase_twenty", "58"),
        ("purchase_one", "80"),
        ("settlement", "80"),
        ("purchase_twenty", "a4"),
    ],
)
def test_printed_layout_matches_the_pdf(qapp, samples, tmp_path, case, width, dpi):
    """The Qt print has the reportlab PDF's pages and page size, and every word starts and
    ends where it does in the PDF (right-aligned amounts end on the same margin), also at a
    thermal head's 203 dpi where Qt rounds font sizes to whole dots."""
    station, numbers = samples
    data = receipt_data(station, numbers[case])
    ours, theirs = tmp_path / "qt.pdf", tmp_path / "rl.pdf"
    assert printing.print_receipt(data, pdf_printer(ours, dpi), width).ok
    theirs.write_bytes(render(data, width))

    pages, w, h = page_info(ours)
    rl_pages, rl_w, rl_h = page_info(theirs)
    assert pages == rl_pages == len(layout_receipt(data, width).pages)
    assert abs(w - rl_w) <= 1 and abs(h - rl_h) <= 1  # Qt rounds the page to whole points
    a, b = words(ours), words(theirs)
    assert [x[0] for x in a] == [x[0] for x in b]
    worst = max(max(abs(x[1] - y[1]), abs(x[2] - y[2])) for x, y in zip(a, b, strict=True))
    assert worst < 0.75  # points; without the width fit it is 1-6 pt at 203 dpi


def test_training_receipt_has_the_watermark(qapp, samples, tmp_path):
    """A training copy printed through Qt carries the light-grey 培训 TRAINING mark."""
    from dataclasses import replace

    from PIL import Image

    station, numbers = samples
    data = replace(receipt_data(station, numbers["purchase_one"]), training=True)
    out = tmp_path / "training.pdf"
    assert printing.print_receipt(data, pdf_printer(out), "80").ok
    assert "培训TRAINING" in flat_text(out)
    _run(
        "pdftoppm",
        "-r",
        "100",
        "-aa",
        "no",
        "-png",
        "-singlefile",
        str(out),
        str(tmp_path / "page"),
    )
    with Image.open(tmp_path / "page.png") as img:
        grey = sum(n for v, n in enumerate(img.convert("L").histogram()) if 200 <= v <= 220)
    assert grey > 500


def test_job_prints_off_the_gui_thread(qapp, qtbot, samples, tmp_path):
    """A PrintJob on the print pool reports print_did_finish(number, True, message) by signal
    and has written the receipt; print_did_fail stays silent."""
    station, numbers = samples
    data = receipt_data(station, numbers["sale"])
    out = tmp_path / "job.pdf"
    job = printing.PrintJob(data, "58", pdf_printer(out), folder=tmp_path / "kept")
    failures: list[tuple] = []
    job.signals.print_did_fail.connect(lambda *a: failures.append(a))
    with qtbot.waitSignal(job.signals.print_did_finish, timeout=10_000) as blocker:
        job.start()
    assert blocker.args[:2] == [data.number, True]
    assert data.number in blocker.args[2]
    assert data.number in flat_text(out) and failures == []
    assert printing.print_pool().maxThreadCount() == 1


@pytest.fixture
def chinese(qapp):
    """The window's Chinese translations installed (as the window does), English after."""
    i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.fixture
def english(qapp):
    """The English window: its messages read English only."""
    i18n.install("en")


def one_language(text: str, language: str) -> bool:
    """True when ``text`` reads in one language: Chinese with no English word, or English
    with no Chinese character (numbers and paths aside)."""
    if language == "zh_CN":
        return bool(HAN.search(text)) and not re.search(r"\b(?:the|printer|receipt)\b", text, re.I)
    return not HAN.search(text)


def test_no_printer_keeps_the_receipt(qapp, qtbot, samples, tmp_path, monkeypatch, chinese):
    """With no printer installed the job fails with a message in the window's language only
    (Chinese here), keeps the receipt as a PDF that reads back, and writes nothing to the
    station (sale and print count untouched)."""
    station, numbers = samples
    data = receipt_data(station, numbers["purchase_one"])
    before = money_rows(station)
    monkeypatch.setattr(printing, "printer_names", lambda: ([], ""))
    job = printing.PrintJob(data, "80", "", folder=tmp_path / "kept")
    with qtbot.waitSignal(job.signals.print_did_fail, timeout=10_000) as blocker:
        job.start(QThreadPool.globalInstance())
    number, message, path = blocker.args
    assert number == data.number
    assert "没有找到打印机" in message and "交易已保存" in message
    assert one_language(message.replace(str(path), ""), "zh_CN"), message
    assert Path(path).parent == tmp_path / "kept"
    assert data.number in flat_text(Path(path)) and str(path) in message
    assert job.result is not None and not job.result.ok
    assert money_rows(station) == before


def test_named_printer_gone_is_not_replaced(qapp, monkeypatch, english):
    """A station printer that has gone is reported by name, not swapped for the default."""
    monkeypatch.setattr(printing, "printer_names", lambda: (["Office Laser"], "Office Laser"))
    printer, message = printing.find_printer("XP-58")
    assert printer is None and "XP-58" in message and "Printer 'XP-58' was not found" in message
    assert one_language(message, "en"), message
    assert printing.choose_printer(printing.PrintSettings(printer_name="XP-58")) is None


def test_painter_cannot_begin(qapp, samples, tmp_path, english):
    """When the printer cannot start (here: its output cannot be opened) the result says so
    in the window's language only and the receipt is kept as a PDF, one file per copy."""
    station, numbers = samples
    data = receipt_data(station, numbers["settlement"])
    broken = pdf_printer(tmp_path / "no" / "such" / "folder" / "x.pdf")
    result = printing.print_receipt(data, broken, "a4", folder=tmp_path / "kept")
    assert not result.ok
    assert "could not start printing" in result.message
    assert one_language(result.message, "en"), result.message
    assert result.pdf_path == tmp_path / "kept" / f"{data.number}.pdf"
    assert data.number in flat_text(result.pdf_path)
    assert page_info(result.pdf_path)[1] == pytest.approx(595.28, abs=0.1)  # kept at its width


def test_error_while_painting_aborts_and_keeps(qapp, samples, tmp_path, monkeypatch):
    """A driver error in the middle of a page aborts the job (no half receipt) and keeps the
    PDF; the kept copy of a reprint is named after its copy number."""
    from dataclasses import replace

    station, numbers = samples
    data = replace(receipt_data(station, numbers["repayment"]), reprint=2)

    def broken(*args, **kwargs):
        raise OSError("paper jam")

    monkeypatch.setattr(printing, "paint_flow", broken)
    result = printing.print_receipt(data, pdf_printer(tmp_path / "x.pdf"), "80", folder=tmp_path)
    assert not result.ok and "paper jam" in result.message
    assert result.pdf_path == tmp_path / f"{data.number}-copy2.pdf"
    assert "重印REPRINT第2次" in flat_text(result.pdf_path)


def test_dialog_cancel_prints_nothing(qapp, tmp_path, monkeypatch):
    """Without 'print without dialog' the print dialog is asked; cancelling gives no printer
    and no message, while 'print without dialog' skips the dialog altogether."""
    asked: list[bool] = []
    monkeypatch.setattr(
        printing, "find_printer", lambda name: (pdf_printer(tmp_path / "d.pdf"), "")
    )
    monkeypatch.setattr(printing.QPrintDialog, "exec", lambda self: asked.append(True) or 0)
    assert printing.ask_printer(printing.PrintSettings(without_dialog=False)) == (None, "")
    assert asked == [True]
    printer, message = printing.ask_printer(printing.PrintSettings(without_dialog=True))
    assert isinstance(printer, QPrinter) and message == "" and asked == [True]


def test_settings_are_read_from_the_station(station):
    """PrintSettings.of reads the width, printer and dialog choice the manager set."""
    assert printing.PrintSettings.of(station) == printing.PrintSettings("80", "", False)
    station.set_setting("receipt_width", "58")
    station.set_setting("printer_name", "XP-58")
    station.set_setting("print_without_dialog", True)
    assert printing.PrintSettings.of(station) == printing.PrintSettings("58", "XP-58", True)


@pytest.mark.parametrize("width", sorted(PAPERS))
def test_test_page_prints(qapp, qtbot, tmp_path, width):
    """The test page names the station, shows the width, Chinese sample text and the time,
    and its QR decodes; it runs as a job like a receipt."""
    out = tmp_path / "test.pdf"
    job = printing.PrintJob(None, width, pdf_printer(out), station_name="甘界村服务站", when=WHEN)
    with qtbot.waitSignal(job.signals.print_did_finish, timeout=10_000) as blocker:
        job.start()
    assert blocker.args[1] is True, blocker.args
    text = flat_text(out)
    paper, printable = {"58": ("58mm", "48mm"), "80": ("80mm", "72mm"), "a4": ("A4", "210mm")}[
        width
    ]
    for want in (
        "甘界村服务站",
        "打印机测试页",
        "农户张三购买复合肥50kg",
        "¥251.00",
        "1234567890",
        f"纸张Paper{paper}",
        f"打印宽度Printwidth{printable}",
        "打印时间2026-11-22",
        "10:30:05",
    ):
        assert want in text, want
    assert qr_payloads(out, tmp_path) == [printing.TEST_PAYLOAD]


def test_test_page_without_printer(qapp, monkeypatch, english):
    """No printer: the test page reports it, in one language, instead of raising."""
    monkeypatch.setattr(printing, "printer_names", lambda: ([], ""))
    result = printing.test_page("", "甘界村服务站")
    assert (
        not result.ok
        and result.message == "No printer found: install and connect a printer in the system."
    )


def test_test_page_says_printed_in_one_language(qapp, qtbot, tmp_path, chinese):
    """The test page's "printed" is Chinese only under the Chinese window (it used to say
    "测试页已打印。 The test page was printed.")."""
    result = printing.test_page(pdf_printer(tmp_path / "t.pdf"), "甘界村服务站", "58", WHEN)
    assert result.ok and result.message == "测试页已打印。"
