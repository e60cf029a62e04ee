"""扶贫监测: per township and village over a chosen period, by month — households served and
poor households served, purchases for poor households, income paid to them in cash and by
offset — as tables, an SVG chart and a CSV/XLSX export; and the watch list: registered poor
households no point paid in the last 90 days, per village, so the county knows whom to visit.

The figures are ``poverty.py``'s (the station's own poverty report, computed from the synced
records), grouped by ``poverty_view``; the watch list shows only what the county holds of a
farmer (name, village group, card number masked to its last four).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from ...core.money import format_yuan
from .. import poverty, poverty_view
from ..poverty_exports import poverty_file
from . import charts, texts, web

router = APIRouter()
NAV = web.NavEntry("/poverty", "nav.poverty")
WATCH_DAYS = 90
#: Months the page shows when no period is chosen: this one and the five before it.
DEFAULT_MONTHS = 6
#: Above this many villages, a page for the whole county lists townships, each a link to its
#: villages: a county of 500 villages made two 500-row tables (350 kB) no one can read.
VILLAGE_ROWS = 60

# fmt: off
texts.add(
    {
        "poverty.title": ("扶贫监测", "Poverty alleviation"),
        "poverty.township": ("乡镇", "Township"),
        "poverty.all_townships": ("全部乡镇", "All townships"),
        "poverty.summary": ("登记贫困户 {registered} 户；这段时间服务农户 {all} 户，其中贫困户 {poor} 户；"
                            "付给贫困户收入 {income} 元。",
                            "{registered} registered poor households; in this period {all} households "
                            "served, {poor} of them poor; income paid to poor households {income} yuan."),
        "poverty.by_month": ("按月", "By month"),
        "poverty.by_village": ("按乡镇和村", "By township and village"),
        "poverty.chart": ("每月为贫困户代购和付给贫困户的收入", "Purchases for and income paid to poor households by month"),
        "poverty.month": ("月份", "Month"),
        "poverty.village": ("村", "Village"),
        "poverty.stations": ("服务站", "Stations"),
        "poverty.registered": ("登记贫困户", "Registered poor"),
        "poverty.households_served": ("服务农户", "Households served"),
        "poverty.poor_households_served": ("服务贫困户", "Poor households served"),
        "poverty.purchases_for_poor_fen": ("为贫困户代购", "Purchases for poor"),
        "poverty.payouts_to_poor_fen": ("收入：现金", "Income in cash"),
        "poverty.offsets_for_poor_fen": ("收入：抵扣欠款", "Income by offset"),
        "poverty.income_to_poor_fen": ("收入合计", "Income total"),
        "poverty.buyback_for_poor_fen": ("其中收购货款", "of which produce bought"),
        "poverty.buyback_premium_for_poor_fen": ("其中贫困户加价", "of which premium"),
        "poverty.total": ("合计", "Total"),
        "poverty.unset": ("（未填写）", "(not set)"),
        "poverty.counts_note": ("户数在每一行的时间段内去重：同一户在几个月都被服务，按月各算一次，整段时间只算一次。"
                                "乡镇和村在站点页填写。",
                                "Households are counted once within each row's span: one served in several months "
                                "counts in each month but once over the period. Township and village are set on the "
                                "station page."),
        "poverty.none": ("这段时间没有服务记录，也没有登记的贫困户。",
                         "No services in this period and no registered poor households."),
        "poverty.export": ("导出", "Export"),
        "poverty.csv": ("CSV 表格", "CSV"),
        "poverty.xlsx": ("Excel 表格", "Excel (XLSX)"),
        "watch.title": ("需要走访的贫困户", "Poor households to visit"),
        "watch.hint": ("登记的贫困户中，最近 {days} 天（截至 {today}）在任何服务站都没有收到收入（现金或抵扣欠款）的，共 {n} 户。"
                       "只显示县里可以保存的信息：姓名、村民组和贫困户卡号后四位。",
                       "Registered poor households paid no income (cash or offset) at any point in the last {days} "
                       "days (to {today}): {n}. Only what the county may hold is shown: the name, the village "
                       "group and the last four characters of the poverty card."),
        "watch.none": ("最近 {days} 天每一户登记的贫困户都收到过收入。",
                       "Every registered poor household was paid income in the last {days} days."),
        "watch.village_group": ("村民组", "Village group"),
        "watch.name": ("姓名", "Name"),
        "watch.card": ("贫困户卡号", "Poverty card"),
        "watch.station": ("服务站", "Station"),
        "watch.registered_on": ("登记日期", "Registered"),
        "watch.last_income_on": ("上次收入", "Last income"),
        "watch.never": ("从未", "never"),
        "watch.households": ("要走访的户数", "Households to visit"),
        "watch.show": ("看名单", "List them"),
        "watch.pick": ("点村后面的“看名单”，列出这个村要走访的贫困户。",
                       "Choose “List them” beside a village to see its households to visit."),
        "poverty.by_township": ("按乡镇（村很多：点乡镇看它的各村）", "By township (many villages: choose a township to see its villages)"),
        "poverty.villages": ("村数", "Villages"),
        "poverty.show_villages": ("看各村", "Its villages"),
        "watch.by_township": ("各乡镇要走访的户数；点乡镇看它的各村。", "Households to visit per township; choose a township to see its villages."),
        "watch.list_of": ("{township}{village}要走访的贫困户", "Households to visit in {village}, {township}"),
    }
)
# fmt: on


def _default_start(today: date) -> date:
    year, month = today.year, today.month - (DEFAULT_MONTHS - 1)
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _period(day_from: str, day_to: str) -> tuple[date, date]:
    if not day_from and not day_to:
        today = poverty.china_today()
        return _default_start(today), today
    return web.period(day_from, day_to)


def _page(
    conn: Connection, start: date, end: date, township: str, chosen: tuple[str, str] | None
) -> dict[str, Any]:
    return {
        # the page shows no station-by-month rows: only the export reads them
        "report": poverty_view.report(conn, start, end, township, with_detail=False),
        "watch": poverty_view.watch(conn, poverty.china_today(), WATCH_DAYS, township, chosen),
    }


def _chart(lang: str, months: list[dict[str, Any]]) -> Any:
    t = texts.translator(lang)
    return charts.bars(
        [m["month"] for m in months],
        [
            (css, t(f"poverty.{key}"), [m[key] for m in months])
            for css, key in (
                ("bar-takings", "purchases_for_poor_fen"),
                ("bar-commission", "payouts_to_poor_fen"),
                ("bar-offset", "offsets_for_poor_fen"),
            )
        ],
        t("poverty.chart"),
        fmt=format_yuan,
    )


@router.get("/poverty", response_class=HTMLResponse)
async def poverty_page(
    request: Request,
    user: web.PageLogin,
    day_from: Annotated[str, Query(alias="from")] = "",
    day_to: Annotated[str, Query(alias="to")] = "",
    township: Annotated[str, Query()] = "",
    watch_township: Annotated[str, Query()] = "",
    watch_village: Annotated[str, Query()] = "",
) -> HTMLResponse:
    start, end = _period(day_from, day_to)
    township = township.strip()[:60]
    # The watch list is counted per village on the page, and one village's households are
    # listed when it is chosen: a county has tens of thousands of poor households, and a
    # page naming them all would take seconds to send and be no use to read.
    chosen = (watch_township.strip()[:60], watch_village.strip()[:60])
    asked = chosen if watch_township or watch_village else None
    data = await web.read(request, _page, start, end, township, asked)
    watch = data["watch"]
    return web.render(
        request,
        "poverty.html",
        user,
        report=data["report"],
        by_township=not township and len(data["report"]["villages"]) > VILLAGE_ROWS,
        watch_by_township=not township and len(watch["villages"]) > VILLAGE_ROWS,
        watch=watch,
        watch_chosen=(
            None
            if watch["households"] is None
            else {"township": chosen[0], "village": chosen[1], "households": watch["households"]}
        ),
        watch_days=WATCH_DAYS,
        today=poverty.china_today().isoformat(),
        start=start.isoformat(),
        end=end.isoformat(),
        township=township,
        columns=poverty_view.COLUMNS,
        chart=_chart(web.language(request), data["report"]["months"]),
    )


@router.get("/poverty/export")
async def export(
    request: Request,
    user: web.PageLogin,
    day_from: Annotated[str, Query(alias="from")] = "",
    day_to: Annotated[str, Query(alias="to")] = "",
    township: Annotated[str, Query()] = "",
    format: Annotated[str, Query()] = "xlsx",
) -> Response:
    """The figures of the page as a file, in the reader's language."""
    if format not in ("csv", "xlsx"):
        raise web.PageRefused(422, "export.bad_format")
    start, end = _period(day_from, day_to)
    data = await web.read(request, poverty_view.report, start, end, township.strip()[:60])
    lang: Literal["zh", "en"] = "en" if web.language(request) == "en" else "zh"
    content, media_type, disposition = poverty_file(
        data, start.isoformat(), end.isoformat(), format, lang
    )
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )
