"""A4 statements: the monthly commission statement, and any receipt printed full-page.

The county files statements on A4; the same flow layout as the roll receipts is used at A4
width so a statement and a receipt show the same figures in the same order.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.printables import buyback_statement_data, commission_statement_data
from ..core.receipt_data import receipt_data
from .receipt import render

if TYPE_CHECKING:
    from ..core.station import Station


def commission_statement_pdf(station: Station, month: str) -> bytes:
    """The monthly commission statement (``YYYY-MM``) as an A4 PDF."""
    return render(commission_statement_data(station, month), "a4")


def save_commission_statement_pdf(station: Station, month: str, path: str | Path) -> Path:
    out = Path(path)
    out.write_bytes(commission_statement_pdf(station, month))
    return out


def statement_pdf(station: Station, number: str, *, record_print: bool = True) -> bytes:
    """A receipt on A4 (the settlement statement a farmer files, the Z report for the binder)."""
    return render(receipt_data(station, number, record_print=record_print), "a4")


def dispatch_manifest_pdf(station: Station, number: str, *, record_print: bool = True) -> bytes:
    """A dispatch (发货单) as its A4 manifest: every lot's trace code, product and weight, and
    the handling fee each earns, with a line for the receiver to sign (issue 16)."""
    return render(receipt_data(station, number, record_print=record_print), "a4")


def buyback_statement_pdf(station: Station, month: str) -> bytes:
    """The monthly buy-back statement (``YYYY-MM``) as an A4 PDF."""
    return render(buyback_statement_data(station, month), "a4")


def save_pickup_list_pdf(station: Station, day: str, path: str | Path) -> Path:
    """The day's parcel pickup list (``core/parcel_printables.py``) as an A4 PDF."""
    from ..core.parcel_printables import pickup_list_data

    out = Path(path)
    out.write_bytes(render(pickup_list_data(station, day), "a4"))
    return out
