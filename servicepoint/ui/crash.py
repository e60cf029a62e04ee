"""What happens to an error nobody caught: it is logged, then shown as one plain message.

Qt calls Python slots from its event loop, so an exception in a slot reaches
``sys.excepthook`` and, by default, is printed to a console the operator never sees.  Like
Mu's ``setup_logging``, the window logs it first (with the traceback, for the technician's
``servicepoint diagnose``) and then tells the operator in words, never swallowing it.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.errors import ServicePointError

log = logging.getLogger("servicepoint.ui")


def report(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    log_file: Path | None = None,
    lang: str = "zh_CN",
) -> None:
    """Log ``error`` with its traceback and show the operator one message about it."""
    log.critical("uncaught %s", kind.__name__, exc_info=(kind, error, tb))
    if QApplication.instance() is None:
        return
    if isinstance(error, ServicePointError):
        text = QCoreApplication.translate("errors", error.message(lang))
    else:
        text = QCoreApplication.translate(
            "crash",
            "Something went wrong, and the last step may not have been done. "
            "Check the screen before you go on. The details are in the log file "
            "for the technician: %1",
        ).replace("%1", str(log_file or "-"))
    QMessageBox.critical(None, QCoreApplication.translate("crash", "Error"), text)


_fault_log: TextIO | None = None


def install(log_file: Path, lang: Callable[[], str]) -> None:
    """Route uncaught exceptions to :func:`report` for the rest of the session; ``lang``
    tells the window's current language."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report(kind, error, tb, log_file, lang())

    sys.excepthook = hook
    # A crash inside Qt (a segmentation fault) never reaches the hook above: leave at least
    # the Python stack of every thread in the log for the technician.
    global _fault_log
    if _fault_log is not None:
        return
    try:
        _fault_log = open(log_file, "a", encoding="utf-8")  # noqa: SIM115 (kept open on purpose)
    except OSError:
        return
    faulthandler.enable(_fault_log, all_threads=True)
