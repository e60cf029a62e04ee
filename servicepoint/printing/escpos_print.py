"""One receipt copy to an ESC/POS printer: encode, send, and keep the PDF when it fails.

The window's print thread (``ui/escpos_jobs.py``) and the command line both print through
:func:`print_copy`, so the rule is in one place: a copy counts as printed only when the
device took every byte (``escpos_link.send``); otherwise its PDF goes to the station's
``unprinted/`` folder (``core.unprinted``), where the window lists it until a later copy
prints.  Blocking: run it off the GUI thread.  No Qt, no SQL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import unprinted
from . import escpos_job, escpos_link
from .receipt import render

if TYPE_CHECKING:
    from ..core.receipt_data import ReceiptData
    from ..core.station import Station

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EscposSettings:
    """The station's ESC/POS choice: ``device`` "" means print through the OS driver."""

    device: str = ""
    mode: str = "text"
    width: str = "80"
    drawer: str = ""

    @property
    def enabled(self) -> bool:
        return bool(self.device)

    @classmethod
    def of(cls, station: Station) -> EscposSettings:
        """Read from a station; a database call (run it where the station lives)."""
        setting = station.setting
        width = str(setting("receipt_width", "80"))
        return cls(
            str(setting("escpos_device", "") or ""),
            str(setting("escpos_mode", "text") or "text"),
            width if width in escpos_job.DOTS else "80",
            str(setting("cash_drawer", "") or ""),
        )


@dataclass(frozen=True)
class Sent:
    """What became of one copy: ``error`` is None when the printer took every byte;
    ``kept`` is the PDF kept in ``unprinted/`` when it did not (None if even that failed)."""

    number: str
    error: escpos_link.DeviceError | None = None
    kept: Path | None = None
    keep_error: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


def print_copy(
    data: ReceiptData,
    settings: EscposSettings,
    folder: Path,
    *,
    timeout: float = escpos_link.DEFAULT_TIMEOUT,
) -> Sent:
    """Print one counted copy; never raises for a printer problem."""
    try:
        job = escpos_job.receipt_job(data, settings.mode, settings.width, settings.drawer)
        escpos_link.send(settings.device, job, timeout=timeout)
    except escpos_link.DeviceError as error:
        log.warning("ESC/POS print of %s failed: %s", data.number, error.kind)
        return _keep(data, settings, folder, error)
    except Exception as error:  # an encoding bug must not lose the copy either
        log.exception("ESC/POS print of %s failed", data.number)
        return _keep(data, settings, folder, escpos_link.DeviceError("failed", str(error)))
    return Sent(data.number)


def _keep(
    data: ReceiptData, settings: EscposSettings, folder: Path, error: escpos_link.DeviceError
) -> Sent:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / unprinted.file_name(data.number, data.reprint)
        path.write_bytes(render(data, settings.width))
    except Exception as exc:  # a full disk must not hide the printing error
        return Sent(data.number, error, None, str(exc))
    return Sent(data.number, error, path)
