"""Documentation keeps up with the code: every command is in README, every folder mapped."""

from __future__ import annotations

import argparse
from pathlib import Path

from servicepoint.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _commands(parser: argparse.ArgumentParser, prefix: str = "servicepoint") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found += _commands(sub, f"{prefix} {name}")
    return found


def test_every_command_is_in_readme():
    """README's command table names every sub-command of the CLI."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(build_parser()) if f"`{c}" not in readme]
    assert missing == []


def test_architecture_maps_every_package_folder():
    """docs/architecture.md names every folder of the package and the top level."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    folders = [
        p.name
        for p in (ROOT / "servicepoint").iterdir()
        if p.is_dir() and not p.name.startswith("__")
    ]
    missing = [f for f in folders if f"servicepoint/{f}/" not in text]
    assert missing == []
    for top in ("resources/", "tests/", "bench/", "installer/"):
        assert top in text
