"""Where a point keeps its files: one answer for the window, the CLI and the diagnostics.

The data folder holds ``station/`` (the real station), ``training/`` (the practice one),
``logs/`` and the window's ``config.json``.  ``SERVICEPOINT_DATA_DIR`` moves it (tests, a
technician with a USB stick); otherwise it is platformdirs' per-user data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "servicepoint"


def default_base_dir() -> Path:
    return Path(os.environ.get("SERVICEPOINT_DATA_DIR") or user_data_dir(APP_NAME, False))


def station_dir(base: Path, *, training: bool = False) -> Path:
    return base / ("training" if training else "station")


def log_dir(base: Path) -> Path:
    return base / "logs"
