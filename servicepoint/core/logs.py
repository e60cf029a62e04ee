"""Logging to a rotating file in the data folder, for the station, the window and the server.

Standard :mod:`logging` only.  A village PC has a small disk and nobody reads logs until a
technician comes, so each program keeps at most ``BACKUPS + 1`` files of ``MAX_BYTES``.
Log lines never carry a farmer's phone, ID or poverty-card number: code logs record ids and
error codes, not rows (``servicepoint diagnose`` ships these files).
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(folder: Path, name: str, *, level: int = logging.INFO) -> Path:
    """Send the ``servicepoint`` loggers to ``folder/name.log`` (rotating); returns its path.

    Calling it again for the same file does nothing, so tests and re-entered ``main`` do not
    stack handlers.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.log"
    root = logging.getLogger("servicepoint")
    root.setLevel(level)
    if any(_writes(handler, path) for handler in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


def stop_logging(path: Path | None = None) -> None:
    """Close and remove the file handlers (tests; a restore that swaps the data folder); with
    ``path``, only the one writing that file."""
    root = logging.getLogger("servicepoint")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and (
            path is None or _writes(handler, path)
        ):
            root.removeHandler(handler)
            handler.close()


def _writes(handler: logging.Handler, path: Path) -> bool:
    return (
        isinstance(handler, logging.handlers.RotatingFileHandler)
        and Path(handler.baseFilename).resolve() == path.resolve()
    )


@contextmanager
def logging_to(folder: Path, name: str) -> Iterator[Path | None]:
    """``setup_logging`` for one run of a command: the handler it added is removed again on
    the way out, so a process that runs many commands (the tests) does not collect handlers
    on folders that are long gone.  A folder that cannot be written leaves logging off
    (``None``) rather than stopping the command."""
    root = logging.getLogger("servicepoint")
    had = any(_writes(h, folder / f"{name}.log") for h in root.handlers)
    try:
        path: Path | None = setup_logging(folder, name)
    except OSError:
        path = None
    try:
        yield path
    finally:
        if path is not None and not had:
            stop_logging(path)
