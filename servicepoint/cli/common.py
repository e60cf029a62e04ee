"""What every command of ``servicepoint`` shares: the data folder, the language, the PIN.

Command modules import these public helpers and nothing private from each other
(tests/test_cli_architecture.py).  Messages are written in pairs, Chinese first: :func:`say`
prints the Chinese one unless ``--lang en`` was given.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from ..core import paths
from ..core.errors import ServicePointError
from ..core.station import Station

#: A command: parsed arguments in, exit code out.
Command: TypeAlias = Callable[[argparse.Namespace], int]
#: What ``add_subparsers`` returns; each command module adds its commands to it.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir``, else ``SERVICEPOINT_DATA_DIR``, else the user's data folder."""
    value = getattr(args, "data_dir", None)
    return Path(value) if value else paths.default_base_dir()


def station_dir(args: argparse.Namespace) -> Path:
    """The real station's folder, or the training one with ``--training``."""
    return paths.station_dir(data_dir(args), training=bool(getattr(args, "training", False)))


def lang(args: argparse.Namespace) -> str:
    """The language code the core's messages take: ``en`` or ``zh_CN``."""
    return "en" if getattr(args, "lang", "zh") == "en" else "zh_CN"


def pick(args: argparse.Namespace, zh: str, en: str) -> str:
    """One of a message pair, in the chosen language."""
    return en if lang(args) == "en" else zh


def say(args: argparse.Namespace, zh: str, en: str) -> None:
    """Print one of a message pair, in the chosen language."""
    print(pick(args, zh, en))


def ask_pin(who: str) -> str:
    """The PIN from ``SERVICEPOINT_PIN``, else a prompt (never echoed); no terminal, no PIN."""
    pin = os.environ.get("SERVICEPOINT_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise SystemExit("PIN: set SERVICEPOINT_PIN or run in a terminal")
    return getpass.getpass(f"{who} PIN: ")


def open_signed_in(args: argparse.Namespace) -> Station:
    """Open the station and sign in ``--operator`` (or ``SERVICEPOINT_OPERATOR``, or the only
    active manager) with the PIN.  The caller closes the station."""
    station = Station.open(station_dir(args))
    name = getattr(args, "operator", None) or os.environ.get("SERVICEPOINT_OPERATOR")
    if not name:
        managers = [o for o in station.operators.list() if o.is_manager and o.active]
        name = managers[0].name if len(managers) == 1 else None
    if not name:
        station.close()
        raise SystemExit("--operator NAME is needed")
    try:
        station.sign_in(name, ask_pin(name))
    except ServicePointError:
        station.close()
        raise
    return station
