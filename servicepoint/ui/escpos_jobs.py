"""ESC/POS printing off the GUI thread: a receipt copy, or the wizard's test page.

An :class:`EscposJob` runs on the print pool (``ui.printing.print_pool``, one thread, so
copies leave in order) and reports exactly as a :class:`~servicepoint.ui.printing.PrintJob`
does (``signals.print_did_finish``, ``result.pdf_path``), so ``ReceiptPrinter`` and the print
banner treat both paths alike.  The sending itself is ``printing.escpos_print`` (Qt-free): a
copy is printed only when the device took every byte; otherwise its PDF is kept in
``unprinted/``.  The job gets plain data and never touches the database or a widget.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool

from ..printing.escpos_link import DeviceError
from ..printing.escpos_print import EscposSettings
from .printing import TEST_PAGE, PrintResult, PrintSignals, print_pool, unprinted_folder

if TYPE_CHECKING:
    from ..core.receipt_data import ReceiptData


def reason(error: DeviceError) -> str:
    """Why a job did not reach the printer, in the window's language."""
    translate = QCoreApplication.translate
    texts = {
        "bad_device": translate("printing", "The printer connection '{device}' is not valid."),
        "not_found": translate("printing", "The printer was not found: {device}."),
        "refused": translate("printing", "The printer refused the connection: {device}."),
        "timeout": translate(
            "printing", "The printer stopped taking data ({device}): check the paper and cable."
        ),
        "closed": translate("printing", "The printer broke off the job: {device}."),
        "unsupported": translate(
            "printing", "This printer connection works only on Windows: {device}."
        ),
    }
    text = texts.get(error.kind) or translate(
        "printing", "Sending to the printer failed: {device}."
    )
    return text.format(device=error.detail or "?")


class EscposJob(QRunnable):
    """One receipt copy (``data``) or, with ``data`` None, the test page in ``mode``."""

    def __init__(
        self,
        data: ReceiptData | None,
        settings: EscposSettings,
        folder: Path | None = None,
        *,
        station_name: str = "",
        when: datetime | None = None,
    ) -> None:
        super().__init__()
        self.signals = PrintSignals()
        self.number = data.number if data is not None else TEST_PAGE
        self.result: PrintResult | None = None
        self._args = (data, settings, folder, station_name, when)

    def run(self) -> None:
        try:
            result = self._run()
        except BaseException as exc:  # the GUI must always hear back
            result = PrintResult(self.number, False, str(exc))
        self.result = result
        self.signals.print_did_finish.emit(result.number, result.ok, result.message)
        if not result.ok:
            self.signals.print_did_fail.emit(
                result.number, result.message, str(result.pdf_path or "")
            )

    def _run(self) -> PrintResult:
        from ..printing.escpos_job import test_page_job
        from ..printing.escpos_link import send
        from ..printing.escpos_print import print_copy

        data, settings, folder, station_name, when = self._args
        translate = QCoreApplication.translate
        if data is None:
            page = test_page_job(station_name, settings.mode, settings.width, when)
            try:
                send(settings.device, page)
            except DeviceError as error:
                return PrintResult(self.number, False, reason(error))
            return PrintResult(
                self.number, True, translate("printing", "The test page was printed.")
            )
        sent = print_copy(data, settings, folder or unprinted_folder())
        if sent.ok:
            done = translate("printing", "Printed {number}.").format(number=data.number)
            return PrintResult(data.number, True, done)
        assert sent.error is not None
        if sent.kept is not None:
            kept = translate(
                "printing", "The receipt is kept as a PDF to reprint later: {path}"
            ).format(path=sent.kept)
        else:
            kept = translate("printing", "A PDF copy could not be kept either: {error}").format(
                error=sent.keep_error
            )
        saved = translate("printing", "The sale is saved and not affected.")
        message = "\n".join((reason(sent.error), kept, saved))
        return PrintResult(data.number, False, message, sent.kept)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the job (on the print pool unless told otherwise); returns at once."""
        (pool or print_pool()).start(self)
