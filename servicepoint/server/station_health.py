"""How each station is doing, as the console's 总览 shows it: where it is, when it last synced
(and why its last upload was refused, if one was), what it sent today, this month's money,
its open conflicts and its app version.  Also the writes that keep those facts: the sync
routes record a finished pull, a refused upload and the version a station reports.

This month's takings (collected), commission and due are the monthly statement's figures
(``statements.py``: the same queries over the month only, without the balances carried
forward, which the overview does not show and which read every month before).

"Today" and "this month" are China time, the stations' calendar (``CHINA_TZ``).  Changes
are stamped ``received_at`` in UTC (``county.now_stamp``), so today's start is turned into a
UTC stamp of the same text form and compared as text (index ``changes_received``, 0006).

Quiet: a station whose last successful sync is a day old or more is ``amber``, two days or
more ``red``; one that has never synced is ``never`` (counted quiet once it has enrolled:
before that there is nothing to wait for).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, update

from ..core.protocol import CHINA_TZ
from ..core.text import clean_name
from . import schema, statements
from .county import _clean, now_stamp
from .statements import next_month, this_month

#: The columns of ``overview`` a reader may sort by (``?sort=``).
SORTS = (
    "code",
    "name",
    "township",
    "village",
    "last_sync_at",
    "changes_today",
    "collected_fen",
    "commission_fen",
    "due_fen",
    "open_conflicts",
    "app_version",
)

NUMERIC = ("changes_today", "collected_fen", "commission_fen", "due_fen", "open_conflicts")


def health(last_sync_at: str | None, enrolled: bool, now: datetime) -> str:
    """``ok``, ``amber`` (a day or more since the last sync), ``red`` (two days or more),
    ``never`` (enrolled, never synced) or ``new`` (not enrolled yet)."""
    if last_sync_at is None:
        return "never" if enrolled else "new"
    quiet = now - datetime.fromisoformat(last_sync_at)
    if quiet >= timedelta(days=2):
        return "red"
    if quiet >= timedelta(days=1):
        return "amber"
    return "ok"


QUIET = ("amber", "red", "never")


def _today_start(now: datetime) -> str:
    """The start of today in China, as a UTC stamp comparable with ``received_at``."""
    day = now.astimezone(CHINA_TZ).date()
    start = datetime.combine(day, time(0), tzinfo=CHINA_TZ).astimezone(UTC)
    return start.isoformat(timespec="milliseconds")


def overview(
    conn: Connection,
    now: datetime | None = None,
    township: str | None = None,
    sort: str = "code",
    descending: bool = False,
) -> dict[str, Any]:
    """Every station (of ``township`` if given) with its health and figures, sorted, plus
    the townships there are and how many stations are quiet."""
    now = now or datetime.now(UTC)
    s, ch, cf = schema.stations, schema.changes, schema.conflicts
    today: dict[str, int] = dict(
        conn.execute(
            select(ch.c.station, func.count())
            .where(ch.c.received_at >= _today_start(now))
            .group_by(ch.c.station)
        ).all()
    )
    conflicts: dict[str, int] = dict(
        conn.execute(
            select(cf.c.station, func.count())
            .where(cf.c.resolved_at.is_(None))
            .group_by(cf.c.station)
        ).all()
    )
    month = this_month(now)
    collected = statements._collected(conn, month, next_month(month))
    commission = statements._commission(conn, "purchase", month, next_month(month))
    rows = []
    query = select(s).order_by(s.c.code)
    if township:
        query = query.where(s.c.township == township)
    for st in conn.execute(query):
        took, kept = collected.get(st.code, 0), commission.get(st.code, 0)
        rows.append(
            {
                "code": st.code,
                "name": st.name,
                "township": st.township or "",
                "village": st.village or "",
                "active": bool(st.active),
                "enrolled": st.enrolled_at is not None,
                "last_sync_at": st.last_sync_at,
                "health": health(st.last_sync_at, st.enrolled_at is not None, now),
                "last_failure": st.last_failure,
                "last_failure_at": st.last_failure_at,
                "changes_today": int(today.get(st.code, 0)),
                "collected_fen": took,
                "commission_fen": kept,
                "due_fen": took - kept,
                "open_conflicts": int(conflicts.get(st.code, 0)),
                "app_version": st.app_version or "",
            }
        )
    key = sort if sort in SORTS else "code"
    rows.sort(key=lambda r: r[key] if key in NUMERIC else r[key] or "", reverse=descending)
    townships = sorted(t for (t,) in conn.execute(select(s.c.township).distinct()) if t)
    return {
        "month": month,
        "stations": rows,
        "townships": townships,
        "quiet": sum(1 for r in rows if r["health"] in QUIET),
    }


def station(conn: Connection, code: str) -> dict[str, Any] | None:
    """One station's row (``stations``) with its live device, or None."""
    s = schema.stations
    row = conn.execute(select(s).where(s.c.code == code.upper())).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out.pop("secret", None)
    t = schema.tokens
    out["live_tokens"] = int(
        conn.execute(
            select(func.count()).where(t.c.station == row.code, t.c.revoked_at.is_(None))
        ).scalar()
        or 0
    )
    return out


def set_place(conn: Connection, code: str, township: str | None, village: str | None) -> bool:
    """Set where a station is (None keeps what is there, "" clears it); False if there is
    no such station."""
    values = {
        field: _clean_place(value, field)
        for field, value in (("township", township), ("village", village))
        if value is not None
    }
    s = schema.stations
    found = conn.execute(select(s.c.code).where(s.c.code == code.upper())).scalar()
    if found is None:
        return False
    if values:
        conn.execute(update(s).where(s.c.code == found).values(**values))
    return True


def _clean_place(value: str | None, field: str) -> str | None:
    text = (value or "").strip()
    return _clean(clean_name, text, field) if text else None


# -- recorded by the sync routes ------------------------------------------------------------


def record_sync(conn: Connection, station: str) -> None:
    """A pull of ``station`` reached the end: its sync went through."""
    conn.execute(
        update(schema.stations)
        .where(schema.stations.c.code == station)
        .values(last_sync_at=now_stamp())
    )


def record_failure(conn: Connection, station: str, code: str) -> None:
    """The county refused an upload of ``station`` with ``code`` (a message key)."""
    conn.execute(
        update(schema.stations)
        .where(schema.stations.c.code == station)
        .values(last_failure=code[:80], last_failure_at=now_stamp())
    )


def record_version(conn: Connection, station: str, version: str | None) -> None:
    """The app version a station's handshake reported (kept as sent, at most 40 chars)."""
    if not version:
        return
    s = schema.stations
    conn.execute(
        update(s)
        .where(s.c.code == station, (s.c.app_version.is_(None)) | (s.c.app_version != version))
        .values(app_version=version.strip()[:40])
    )
