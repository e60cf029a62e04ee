"""快递: parcels in and out per village per day across the county (``parcel_view``), the
counts the stations' parcel desks send; no recipient, name or phone ever reaches the county.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from .. import parcel_view
from . import texts, web

router = APIRouter()
NAV = web.NavEntry("/parcels", "nav.parcels")

# fmt: off
texts.add(
    {
        "nav.parcels": ("快递", "Parcels"),
        "parcels.title": ("各村每日快递收发", "Parcels in and out per village and day"),
        "parcels.hint": ("服务站只报件数：收件人、姓名和电话留在站里。",
                         "Stations report counts only: recipients, names and phones stay at the station."),
        "parcels.day": ("日期", "Day"),
        "parcels.township": ("乡镇", "Township"),
        "parcels.village": ("村", "Village"),
        "parcels.in": ("代收（件）", "In (parcels)"),
        "parcels.out": ("代发（件）", "Out (parcels)"),
        "parcels.total": ("合计", "Total"),
        "parcels.none": ("这段时间没有快递记录。", "No parcels in this period."),
    }
)
# fmt: on


@router.get("/parcels", response_class=HTMLResponse)
async def parcels(
    request: Request,
    user: web.PageLogin,
    day_from: Annotated[str, Query(alias="from")] = "",
    day_to: Annotated[str, Query(alias="to")] = "",
) -> HTMLResponse:
    start, end = web.period(day_from, day_to)
    rows = await web.read(request, parcel_view.village_days, start.isoformat(), end.isoformat())
    total = {k: sum(r[k] for r in rows) for k in ("parcels_in", "parcels_out")}
    return web.render(
        request,
        "parcels.html",
        user,
        rows=rows,
        total=total,
        start=start.isoformat(),
        end=end.isoformat(),
    )
