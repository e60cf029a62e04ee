"""Serving county-owned data to a station from its cursor.

A cursor is ``<server id>:<position in county_log>``.  Each record's whole new state is logged
on every change, so pulling from any cursor yields the latest state of everything changed
since; ``compact`` may drop superseded entries without breaking any cursor.  A cursor the
server cannot serve — from another server (the county database was replaced or restored), or
beyond the log's end — is answered with ``reset: true`` and the log from the start: a full
snapshot, which the station applies as upserts.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select

from . import schema

PAGE = 500


def pull(
    conn: Connection, server_id: str, station: str, cursor: str | None, limit: int = PAGE
) -> dict[str, Any]:
    log = schema.county_log
    newest = int(conn.execute(select(func.coalesce(func.max(log.c.cursor), 0))).scalar() or 0)
    position, reset = 0, True
    if cursor:
        server, _, number = cursor.partition(":")
        if server == server_id and number.isdigit() and int(number) <= newest:
            position, reset = int(number), False
    rows = conn.execute(
        select(log.c.cursor, log.c.entity, log.c.record_id, log.c.payload)
        .where(log.c.cursor > position, or_(log.c.station.is_(None), log.c.station == station))
        .order_by(log.c.cursor)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].cursor if rows else (newest if not more else position)
    if not rows:
        last = max(position, newest)
    return {
        "reset": reset,
        "cursor": f"{server_id}:{last}",
        "more": more,
        "changes": [
            {"entity": r.entity, "id": r.record_id, "payload": json.loads(r.payload)} for r in rows
        ],
    }


def compact(conn: Connection) -> int:
    """Drop log entries superseded by a newer entry for the same record; returns how many."""
    log = schema.county_log
    newer = log.alias("newer")
    superseded = select(log.c.cursor).where(
        select(newer.c.cursor)
        .where(
            and_(
                newer.c.entity == log.c.entity,
                newer.c.record_id == log.c.record_id,
                newer.c.cursor > log.c.cursor,
            )
        )
        .exists()
    )
    ids = [r[0] for r in conn.execute(superseded)]
    for start in range(0, len(ids), 500):
        conn.execute(delete(log).where(log.c.cursor.in_(ids[start : start + 500])))
    return len(ids)
