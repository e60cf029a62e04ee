"""Printing receipts through the operating system's printer driver with Qt.

QtPdf (PySide6-Addons) is not shipped, so a receipt is not rasterised from its PDF; instead
the same laid-out :class:`~servicepoint.printing.layout.Flow` that reportlab turns into the PDF
is painted with a :class:`QPainter` onto a :class:`QPrinter` (GDI on Windows, CUPS on Linux).
Positions, sizes and the font are the layout's, and every string is stretched by a hair of
letter spacing to the width the layout measured, so right-aligned amounts end where they end
in the PDF.

Threading: a :class:`PrintJob` runs on :func:`print_pool` (one thread, so copies come out in
order) and gets plain data — a ``ReceiptData`` built on the database thread, with the copy
already counted by ``receipts.record_print``.  It never touches the database or a widget; it
reports back by signal.  Printing never writes money records: a failure leaves the sale as it
was, and the receipt is kept as a PDF in :func:`unprinted_folder` for a reprint.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from ..core import unprinted
from ..printing import fonts
from ..printing.layout import Flow, Paper
from ..printing.receipt import TRAINING_MARK, layout_receipt, render
from ..printing.test_page import TEST_PAGE, test_page_flow
from ..printing.test_page import TEST_PAYLOAD as TEST_PAYLOAD  # re-exported for callers
from .print_painter import FlowPainter, page_height

if TYPE_CHECKING:
    from ..core.receipt_data import ReceiptData
    from ..core.station import Station

CONTEXT = "printing"


def no_printer_message() -> str:
    """The operator's message when the system has no printer at all."""
    return QCoreApplication.translate(
        "printing", "No printer found: install and connect a printer in the system."
    )


class PrintError(Exception):
    """A print that did not happen; ``str(error)`` is the operator's message."""


@dataclass(frozen=True)
class PrintSettings:
    """The station's printing settings, read on the database thread and passed on as data."""

    width: str = "80"
    printer_name: str = ""
    without_dialog: bool = False

    @classmethod
    def of(cls, station: Station) -> PrintSettings:
        """Read the settings (a database call: run it where the station lives)."""
        return cls(
            str(station.setting("receipt_width", "80")),
            str(station.setting("printer_name", "") or ""),
            bool(station.setting("print_without_dialog", False)),
        )


@dataclass(frozen=True)
class PrintResult:
    """What happened to one print; ``pdf_path`` is the kept copy when it failed."""

    number: str
    ok: bool
    message: str
    pdf_path: Path | None = None
    pages: int = 0


def unprinted_folder(station: Station | None = None) -> Path:
    """Where copies that did not print are kept: the station's ``unprinted/`` folder
    (``core.unprinted``, which lists them), or the data folder's when no station is given."""
    if station is not None:
        return unprinted.folder(station)
    base = os.environ.get("SERVICEPOINT_DATA_DIR") or user_data_dir("servicepoint", False)
    return Path(base) / "unprinted"


# -- the font ------------------------------------------------------------------------------------

_font_lock = threading.Lock()
_family: str | None = None


def register_qt_font() -> str:
    """Load the bundled font into Qt once and return its family name.  The first call needs
    a QGuiApplication and belongs on the GUI thread (a PrintJob makes it when built)."""
    global _family
    with _font_lock:
        if _family is None:
            font_id = QtGui.QFontDatabase.addApplicationFont(str(fonts.font_path()))
            families = QtGui.QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise PrintError(
                    QCoreApplication.translate(
                        "printing", "The receipt font {path} could not be loaded."
                    ).format(path=fonts.font_path())
                )
            _family = families[0]  # subfont 0, the one reportlab embeds
        return _family


# -- finding a printer ---------------------------------------------------------------------------


def printer_names() -> tuple[list[str], str]:
    """The printers the system knows (Windows spooler, CUPS) and its default ("" if none)."""
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def find_printer(name: str = "") -> tuple[QPrinter | None, str]:
    """A printer for ``name`` ("" = the system default) and, when there is none, why not.
    A named printer that has gone is not swapped for the default: a receipt that comes out of
    the office laser printer is as lost to the farmer as one that never printed."""
    names, default = printer_names()
    if name and name not in names:
        return None, QCoreApplication.translate(
            "printing",
            "Printer '{name}' was not found: check it is connected and on, or choose "
            "the printer again in Settings.",
        ).format(name=name)
    chosen = name or default or (names[0] if names else "")
    if not chosen:
        return None, no_printer_message()
    printer = QPrinter(QPrinterInfo.printerInfo(chosen), QPrinter.PrinterMode.HighResolution)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None, QCoreApplication.translate(
            "printing", "Printer '{name}' is not available."
        ).format(name=chosen)
    return printer, ""


