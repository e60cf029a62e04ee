"""County reports over the stations' synced records (county login needed)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..deps import CountyUser, DbDep
from ..reports import daily_sums, summary
from ..transfer import check_days

router = APIRouter(prefix="/v1/county/reports", tags=["reports"])


@router.get("/summary")
def report_summary(
    _user: CountyUser,
    db: DbDep,
    day_from: Annotated[str, Query(alias="from")],
    day_to: Annotated[str, Query(alias="to")],
) -> dict[str, Any]:
    check_days(day_from, day_to)
    return db.read(summary, day_from, day_to)


@router.get("/daily")
def report_daily(
    _user: CountyUser,
    db: DbDep,
    station: str,
    day_from: Annotated[str, Query(alias="from")],
    day_to: Annotated[str, Query(alias="to")],
) -> dict[str, Any]:
    check_days(day_from, day_to)
    return {
        "station": station.upper(),
        "days": db.read(daily_sums, station.upper(), day_from, day_to),
    }
