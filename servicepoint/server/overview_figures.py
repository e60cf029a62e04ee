"""The figures of the console's overview (总览): every station on one page.

Per station: its last successful sync (the newest cursor update of any of its devices, UTC),
the changes the county received from it today (China's calendar day, since stations and
officers live by it), this month's takings, commission and due to the county (exactly the
monthly statement's ``collected``, ``commission`` and ``due``, ``statements.py``), and its
conflicts.  Each figure is one grouped query over all stations, so the page costs the same
handful of queries for 5 stations or 500.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from ..core.protocol import CHINA_TZ
from . import schema, statements


def day_bounds_utc(day: date) -> tuple[str, str]:
    """China's calendar ``day`` as [start, end) in the county's UTC stamps
    (``county.now_stamp``: ISO text with milliseconds, so text order is time order)."""
    start = datetime.combine(day, time.min, CHINA_TZ).astimezone(UTC)
    end = start + timedelta(days=1)
    return (start.isoformat(timespec="milliseconds"), end.isoformat(timespec="milliseconds"))


def last_sync(conn: Connection) -> dict[str, str]:
    """Per station: when the county last acknowledged a push (``cursors.updated_at``, UTC)."""
    c = schema.cursors
    query = select(c.c.station, func.max(c.c.updated_at)).group_by(c.c.station)
    return {station: at for station, at in conn.execute(query) if at}


def changes_received(conn: Connection, day: date) -> dict[str, int]:
    """Per station: changes the county stored on China's calendar ``day``."""
    ch = schema.changes
    start, end = day_bounds_utc(day)
    query = (
        select(ch.c.station, func.count())
        .where(ch.c.received_at >= start, ch.c.received_at < end)
        .group_by(ch.c.station)
    )
    return {station: int(n) for station, n in conn.execute(query)}


def conflict_counts(conn: Connection) -> dict[str, int]:
    """Per station: the conflicts the county recorded for it."""
    c = schema.conflicts
    query = select(c.c.station, func.count()).group_by(c.c.station)
    return {station: int(n) for station, n in conn.execute(query)}


def overview(conn: Connection, today: date) -> list[dict[str, Any]]:
    """One row per registered station, in code order: ``code``, ``name``, ``county``,
    ``enrolled_at``, ``active``, ``last_sync`` (UTC or None), ``changes_today``, and this
    month's ``takings_fen``, ``commission_fen`` and ``due_fen``, and ``conflicts``."""
    month = today.strftime("%Y-%m")
    end = statements.next_month(month)
    collected = statements._collected(conn, month, end)
    commission = statements._commission(conn, "purchase", month, end)
    synced = last_sync(conn)
    received = changes_received(conn, today)
    conflicts = conflict_counts(conn)
    s = schema.stations
    rows = []
    for code, name, county, enrolled, active in conn.execute(
        select(s.c.code, s.c.name, s.c.county, s.c.enrolled_at, s.c.active).order_by(s.c.code)
    ):
        takings, kept = collected.get(code, 0), commission.get(code, 0)
        rows.append(
            {
                "code": code,
                "name": name,
                "county": county,
                "enrolled_at": enrolled,
                "active": bool(active),
                "last_sync": synced.get(code),
                "changes_today": received.get(code, 0),
                "takings_fen": takings,
                "commission_fen": kept,
                "due_fen": takings - kept,
                "conflicts": conflicts.get(code, 0),
            }
        )
    return rows
