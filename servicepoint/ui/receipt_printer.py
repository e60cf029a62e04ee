"""Printing a receipt from any screen: ask the printer, count the copy, print off the GUI thread.

The order matters (docs/printing.md): ask for the printer first, so a cancelled dialog counts
nothing; then count the copy (``receipts.record_print``) and build the receipt data on this
writer (``ctx.write``), in one op; then hand plain data to a ``PrintJob`` on the print thread.

A point without a printer can keep receipts as PDF files instead: the station setting
``printer_name`` set to ``PDF`` (or the environment variable ``SERVICEPOINT_PRINT_TO_PDF``
naming a folder, which the tests and the screenshot script use) writes each copy to a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import ServicePointError
from ..core.receipt_data import receipt_data
from ..printing.receipt import render
from .printing import PrintJob, PrintSettings, ask_printer, unprinted_folder

if TYPE_CHECKING:
    from .context import AppContext


def pdf_folder(ctx: AppContext) -> Path | None:
    env = os.environ.get("SERVICEPOINT_PRINT_TO_PDF")
    if env:
        return Path(env)
    if str(ctx.station.setting("printer_name", "") or "").upper() == "PDF":
        return ctx.station.path.parent / "receipts"
    return None


class ReceiptPrinter(QObject):
    #: number, ok, message (also for PDF copies: the message names the file)
    did_print = Signal(str, bool, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._jobs: set[PrintJob] = set()
        self.last_pdf: Path | None = None

    def print(self, parent: QWidget | None, number_or_id: str) -> bool:
        """Print one copy; True when a copy was sent (or saved). Never blocks on the printer."""
        station = self.ctx.station
        settings = PrintSettings.of(station)
        folder = pdf_folder(self.ctx)
        printer = None
        if folder is None:
            printer, problem = ask_printer(settings, parent)
            if printer is None:
                if problem:
                    QMessageBox.warning(
                        parent,
                        self.tr("No printer"),
                        problem
                        + "\n"
                        + self.tr(
                            "The receipt can be printed later from its order or from Reports."
                        ),
                    )
                return False
        try:
            copy, data = self.ctx.write(
                lambda st: (st.receipts.record_print(number_or_id), receipt_data(st, number_or_id))
            )
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Not printed"), self.ctx.message(error))
            return False
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            name = data.number + (f"-copy{copy + 1}" if copy else "") + ".pdf"
            path = folder / name
            path.write_bytes(render(data, settings.width))
            self.last_pdf = path
            self.did_print.emit(data.number, True, self.tr("Saved as %1").replace("%1", str(path)))
            return True
        job = PrintJob(data, settings.width, printer or settings.printer_name, unprinted_folder())
        self._jobs.add(job)
        job.signals.print_did_finish.connect(
            lambda number, ok, message, j=job: self._finished(j, number, ok, message, parent)
        )
        job.start()
        return True

    def _finished(
        self, job: PrintJob, number: str, ok: bool, message: str, parent: QWidget | None
    ) -> None:
        self._jobs.discard(job)
        self.did_print.emit(number, ok, message)
        if not ok:
            QMessageBox.warning(parent, self.tr("Printing failed"), message)
