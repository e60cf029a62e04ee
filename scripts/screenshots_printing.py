"""Screenshots of printing that failed: the print banner and the unprinted list.

Called by ``scripts/screenshots.py`` with its window (or by hand, the same way)::

    from screenshots_printing import printing_shots
    saved += printing_shots(window, out, suffix, lambda rounds=30: settle(app, window, rounds))

It takes the printers away (as if none were installed), prints the two newest receipts of
the training station, which keeps them in ``unprinted/`` and shows the banner once, and saves
``print-failed<suffix>.png`` (the window with the banner) and ``unprinted<suffix>.png`` (the
list).  The printers come back afterwards, so later shots are not affected.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any


def printing_shots(
    window: Any, out: Path, suffix: str = "", settle: Callable[..., None] = lambda: None
) -> list[Path]:
    from servicepoint.ui import printing

    ctx = window.ctx
    pdf_env = os.environ.pop("SERVICEPOINT_PRINT_TO_PDF", None)
    real = printing.printer_names
    printing.printer_names = lambda: ([], "")  # type: ignore[assignment]
    saved: list[Path] = []
    try:
        window.go("home")
        for receipt in ctx.station.receipts.recent(limit=2)[::-1]:
            ctx.printer.print(window, receipt.number)
            printing.print_pool().waitForDone(30_000)
            settle()
        settle()
        shot = out / f"print-failed{suffix}.png"
        window.grab().save(str(shot))
        saved.append(shot)
        window.print_banner.open_list()
        settle(5)
        dialog = window.print_banner.dialog
        shot = out / f"unprinted{suffix}.png"
        dialog.grab().save(str(shot))
        saved.append(shot)
        dialog.close()
    finally:
        printing.printer_names = real  # type: ignore[assignment]
        if pdf_env is not None:
            os.environ["SERVICEPOINT_PRINT_TO_PDF"] = pdf_env
    return saved
