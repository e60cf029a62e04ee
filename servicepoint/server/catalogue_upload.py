"""A catalogue CSV checked before it is published (the console's 商品与佣金率 page).

The county officer uploads the file, sees every row with what it would do (add an item,
change one) or why it cannot be kept, and publishes only a file with no bad row.  The preview
runs each row exactly as the import will (``county.import_catalogue_row``) inside a savepoint
that is rolled back, so a row is judged with the rows above it applied (a category named in
row 2 is there for row 3) and nothing is kept: the same checks, not a second copy of them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from ..core.messages import render
from . import county
from .errors import Refusal


def preview_catalogue_csv(conn: Connection, text: str) -> dict[str, Any]:
    """Every row of the file with ``row`` (its line number), ``sku``, ``name``, ``category``,
    ``price`` as typed, and either ``action`` (``added`` / ``updated``) or ``error`` and
    ``error_en``; ``ok`` when no row has an error.  Nothing is kept.

    A file that cannot be read at all raises the :class:`Refusal` the import would."""
    rows = county.catalogue_csv_rows(text)
    out: list[dict[str, Any]] = []
    whole = conn.begin_nested()
    try:
        for number, raw in enumerate(rows, start=2):
            shown = {
                "row": number,
                "sku": str(raw.get("sku") or ""),
                "name": str(raw.get("name") or ""),
                "category": str(raw.get("category") or ""),
                "price": str(raw.get("price") or ""),
            }
            row = conn.begin_nested()
            try:
                shown["action"] = county.import_catalogue_row(conn, raw)
                row.commit()  # kept for the rows below, until ``whole`` rolls back
            except Refusal as refusal:
                row.rollback()
                shown["error"] = render(refusal.code, "zh_CN", refusal.params)
                shown["error_en"] = render(refusal.code, "en", refusal.params)
            out.append(shown)
    finally:
        whole.rollback()
    return {"ok": all("error" not in r for r in out), "rows": out}
