"""The ``servicepoint`` command: administration and automation.

The operator uses the window; this is for the county technician, scripts and schedulers.
Every command takes ``--data-dir`` (default: the user's data folder, ``core/paths.py``, which
holds ``station/`` for the real station and ``training/`` for the demo one, never mixed).
Writes need an operator: ``--operator`` and the PIN from ``SERVICEPOINT_PIN`` or a prompt.
Exit codes: 0 ok, 1 a check found problems, 2 refused input or usage error.

Layout: :mod:`.common` holds what every command shares; each other module is one group of
commands with its own ``add_commands``.  Every run of a command is logged, by name and exit
code only (never its arguments, which can hold a phone or ID number), to
``<data dir>/logs/cli.log``.  With no command the desktop window starts; it keeps its own log.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from ..core import logs, paths
from ..core.errors import ServicePointError
from . import (
    backup,
    check,
    county,
    diagnose,
    imports,
    printer,
    receipt,
    report,
    scale,
    station,
    sync,
)
from .common import Command, data_dir, lang

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)

#: In the order ``--help`` lists them.
COMMAND_GROUPS = (
    station,
    check,
    report,
    receipt,
    printer,
    imports,
    sync,
    backup,
    county,
    diagnose,
    scale,
)


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    # The options are accepted before and after the sub-command; on the sub-command level
    # their defaults are suppressed so they do not overwrite a value given before it.
    def d(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=d(None), help="data folder (default: the user's data folder)"
    )
    common.add_argument(
        "--training", action="store_true", default=d(False), help="use the training station"
    )
    common.add_argument("--lang", choices=("zh", "en"), default=d("zh"), help="message language")
    common.add_argument("--operator", default=d(None), help="operator name for commands that write")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(suppress=True)
    parser = argparse.ArgumentParser(
        prog="servicepoint",
        parents=[_common_options(suppress=False)],
        description="村级电商服务站 village e-commerce service point. "
        "With no command, starts the desktop app.",
    )
    sub = parser.add_subparsers(dest="command")
    for group in COMMAND_GROUPS:
        group.add_commands(sub, common)
    return parser


def run_window(args: argparse.Namespace) -> int:
    """The desktop window (PySide6); ``--data-dir`` and ``--training`` apply."""
    if args.data_dir:
        os.environ["SERVICEPOINT_DATA_DIR"] = str(args.data_dir)
    from ..ui.app import run

    return run(sys.argv[:1], training=bool(getattr(args, "training", False)))


def command_name(args: argparse.Namespace) -> str:
    """``sync status``, ``report daily``: the words that chose the command, all of them fixed
    choices of the parser, never a value the user typed."""
    words = [args.command]
    for attr in ("action", "kind"):
        value = getattr(args, attr, None)
        if isinstance(value, str):
            words.append(value)
    return " ".join(words)


def _run(func: Command, args: argparse.Namespace) -> int:
    try:
        return int(func(args))
    except ServicePointError as error:
        log.warning("refused: %s", error.code)
        print(error.message(lang(args)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from ..selftest import run

        return run()
    args = build_parser().parse_args(argv)
    func: Command | None = getattr(args, "func", None)
    if func is None:
        return _run(run_window, args)
    name = command_name(args)
    with logs.logging_to(paths.log_dir(data_dir(args)), "cli"):
        log.info("command %s", name)
        try:
            code = _run(func, args)
        except SystemExit as stop:
            log.info("command %s stopped: %s", name, stop.code if isinstance(stop.code, int) else 1)
            raise
        except BaseException as error:
            log.error("command %s failed: %s", name, type(error).__name__, exc_info=True)
            raise
        log.info("command %s exit %d", name, code)
        return code
