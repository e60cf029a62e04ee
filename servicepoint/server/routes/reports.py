"""County reports over the stations' synced records (county login needed)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import Connection

from .. import poverty
from ..deps import CountyUser, DbDep
from ..reports import daily_sums, summary
from ..transfer import check_days

router = APIRouter(prefix="/v1/county/reports", tags=["reports"])


def period(
    day_from: Annotated[str, Query(alias="from")], day_to: Annotated[str, Query(alias="to")]
) -> tuple[str, str]:
    """The ``from`` and ``to`` days of a report, checked (``day_malformed``,
    ``period_reversed``)."""
    check_days(day_from, day_to)
    return day_from, day_to


Period = Annotated[tuple[str, str], Depends(period)]


@router.get("/summary")
def report_summary(_user: CountyUser, db: DbDep, days: Period) -> dict[str, Any]:
    return db.read(summary, *days)


@router.get("/daily")
def report_daily(
    _user: CountyUser,
    db: DbDep,
    station: str,
    days: Period,
) -> dict[str, Any]:
    return {"station": station.upper(), "days": db.read(daily_sums, station.upper(), *days)}


@router.get("/poverty")
def report_poverty(
    _user: CountyUser,
    db: DbDep,
    days: Period,
    by_month: bool = False,
) -> dict[str, Any]:
    """The poverty-alleviation figures per station (and month), with each station's
    registered poor households and the county's total (``poverty.py``)."""
    day_from, day_to = days

    def read(conn: Connection) -> dict[str, Any]:
        rows = poverty.figures(conn, day_from, day_to, by_month=by_month)
        registered = poverty.registered_poor(conn)
        return {
            "from": day_from,
            "to": day_to,
            "rows": rows,
            "registered_poor": registered,
            "total": poverty.add_up(rows),
        }

    return db.read(read)


@router.get("/poverty/watch")
def report_poverty_watch(
    _user: CountyUser, db: DbDep, days: Annotated[int, Query(ge=7, le=730)] = 90
) -> dict[str, Any]:
    """Registered poor households no point paid in the last ``days`` days (China time)."""
    today = poverty.china_today()
    rows = db.read(poverty.watch_list, today, days)
    return {"today": today.isoformat(), "days": days, "households": rows}
