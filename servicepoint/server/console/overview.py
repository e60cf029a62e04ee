"""总览: every station on one page — where it is, when it last synced (amber after a day,
red after two, with the reason of its last refused upload), what it sent today, this month's
money, its open conflicts and its app version; sortable, filtered by township, with the
number of quiet stations.  The figures are ``station_health.overview``'s."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from .. import station_health
from ..versions import too_old
from . import texts, web

router = APIRouter()
NAV = web.NavEntry("/", "nav.overview")

# fmt: off
texts.add(
    {
        "overview.title": ("各服务站总览", "All stations"),
        "overview.quiet": ("{n} 个服务站超过一天没有同步", "{n} stations have not synced for a day or more"),
        "overview.all_ok": ("所有服务站一天内都同步过", "Every station has synced within a day"),
        "overview.township": ("乡镇", "Township"),
        "overview.all_townships": ("全部乡镇", "All townships"),
        "overview.filter": ("筛选", "Filter"),
        "overview.stations": ("共 {n} 个服务站", "{n} stations"),
        "overview.month": ("金额为本月（{month}）", "Money for this month ({month})"),
        "col.code": ("站号", "Code"),
        "col.name": ("名称", "Name"),
        "col.township": ("乡镇", "Township"),
        "col.village": ("村", "Village"),
        "col.last_sync_at": ("上次同步", "Last sync"),
        "col.changes_today": ("今日收到记录", "Changes today"),
        "col.collected_fen": ("本月代收", "Takings"),
        "col.commission_fen": ("本月代购佣金", "Purchase commission"),
        "col.due_fen": ("应交县中心", "Due to county"),
        "col.open_conflicts": ("未处理冲突", "Open conflicts"),
        "col.app_version": ("软件版本", "App version"),
        "health.ok": ("正常", "in time"),
        "health.amber": ("超过一天", "over a day"),
        "health.red": ("超过两天", "over two days"),
        "health.never": ("从未同步", "never synced"),
        "health.new": ("未登记", "not enrolled"),
        "overview.last_failure": ("上次失败：{reason}（{at}）", "Last failure: {reason} ({at})"),
        "overview.too_old": ("低于本县要求的 {min}，同步会被拒绝", "older than the {min} this county requires: its syncs are refused"),
        "overview.none": ("还没有服务站。用 servicepoint county add-station 登记第一个。",
                          "No stations yet. Register the first with servicepoint county add-station."),
    }
)
# fmt: on


@router.get("/", response_class=HTMLResponse)
async def overview(
    request: Request,
    user: web.PageLogin,
    township: Annotated[str, Query()] = "",
    sort: Annotated[str, Query()] = "code",
    desc: Annotated[str, Query()] = "0",
) -> HTMLResponse:
    township = township[:60]
    db = web.db_of(request)
    data = await run_in_threadpool(
        db.read,
        station_health.overview,
        township=township or None,
        sort=sort,
        descending=desc == "1",
    )
    lang = web.language(request)
    minimum = db.config.min_client_version
    for row in data["stations"]:
        row["failure_text"] = (
            texts.message(lang, row["last_failure"], {}) if row["last_failure"] else ""
        )
        # a station older than `county serve --min-client-version` is refused (426) before
        # any route, so no failure is recorded: the version column says why it is quiet
        row["too_old"] = bool(
            minimum and row["app_version"] and too_old(row["app_version"], minimum)
        )
    return web.render(
        request,
        "overview.html",
        user,
        data=data,
        township=township,
        sort=sort if sort in station_health.SORTS else "code",
        desc=desc == "1",
        columns=station_health.SORTS,
        numeric=station_health.NUMERIC,
        minimum=minimum,
    )