def choose_printer(settings: PrintSettings | str) -> QPrinter | None:
    """The QPrinter for the station's printer (or the default), None when there is none."""
    name = settings.printer_name if isinstance(settings, PrintSettings) else settings
    return find_printer(name)[0]


def ask_printer(
    settings: PrintSettings, parent: QWidget | None = None
) -> tuple[QPrinter | None, str]:
    """GUI thread only: the printer to use, through the print dialog unless the operator chose
    to print without one.  ``(None, "")`` means cancelled; ``(None, message)`` means no printer.
    Ask before counting the copy, so a cancelled dialog prints nothing and counts nothing."""
    printer, message = find_printer(settings.printer_name)
    if printer is None or settings.without_dialog:
        return printer, message
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, ""
    return printer, ""


# -- painting the layout -------------------------------------------------------------------------


def paint_page(
    painter: QPainter,
    flow: Flow,
    index: int,
    *,
    title: str = "",
    training: bool = False,
    dpi: float | None = None,
    dx: float = 0.0,
) -> None:
    """Paint page ``index`` of a flow as ``receipt.finish`` draws it: watermark, ops, footer.
    ``dpi`` defaults to the device's; ``dx`` (points) shifts it right on a wider paper."""
    p, height = flow.paper, page_height(flow)
    qp = FlowPainter(painter, register_qt_font(), dpi)
    painter.save()
    painter.translate(round(dx * qp.k), 0)  # whole pixels, so QR modules stay on the grid
    if training:
        qp.watermark(TRAINING_MARK, p.width, height, p.title * 2.2)
    qp.ops(flow.pages[index])
    if p.height is not None:
        footer = f"{title}  第 {index + 1}/{len(flow.pages)} 页"
        qp.text(
            (p.width - fonts.width(footer, p.small)) / 2, height - p.margin / 2, footer, p.small
        )
    painter.restore()


def paint_flow(
    painter: QPainter,
    flow: Flow,
    *,
    title: str = "",
    training: bool = False,
    new_page: Callable[[], bool] | None = None,
    dpi: float | None = None,
    dx: float = 0.0,
) -> int:
    """Paint every page, calling ``new_page`` (e.g. ``printer.newPage``) between them."""
    for i in range(len(flow.pages)):
        if i:
            if new_page is None:
                raise ValueError("a flow of several pages needs new_page")
            if not new_page():
                raise PrintError(
                    QCoreApplication.translate(
                        "printing", "The printer could not start a new page."
                    )
                )
        paint_page(painter, flow, i, title=title, training=training, dpi=dpi, dx=dx)
    return len(flow.pages)


def set_paper(printer: QPrinter, p: Paper, height: float) -> float:
    """Give the printer the flow's paper; returns the right shift (points) that centres the
    page when the driver insists on a wider paper (a 48 mm page on its 58 mm roll)."""
    if p.height is not None:
        size = QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4)
    else:
        size = QtGui.QPageSize(
            QtCore.QSizeF(p.width, height),
            QtGui.QPageSize.Unit.Point,
            f"{p.name} mm roll",
            QtGui.QPageSize.SizeMatchPolicy.ExactMatch,
        )
    printer.setPageSize(size)
    printer.setPageOrientation(QtGui.QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # origin at the paper's corner: the layout has its own margins
    printer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0), QtGui.QPageLayout.Unit.Point)
    wider = printer.paperRect(QPrinter.Unit.Point).width() - p.width
    return wider / 2 if wider > 1 else 0.0


def print_flow(flow: Flow, printer: QPrinter, *, title: str, training: bool = False) -> int:
    """Paint a flow on a printer; raises :class:`PrintError` with the operator's message."""
    label = printer.printerName() or printer.outputFileName() or "PDF"
    printer.setDocName(title)
    printer.setCreator("servicepoint")
    dx = set_paper(printer, flow.paper, page_height(flow))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "printing",
                "Printer '{name}' could not start printing: it may be off, offline, "
                "out of paper, or its driver failed.",
            ).format(name=label)
        )
    try:
        pages = paint_flow(
            painter, flow, title=title, training=training, new_page=printer.newPage, dx=dx
        )
    except Exception:
        printer.abort()  # half a receipt is worse than none
        painter.end()
        raise
    ended = painter.end()
    if not ended or printer.printerState() in (
        QPrinter.PrinterState.Error,
        QPrinter.PrinterState.Aborted,
    ):
        raise PrintError(
            QCoreApplication.translate(
                "printing",
                "Printer '{name}' reported an error: check the paper and the cable.",
            ).format(name=label)
        )
    return pages


# -- receipts and the test page ------------------------------------------------------------------


def _keep(data: ReceiptData, target: str | Paper, folder: Path | None) -> Path:
    """Write the receipt's PDF where it can be reprinted; one file per copy."""
    out = Path(folder) if folder is not None else unprinted_folder()
    out.mkdir(parents=True, exist_ok=True)
    path = out / unprinted.file_name(data.number, data.reprint)
    path.write_bytes(render(data, target))
    return path


