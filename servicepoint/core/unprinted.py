"""Receipts and labels that did not print, kept as PDF files until they do.

When a print fails, or there is no printer, the window keeps the copy as a PDF in the
station's ``unprinted/`` folder (``<number>.pdf``, ``<number>-copy<n>.pdf`` for a counted
reprint, ``<trace code>-label.pdf`` for a trace label).  The folder itself is the list: a file
can be printed from any PDF viewer or copied to a USB stick, it survives a crash or a restart,
and the command line sees the same list as the window.  A successful print of the same number
removes its files, so the list holds exactly what the farmer has not received on paper yet.

Qt-free: the window's unprinted list and the to-do count on Home both read it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

from .ids import CHINA_TZ

FOLDER = "unprinted"
LABEL_SUFFIX = "-label"
_COPY = re.compile(r"^(?P<number>.+?)(?:-copy(?P<copy>\d+))?$")

Kind = Literal["receipt", "label"]


class HasPath(Protocol):
    """A station (or anything with the path of its database file)."""

    path: Path


@dataclass(frozen=True)
class Unprinted:
    """One printout waiting for paper: its number, kind and newest kept file."""

    number: str
    kind: Kind
    path: Path
    kept_at: datetime
    files: int = 1


def folder(station: HasPath | Path) -> Path:
    """The station's ``unprinted/`` folder (beside its database, so the training station's
    copies never mix with the real station's).  A Path is taken as the station's folder."""
    base = station if isinstance(station, Path) else Path(station.path).parent
    return base / FOLDER


def file_name(number: str, copy: int = 0, *, kind: Kind = "receipt") -> str:
    """The kept file's name: one file per copy, so a later copy never overwrites an earlier."""
    if kind == "label":
        return f"{number}{LABEL_SUFFIX}.pdf"
    return f"{number}-copy{copy}.pdf" if copy else f"{number}.pdf"


def parse(path: Path) -> tuple[str, Kind] | None:
    """(number, kind) a kept file's name stands for; None for anything else in the folder."""
    if path.suffix.lower() != ".pdf" or path.name.startswith("."):
        return None
    stem = path.stem
    if stem.endswith(LABEL_SUFFIX):
        return stem[: -len(LABEL_SUFFIX)], "label"
    match = _COPY.match(stem)
    return (match["number"], "receipt") if match else None


def entries(station: HasPath | Path) -> list[Unprinted]:
    """Every printout with a kept copy, oldest first (one row per number, newest file)."""
    found: dict[tuple[str, Kind], list[Path]] = {}
    where = folder(station)
    if not where.is_dir():
        return []
    for path in where.iterdir():
        key = parse(path)
        if key is not None and path.is_file():
            found.setdefault(key, []).append(path)
    rows = []
    for (number, kind), paths in found.items():
        newest = max(paths, key=lambda p: (p.stat().st_mtime, p.name))
        rows.append(
            Unprinted(
                number,
                kind,
                newest,
                datetime.fromtimestamp(newest.stat().st_mtime, CHINA_TZ),
                len(paths),
            )
        )
    return sorted(rows, key=lambda r: (r.kept_at, r.number))


def unprinted_count(station: HasPath | Path) -> int:
    """How many printouts wait for paper (for Home's to-do list); reads only the folder."""
    return len(entries(station))


def is_unprinted(station: HasPath | Path, number: str, kind: Kind = "receipt") -> bool:
    return any(e.number == number and e.kind == kind for e in entries(station))


def forget(station: HasPath | Path, number: str, kind: Kind = "receipt") -> int:
    """Remove the kept copies of ``number`` (it has now printed); returns how many files."""
    where = folder(station)
    if not where.is_dir():
        return 0
    removed = 0
    for path in where.iterdir():
        if parse(path) == (number, kind):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
