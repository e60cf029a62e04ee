"""Printing a receipt from any screen: ask the printer, count the copy, print off the GUI thread.

The order matters (docs/printing.md): ask for the printer first, so a cancelled dialog counts
nothing; then count the copy (``receipts.record_print``) and build the receipt data on this
writer (``ctx.write``), in one op; then hand plain data to a ``PrintJob`` on the print thread.

Only the job knows whether the operating system took the copy, so a screen never says a
receipt printed: :attr:`ReceiptPrinter.did_finish` carries a :class:`PrintOutcome` when the
job is over, and the print banner (``widgets/print_banner.py``) tells the operator, in one
place, without a dialog.  A copy that did not print is kept as a PDF in the station's
``unprinted/`` folder (``core.unprinted``) until a later print of the same number succeeds.
With no printer at all nothing is counted: the copy is only kept.

A receipt printer spoken to by ESC/POS (the station setting ``escpos_device``, chosen in the
printer wizard, ``widgets/settings_printer.py``) takes the place of the operating system's
printer: no dialog, and an ``EscposJob`` (``ui/escpos_jobs.py``) on the same print thread,
which reports the same way; the copy is printed only when the device took every byte.

A point without a printer can keep receipts as PDF files instead: the station setting
``printer_name`` set to ``PDF`` (or the environment variable ``SERVICEPOINT_PRINT_TO_PDF``
naming a folder, which the tests and the screenshot script use) writes each copy to a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core import unprinted
from ..core.errors import ServicePointError

if TYPE_CHECKING:
    from .context import AppContext
    from .escpos_jobs import EscposJob
    from .printing import PrintJob, PrintSettings
    from .widgets.consignment_label import LabelPrinter

State = Literal["printed", "failed", "no_printer", "saved"]


def pdf_folder(ctx: AppContext) -> Path | None:
    env = os.environ.get("SERVICEPOINT_PRINT_TO_PDF")
    if env:
        return Path(env)
    if str(ctx.station.setting("printer_name", "") or "").upper() == "PDF":
        return ctx.station.path.parent / "receipts"
    return None


@dataclass(frozen=True)
class PrintOutcome:
    """What became of one copy, known only when its job is over.

    ``state``: ``printed`` (the operating system took the job), ``failed`` (the printer
    refused or broke off), ``no_printer`` (there was none; the copy was only kept) or
    ``saved`` (the printer is set to PDF: the copy is the file ``path``).  For ``failed`` and
    ``no_printer``, ``path`` is the copy kept in ``unprinted/`` (None if even that failed).
    """

    kind: unprinted.Kind
    number: str
    state: State
    message: str = ""
    path: Path | None = None

    @property
    def printed(self) -> bool:
        return self.state == "printed"

    @property
    def unprinted(self) -> bool:
        return self.state in ("failed", "no_printer")


class ReceiptPrinter(QObject):
    #: number, ok, message — ok only when the copy exists where the operator chose it to go
    #: (the printer took the job, or the PDF file of a station printing to PDF was written)
    did_print = Signal(str, bool, str)
    #: a PrintOutcome for every receipt and label copy (the banner listens)
    did_finish = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._jobs: set[PrintJob | EscposJob] = set()
        self.last_pdf: Path | None = None
        self.last: PrintOutcome | None = None
        self._labels: LabelPrinter | None = None

    def print(
        self,
        parent: QWidget | None,
        number_or_id: str,
        *,
        original: bool = False,
        width: str | None = None,
    ) -> bool:
        """Start one copy; True when it is on its way (or kept as a file).  Never blocks on
        the printer and never says it printed: :attr:`did_finish` does, when the job is over.

        ``original``: the copy is the original that never reached paper (its first copy is
        kept in ``unprinted/``), so it is not marked 补打 though an attempt was counted.
        ``width``: the paper for this copy instead of the station's receipt width ("a4" for
        a dispatch manifest); a roll printer's raw ESC/POS is then not used."""
        # Qt's print support and reportlab load on the first print, not with the window
        from ..core.receipt_data import receipt_data
        from ..printing.escpos_print import EscposSettings
        from ..printing.receipt import render
        from .printing import PrintJob, PrintSettings, ask_printer

        station = self.ctx.station
        settings = PrintSettings.of(station)
        folder = pdf_folder(self.ctx)
        if width is not None:
            settings = replace(settings, width=width)
        escpos = (
            EscposSettings.of(station) if folder is None and width is None else EscposSettings()
        )
        printer = None
        if folder is None and not escpos.enabled:
            printer, problem = ask_printer(settings, parent)
            if printer is None:
                return bool(problem) and self._keep_only(parent, number_or_id, settings, problem)
        try:
            copy, data = self.ctx.write(
                lambda st: (st.receipts.record_print(number_or_id), receipt_data(st, number_or_id))
            )
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Not printed"), self.ctx.message(error))
            return False
        if original:
            copy, data = 0, replace(data, reprint=0)
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / (data.number + (f"-copy{copy + 1}" if copy else "") + ".pdf")
            path.write_bytes(render(data, settings.width))
            self.last_pdf = path
            message = self.tr("Receipt %1 saved as %2").replace("%1", data.number)
            self.did_print.emit(data.number, True, message.replace("%2", str(path)))
            self.report(PrintOutcome("receipt", data.number, "saved", "", path))
            return True
        if escpos.enabled:
            from .escpos_jobs import EscposJob

            self._start(EscposJob(data, escpos, unprinted.folder(station)), False)
            return True
        self._start(PrintJob(data, settings.width, printer, unprinted.folder(station)), False)
        return True

    def _keep_only(
        self, parent: QWidget | None, number_or_id: str, settings: PrintSettings, problem: str
    ) -> bool:
        """No printer: keep the copy in ``unprinted/`` (on the print thread) without counting
        it, so the first copy that does print is the original."""
        from ..core.receipt_data import receipt_data
        from .printing import PrintJob

        try:
            # read on the writer, where the sale was just written; nothing is counted
            data = self.ctx.write(lambda st: receipt_data(st, number_or_id))
        except ServicePointError as error:
            QMessageBox.warning(parent, self.tr("Not printed"), self.ctx.message(error))
            return False
        self._start(PrintJob(data, settings.width, None, unprinted.folder(self.ctx.station)), True)
        return True

    def _start(self, job: PrintJob | EscposJob, no_printer: bool) -> None:
        self._jobs.add(job)
        job.signals.print_did_finish.connect(
            lambda number, ok, message, j=job: self._finished(j, number, ok, message, no_printer)
        )
        job.start()

    def _finished(
        self, job: PrintJob | EscposJob, number: str, ok: bool, message: str, no_printer: bool
    ) -> None:
        self._jobs.discard(job)
        kept = job.result.pdf_path if job.result is not None else None
        state: State = "printed" if ok else ("no_printer" if no_printer else "failed")
        self.did_print.emit(number, ok, message)
        self.report(PrintOutcome("receipt", number, state, message, kept))

    def report(self, outcome: PrintOutcome) -> None:
        """Tell the window how a copy ended (labels report here too); a copy that printed, or
        was saved as the PDF file of a station printing to PDF, leaves the unprinted list."""
        if outcome.printed or outcome.state == "saved":
            unprinted.forget(self.ctx.station, outcome.number, outcome.kind)
        self.last = outcome
        self.did_finish.emit(outcome)

    def retry(self, parent: QWidget | None, kind: unprinted.Kind, number: str) -> bool:
        """Print again a receipt (by number) or a trace label (by trace code)."""
        if kind == "label":
            if self._labels is None:
                from .widgets.consignment_label import LabelPrinter

                self._labels = LabelPrinter(self.ctx, self)
            return self._labels.print(parent, number)
        # The first copy (copy 0) still kept means the original never reached paper.
        kept = unprinted.folder(self.ctx.station) / unprinted.file_name(number)
        return self.print(parent, number, original=kept.is_file())


def printer_ready(ctx: AppContext) -> bool:
    """Whether a receipt would now go somewhere: the station prints to PDF, or the printer
    the settings name (or the system default) is there."""
    if pdf_folder(ctx) is not None or ctx.station.setting("escpos_device", ""):
        return True
    from .printing import PrintSettings, find_printer

    return find_printer(PrintSettings.of(ctx.station).printer_name)[0] is not None