def _failure(
    data: ReceiptData, target: str | Paper, folder: Path | None, reason: str
) -> PrintResult:
    saved = QCoreApplication.translate("printing", "The sale is saved and not affected.")
    try:
        path: Path | None = _keep(data, target, folder)
        kept = QCoreApplication.translate(
            "printing", "The receipt is kept as a PDF to reprint later: {path}"
        ).format(path=path)
    except Exception as exc:  # a full disk must not hide the printing error
        path = None
        kept = QCoreApplication.translate(
            "printing", "A PDF copy could not be kept either: {error}"
        ).format(error=exc)
    return PrintResult(data.number, False, "\n".join((reason, kept, saved)), path)


def print_receipt(
    data: ReceiptData,
    destination: QPrinter | str | None = "",
    target: str | Paper = "80",
    folder: Path | None = None,
) -> PrintResult:
    """Print one receipt copy; never raises.  ``destination`` is a printer set up by the
    dialog, a printer name ("" = the default), or None when the window already knows there
    is no printer (the copy is only kept).  On failure the PDF is kept in ``folder``
    (default :func:`unprinted_folder`).  Safe on a worker thread: no database, no widget."""
    if destination is None:
        return _failure(data, target, folder, no_printer_message())
    try:
        printer, why = (
            (destination, "") if isinstance(destination, QPrinter) else find_printer(destination)
        )
        if printer is None:
            return _failure(data, target, folder, why)
        pages = print_flow(
            layout_receipt(data, target), printer, title=data.number, training=data.training
        )
    except PrintError as exc:
        return _failure(data, target, folder, str(exc))
    except Exception as exc:
        return _failure(
            data,
            target,
            folder,
            QCoreApplication.translate("printing", "Printing failed: {error}").format(error=exc),
        )
    return PrintResult(
        data.number,
        True,
        QCoreApplication.translate("printing", "Printed {number}.").format(number=data.number),
        pages=pages,
    )


def test_page(
    destination: QPrinter | str,
    station_name: str,
    target: str | Paper = "80",
    when: datetime | None = None,
) -> PrintResult:
    """Print the test page; never raises (nothing to keep when it fails)."""
    title = TEST_PAGE  # the result's "number"
    try:
        printer, why = (
            (destination, "") if isinstance(destination, QPrinter) else find_printer(destination)
        )
        if printer is None:
            return PrintResult(title, False, why)
        pages = print_flow(test_page_flow(station_name, target, when), printer, title=title)
    except Exception as exc:
        return PrintResult(title, False, str(exc))
    done = QCoreApplication.translate("printing", "The test page was printed.")
    return PrintResult(title, True, done, pages=pages)


# -- the background job --------------------------------------------------------------------------


class PrintSignals(QObject):
    """Lives on the GUI thread; a job emits from the print thread (queued to receivers)."""

    #: number, ok, message — every job emits this once.
    print_did_finish = Signal(str, bool, str)
    #: number, message, path of the kept PDF ("" if none) — only when the print failed.
    print_did_fail = Signal(str, str, str)


_pool: QThreadPool | None = None


def print_pool() -> QThreadPool:
    """One print thread: copies leave in the order they were asked for."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class PrintJob(QRunnable):
    """Prints one receipt copy — or, with ``data`` None, the test page — off the GUI thread.

    Build it on the GUI thread (that registers the font with Qt) with data made on the
    database thread; the copy must already be counted.  A QPrinter passed in (from the print
    dialog) belongs to the job from then on.
    """

    def __init__(
        self,
        data: ReceiptData | None,
        target: str | Paper = "80",
        destination: QPrinter | str | None = "",
        folder: Path | None = None,
        *,
        station_name: str = "",
        when: datetime | None = None,
    ) -> None:
        super().__init__()
        register_qt_font()
        self.signals = PrintSignals()
        self.number = data.number if data is not None else TEST_PAGE
        self.result: PrintResult | None = None
        self._args = (data, target, destination, folder, station_name, when)

    def run(self) -> None:
        data, target, destination, folder, station_name, when = self._args
        try:
            result = (
                print_receipt(data, destination, target, folder)
                if data is not None
                else test_page(destination or "", station_name, target, when)
            )
        except BaseException as exc:  # the GUI must always hear back
            result = PrintResult(self.number, False, str(exc))
        self.result = result
        self.signals.print_did_finish.emit(result.number, result.ok, result.message)
        if not result.ok:
            self.signals.print_did_fail.emit(
                result.number, result.message, str(result.pdf_path or "")
            )

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job (on :func:`print_pool` unless told otherwise); returns at once."""
        (pool or print_pool()).start(self)
