"""Printing fixtures: one station holding every kind of receipt, and poppler/zbar helpers.

The helpers run the real command-line tools (``pdffonts``, ``pdftotext``, ``pdftoppm``,
``zbarimg``): CI installs poppler-utils and zbar-tools, and a missing tool fails loudly rather
than skipping, because a receipt nobody can read back is the bug these tests exist to catch.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.printing.samples import make_samples


@dataclass
class Samples:
    station: Station
    numbers: dict[str, str]


@pytest.fixture(scope="session")
def samples(tmp_path_factory, _template_db) -> Iterator[Samples]:
    """A station (shared read-only by the tests) with one of every receipt and a batch label."""
    folder = tmp_path_factory.mktemp("samples")
    shutil.copy(_template_db, folder / "station.db")
    station = Station.open(
        folder, clock=ManualClock(datetime(2026, 11, 22, 10, 0, tzinfo=CHINA_TZ))
    )
    station.act_as(next(o for o in station.operators.list() if o.is_manager))
    numbers = make_samples(station)
    yield Samples(station, numbers)
    station.close()


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@dataclass
class PdfTools:
    folder: Path

    def save(self, pdf: bytes, name: str = "out.pdf") -> Path:
        path = self.folder / name
        path.write_bytes(pdf)
        return path

    def fonts(self, pdf: bytes) -> list[list[str]]:
        """pdffonts rows: name, type, encoding, emb, sub, uni, ..."""
        out = _run("pdffonts", str(self.save(pdf)))
        return [line.split() for line in out.splitlines()[2:] if line.strip()]

    def text(self, pdf: bytes) -> str:
        return _run("pdftotext", "-layout", "-enc", "UTF-8", str(self.save(pdf)), "-")

    def flat(self, pdf: bytes) -> str:
        """The text with all white space removed (wrapped lines join up again)."""
        return re.sub(r"\s+", "", self.text(pdf))

    def grey_pixels(self, pdf: bytes) -> int:
        """Light-grey pixels (the training watermark) on the first page, without anti-aliasing."""
        from PIL import Image

        png = self.folder / "grey"
        _run(
            "pdftoppm",
            "-r",
            "203",
            "-aa",
            "no",
            "-aaVector",
            "no",
            "-png",
            "-singlefile",
            str(self.save(pdf)),
            str(png),
        )
        with Image.open(str(png) + ".png") as img:
            return sum(
                n for value, n in enumerate(img.convert("L").histogram()) if 200 <= value <= 220
            )

    def qr(self, pdf: bytes, dpi: int = 203) -> list[str]:
        """Every QR payload zbarimg finds on any page rendered at ``dpi``."""
        path = self.save(pdf)
        pages = self.folder / "pages"
        shutil.rmtree(pages, ignore_errors=True)
        pages.mkdir()
        _run("pdftoppm", "-r", str(dpi), "-png", str(path), str(pages / "p"))
        result = subprocess.run(
            [
                "zbarimg",
                "--raw",
                "-q",
                "-Sdisable",
                "-Sqrcode.enable",
                *sorted(str(p) for p in pages.glob("*.png")),
            ],
            capture_output=True,
            text=True,
        )
        return [line for line in result.stdout.splitlines() if line]


@pytest.fixture
def pdf(tmp_path) -> PdfTools:
    return PdfTools(tmp_path)


@pytest.fixture
def flat() -> Callable[[str], str]:
    return lambda s: re.sub(r"\s+", "", s)
