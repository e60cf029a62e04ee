"""What the console's commission page reads besides the statement (``statements.py``): the
payments the county recorded for a month, newest first, so an officer sees what was already
paid before paying again.  Storage layer only: no page, no words."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from . import schema


def payments_for(conn: Connection, month: str) -> list[dict[str, Any]]:
    """The county's commission payments whose period is ``month``, newest first."""
    cp = schema.county_payments
    query = (
        select(
            cp.c.id,
            cp.c.station,
            cp.c.period,
            cp.c.amount_fen,
            cp.c.method,
            cp.c.reference,
            cp.c.note,
            cp.c.paid_at,
            cp.c.created_by,
        )
        .where(cp.c.period == month)
        .order_by(cp.c.paid_at.desc(), cp.c.id)
    )
    return [dict(row._mapping) for row in conn.execute(query)]
