"""Any printout by the number printed on it: what the CLI's ``receipt pdf|print`` uses.

The window prints receipts, trace labels, the commission statement and (on A4) settlement
statements and Z reports; an operator or technician who has only the paper in hand reads one
number off it.  ``core.receipt_data.find_printable`` says what that number is; this renders it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.printables import Printable, find_printable
from .label import label_pdf
from .receipt import receipt_pdf
from .statements import commission_statement_pdf

if TYPE_CHECKING:
    from ..core.station import Station


def printable_pdf(
    station: Station, number: str, width: str | None = None
) -> tuple[Printable, bytes]:
    """The PDF of the printout ``number`` names, on ``width`` or its usual paper.

    Receipts count the print (a second copy says 重印/REPRINT); labels and the commission
    statement carry no copy count, as in the window.
    """
    found = find_printable(station, number)
    paper = width or found.default_width
    if found.kind == "receipt":
        return found, receipt_pdf(station, found.key, paper)
    if found.kind == "label":
        return found, label_pdf(station, found.key, paper)
    return found, commission_statement_pdf(station, found.key)
