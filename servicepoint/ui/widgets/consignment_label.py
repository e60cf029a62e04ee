"""Printing a batch's traceability label (the QR a buyer in town scans) from the window.

The label is laid out by ``servicepoint.printing.label`` from ``core.printables.label_data``,
like a receipt: where receipts go to PDF files (``SERVICEPOINT_PRINT_TO_PDF``, or the station's
printer set to ``PDF``) the label is written there as ``<trace code>-label.pdf``; otherwise the
same flow is painted on the station's printer by a :class:`LabelJob` on the print thread
(``ui.printing.print_pool``, so labels and receipts come out in the order asked).  A label is
not a money record: nothing is counted, and a failed print keeps the PDF to print again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core import unprinted
from ...core.errors import ServicePointError
from ...core.parcel_printables import SlotLabelData
from ...core.printables import label_data
from ...core.receipt_data import LabelData
from ...printing.label import layout_label, render_label
from ..printing import (
    PrintError,
    PrintSettings,
    PrintSignals,
    ask_printer,
    print_flow,
    print_pool,
    register_qt_font,
    unprinted_folder,
)
from ..receipt_printer import PrintOutcome, State, pdf_folder

if TYPE_CHECKING:
    from ..context import AppContext


def label_file(folder: Path, data: LabelData | SlotLabelData) -> Path:
    return folder / f"{data.trace_code}-label.pdf"


class LabelJob(QRunnable):
    """Paints one label on a printer off the GUI thread; never touches the database.  With
    ``printer`` None (there is none) the label is only kept, in ``folder``."""

    def __init__(
        self,
        data: LabelData | SlotLabelData,
        target: str,
        printer: QPrinter | None,
        folder: Path | None = None,
        reason: str = "",
    ) -> None:
        super().__init__()
        register_qt_font()  # on the GUI thread, before the job runs
        self.signals = PrintSignals()
        self.data, self.target, self.printer = data, target, printer
        self.folder, self.reason = folder, reason
        self.kept: Path | None = None

    def run(self) -> None:
        data = self.data
        try:
            if self.printer is None:
                raise PrintError(self.reason)
            print_flow(
                layout_label(data, self.target),
                self.printer,
                title=data.trace_code,
                training=data.training,
            )
        except BaseException as error:  # the window must always hear back
            message = str(error)
            try:
                folder = self.folder or unprinted_folder()
                folder.mkdir(parents=True, exist_ok=True)
                self.kept = label_file(folder, data)
                self.kept.write_bytes(render_label(data, self.target))
            except Exception as keep_error:  # a full disk must not hide the printing error
                message += "\n" + str(keep_error)
            self.signals.print_did_finish.emit(data.trace_code, False, message)
            self.signals.print_did_fail.emit(data.trace_code, message, str(self.kept or ""))
            return
        self.signals.print_did_finish.emit(data.trace_code, True, data.trace_code)


class LabelPrinter(QObject):
    """Prints trace labels for the consignment screen (one object keeps jobs referenced).
    Outcomes go to ``ctx.printer.report`` like a receipt's, so the banner tells the operator
    once, without a dialog per label."""

    #: trace code, ok, message (for a PDF copy: the file)
    did_print = Signal(str, bool, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._jobs: set[LabelJob] = set()
        self.last_pdf: Path | None = None

    def print(self, parent: QWidget | None, batch_id: str, *, show_farmer: bool = False) -> bool:
        """Start the label of a batch (by id or trace code); True when it is on its way (or
        kept as a file).  How it ended is reported by ``ctx.printer.did_finish``."""
        try:
            data = label_data(self.ctx.station, batch_id, show_farmer=show_farmer)
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Label not printed"), self.ctx.message(error))
            return False
        return self.print_data(parent, data)

    def print_data(self, parent: QWidget | None, data: LabelData | SlotLabelData) -> bool:
        """Start a label already read (a trace label or a parcel's slot label, issue 17)."""
        station = self.ctx.station
        settings = PrintSettings.of(station)
        folder = pdf_folder(self.ctx)
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            path = label_file(folder, data)
            path.write_bytes(render_label(data, settings.width))
            self.last_pdf = path
            self.did_print.emit(
                data.trace_code, True, self.tr("Saved as %1").replace("%1", str(path))
            )
            self.ctx.printer.report(PrintOutcome("label", data.trace_code, "saved", "", path))
            return True
        printer, problem = ask_printer(settings, parent)
        if printer is None and not problem:
            return False  # the operator cancelled the print dialog
        job = LabelJob(data, settings.width, printer, unprinted.folder(station), problem)
        self._jobs.add(job)
        job.signals.print_did_finish.connect(
            lambda code, ok, message, j=job: self._finished(j, code, ok, message, printer is None)
        )
        print_pool().start(job)
        return True

    def _finished(self, job: LabelJob, code: str, ok: bool, message: str, none: bool) -> None:
        self._jobs.discard(job)
        self.did_print.emit(code, ok, message)
        state: State = "printed" if ok else ("no_printer" if none else "failed")
        self.ctx.printer.report(PrintOutcome("label", code, state, "" if ok else message, job.kept))
