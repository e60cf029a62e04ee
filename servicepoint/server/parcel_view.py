"""Parcels in and out per village per day (issue 17): the seeds' last-mile logistics figure.

Stations send ``parcel_days`` — one record per station and day with two counts and nothing
about any recipient — so these reads are all the county can know of the parcel desk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from . import schema


def station_days(
    conn: Connection, station: str, day_from: str, day_to: str
) -> list[dict[str, Any]]:
    """One station's days in the period that have parcels, oldest first."""
    t = schema.records["parcel_days"]
    rows = conn.execute(
        select(t.c.day, t.c.parcels_in, t.c.parcels_out)
        .where(t.c.station == station, t.c.day >= day_from, t.c.day <= day_to)
        .order_by(t.c.day)
    )
    return [{"day": r.day, "parcels_in": r.parcels_in, "parcels_out": r.parcels_out} for r in rows]


def village_days(conn: Connection, day_from: str, day_to: str) -> list[dict[str, Any]]:
    """Per village (its township) and day, the counts of every station there, newest day
    first; a station whose place is not set yet counts under its own code."""
    t, s = schema.records["parcel_days"], schema.stations
    village = func.coalesce(s.c.village, s.c.code)
    rows = conn.execute(
        select(
            t.c.day,
            s.c.township,
            village.label("village"),
            func.sum(t.c.parcels_in).label("parcels_in"),
            func.sum(t.c.parcels_out).label("parcels_out"),
        )
        .join(s, s.c.code == t.c.station)
        .where(t.c.day >= day_from, t.c.day <= day_to)
        .group_by(t.c.day, s.c.township, village)
        .order_by(t.c.day.desc(), s.c.township, village)
    )
    return [
        {
            "day": r.day,
            "township": r.township,
            "village": r.village,
            "parcels_in": int(r.parcels_in),
            "parcels_out": int(r.parcels_out),
        }
        for r in rows
    ]
