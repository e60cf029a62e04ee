"""How long a receipt takes to build, against a bare reportlab canvas with the same text.

    python -m bench.bench_receipts [--runs 200]

Measured in one run, each a ``perf_counter`` median over ``--runs`` builds:

- **receipt**: ``printing.receipt.render`` of an 80 mm purchase receipt (the one-line sample
  order, with its QR) from a ready ``ReceiptData`` — layout, wrapping, QR encoding and
  drawing, font subsetting, PDF bytes;
- **receipt + data**: the same with ``receipt_data`` read from the station first (SQL included);
- **bare canvas**: a reportlab ``Canvas`` of the same page size drawing exactly the strings
  the receipt draws, at the same positions and sizes in the same font, and saving — the floor
  any reportlab receipt pays.

Targets (issue 3): receipt ≤ 1.5 × bare canvas and < 40 ms.  Font registration happens once
per process, before timing.  The QR cache is cleared before each build so every run encodes
its QR, as a new receipt would.  Results also go to ``bench/out/receipts.json``.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.core.receipt_data import ReceiptData, receipt_data
from servicepoint.printing import fonts
from servicepoint.printing.layout import Text, qr_modules
from servicepoint.printing.receipt import layout_receipt, render
from servicepoint.printing.samples import make_samples

OUT = Path(__file__).resolve().parent / "out"


def medians_ms(fns: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median time of each function, run in turn (interleaved, so drift hits all alike)."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            qr_modules.cache_clear()
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def bare_canvas(data: ReceiptData) -> Callable[[], bytes]:
    """A function drawing the receipt's strings, positioned, on a plain canvas."""
    flow = layout_receipt(data, "80")
    texts = [op for op in flow.pages[0] if isinstance(op, Text)]
    width, height = flow.paper.width, flow.height()

    def build() -> bytes:
        buf = io.BytesIO()
        c = Canvas(
            buf,
            pagesize=(width, height),
            invariant=True,
            pageCompression=0,
            initialFontName=fonts.FONT,
        )
        for op in texts:
            c.setFont(fonts.FONT, op.size)
            c.drawString(op.x, height - op.y, op.text)
        c.showPage()
        c.save()
        return buf.getvalue()

    return build


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    fonts.register()
    register_ms = (time.perf_counter() - start) * 1000
    with tempfile.TemporaryDirectory() as tmp:
        clock = ManualClock(datetime(2026, 11, 22, 9, 30, tzinfo=CHINA_TZ))
        station = Station.create(
            Path(tmp) / "s",
            code="GJ01",
            name="甘界村电商服务站",
            village="甘界村",
            township="城关镇",
            county="示范县",
            manager_name="王站长",
            manager_pin="1234",
            clock=clock,
        )
        with station:
            station.act_as(station.operators.list()[0])
            number = make_samples(station)["purchase_one"]
            data = receipt_data(station, number)
            bare = bare_canvas(data)
            for _ in range(20):  # warm up: first subsetting, imports, caches of reportlab
                render(data, "80")
                bare()
            results = {
                "font_register_ms": register_ms,
                **medians_ms(
                    {
                        "receipt_ms": lambda: render(data, "80"),
                        "bare_canvas_ms": bare,
                        "receipt_with_data_ms": lambda: render(receipt_data(station, number), "80"),
                        "receipt_58_ms": lambda: render(data, "58"),
                    },
                    args.runs,
                ),
            }
    results["ratio"] = results["receipt_ms"] / results["bare_canvas_ms"]
    print(f"{'measure':<26}{'median':>12}")
    for key, value in results.items():
        print(f"{key:<26}{value:>12.2f}")
    ok = results["ratio"] <= 1.5 and results["receipt_ms"] < 40
    print(f"targets (ratio <= 1.5, receipt < 40 ms): {'met' if ok else 'NOT met'}")
    OUT.mkdir(exist_ok=True)
    (OUT / "receipts.json").write_text(
        json.dumps(
            {
                "runs": args.runs,
                "python": sys.version.split()[0],
                "machine": platform.machine(),
                **results,
            },
            indent=2,
        )
    )
    return results


if __name__ == "__main__":
    main()
