"""Render one of every receipt, slip, label and statement to PNG under docs/receipts/.

Run ``.venv/bin/python scripts/render_receipts.py`` (needs ``pdftoppm`` from poppler-utils).
The PNGs are rendered at the printer's 203 dpi, so one pixel is one printer dot: a 58 mm
receipt is 384 pixels wide and an 80 mm one 576.  Look at them after any layout change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from servicepoint.core import CHINA_TZ, ManualClock, Station  # noqa: E402
from servicepoint.core.receipt_data import receipt_data  # noqa: E402
from servicepoint.printing.label import label_pdf  # noqa: E402
from servicepoint.printing.receipt import render  # noqa: E402
from servicepoint.printing.samples import make_samples  # noqa: E402
from servicepoint.printing.statements import commission_statement_pdf, statement_pdf  # noqa: E402

#: Cases also shown on the narrow 58 mm roll (everything is shown at 80 mm).
NARROW = ("purchase_one", "purchase_twenty", "settlement", "day_close")


def new_station(folder: Path, *, training: bool = False) -> Station:
    clock = ManualClock(datetime(2026, 11, 22, 9, 30, tzinfo=CHINA_TZ))
    station = Station.create(
        folder,
        code="GJ01",
        name="甘界村电商服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name="王站长",
        manager_pin="1234",
        training=training,
        clock=clock,
    )
    station.act_as(station.operators.list()[0])
    return station


def to_png(pdf: bytes, out: Path, dpi: int = 203) -> None:
    """First page of a PDF → PNG with pdftoppm (one pixel per printer dot at 203 dpi)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(src), str(out.with_suffix(""))],
            check=True,
        )
    with Image.open(out) as img:  # receipts are black and white: grey PNGs are a third the size
        gray = img.convert("L")
    gray.save(out, optimize=True)


def main(out_dir: Path = ROOT / "docs" / "receipts") -> list[Path]:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    made: list[Path] = []

    def emit(name: str, pdf: bytes, dpi: int = 203) -> None:
        path = out_dir / f"{name}.png"
        to_png(pdf, path, dpi)
        made.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        with new_station(Path(tmp) / "live") as station:
            cases = make_samples(station)
            for case, number in cases.items():
                if case == "label":
                    emit("label_58", label_pdf(station, number, "58"))
                    emit("label_80_named", label_pdf(station, number, "80", show_farmer=True))
                    continue
                data = receipt_data(station, number)
                emit(f"{case}_80", render(data, "80"))
                if case in NARROW:
                    emit(f"{case}_58", render(data, "58"))
            station.receipts.record_print(cases["purchase_one"])
            station.receipts.record_print(cases["purchase_one"])
            emit(
                "reprint_80",
                render(receipt_data(station, cases["purchase_one"], record_print=True), "80"),
            )
            emit("commission_statement_a4", commission_statement_pdf(station, "2026-11"), 100)
            emit("settlement_a4", statement_pdf(station, cases["settlement"]), 100)
        with new_station(Path(tmp) / "training", training=True) as station:
            cases = make_samples(station)
            emit("training_purchase_80", render(receipt_data(station, cases["purchase_one"]), "80"))
            emit("training_label_58", label_pdf(station, cases["label"], "58"))
    return made


if __name__ == "__main__":
    for path in main():
        print(path.relative_to(ROOT))
