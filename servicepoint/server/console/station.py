"""站点: one station — takings and commission by day for a chosen period (a table and a bar
chart), consignment stock and settlements due, poor households served, recent receipts and
how a scan of each would answer, the notices it pulls; and, for an administrator, where it
is, a new enrolment code for a technician, and revoking its device.

Every figure is the storage layer's (``station_view``, ``poverty.figures``), the same the
JSON reports give.  A new enrolment code is shown once, on the answer to the form, and never
put in an address or a log.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from ...core.money import format_yuan
from .. import county, parcel_view, poverty, station_health, station_view
from . import charts, texts, web

router = APIRouter()
NAV = web.NavEntry("/stations", "nav.station")

# fmt: off
texts.add(
    {
        "station.list": ("服务站", "Stations"),
        "station.pick": ("选一个服务站查看。", "Pick a station to see it."),
        "station.title": ("{code} {name}", "{code} {name}"),
        "station.place": ("所在地", "Where it is"),
        "station.save_place": ("保存所在地", "Save place"),
        "station.daily": ("每日代收与佣金", "Takings and commission by day"),
        "station.day": ("日期", "Day"),
        "station.takings": ("代收", "Takings"),
        "station.commission": ("佣金（含代销）", "Commission (incl. consignment)"),
        "station.total": ("合计", "Total"),
        "station.no_days": ("这段时间没有代收或佣金。", "No takings or commission in this period."),
        "station.stock": ("代销库存", "Consignment stock"),
        "station.stock_none": ("县里收到的记录中，本站没有在库的代销货品。",
                               "The records the county holds show no consignment goods on hand."),
        "station.trace": ("追溯码", "Trace code"),
        "station.product": ("产品", "Product"),
        "station.grade": ("等级", "Grade"),
        "station.farmer": ("农户", "Farmer"),
        "station.taken_in": ("入库", "Taken in"),
        "station.on_hand": ("在库", "On hand"),
        "station.due": ("待结算", "Settlements due"),
        "station.due_none": ("县里收到的记录中，本站没有待结算的代销款。",
                             "The records the county holds show no consignment money due to farmers."),
        "station.sales": ("笔数", "Sales"),
        "station.net_due": ("应付农户", "Net due"),
        "station.poor": ("服务贫困户", "Poor households served"),
        "station.poor_line": ("这段时间服务农户 {all} 户，其中贫困户 {poor} 户；付给贫困户收入 {income} 元。",
                              "In this period {all} households served, {poor} of them poor; "
                              "income paid to poor households {income} yuan."),
        "station.receipts": ("最近的收据", "Recent receipts"),
        "station.number": ("收据号", "Number"),
        "station.kind": ("类型", "Kind"),
        "station.amount": ("金额", "Amount"),
        "station.when": ("时间", "When"),
        "station.standing": ("查验结果", "Check result"),
        "standing.valid": ("真", "genuine"),
        "standing.voided": ("已作废", "voided"),
        "standing.void": ("作废单", "void slip"),
        "station.receipts_none": ("县里还没有收到本站的收据。", "The county holds no receipts of this station yet."),
        "station.notices": ("发给本站的通知", "Notices sent to this station"),
        "station.notices_none": ("还没有发过通知。", "No notices have been sent."),
        "station.enrolment": ("登记", "Enrolment"),
        "station.enrolled": ("已登记：{at}；有效令牌 {n} 个。", "Enrolled: {at}; {n} live token(s)."),
        "station.not_enrolled": ("还没有登记。", "Not enrolled yet."),
        "station.issue": ("发新登记码", "Issue an enrolment code"),
        "station.issue_hint": ("新登记码会让此前给本站的登记码作废，{days} 天内有效。",
                               "A new code ends every earlier code of this station; it is valid for {days} days."),
        "station.new_code": ("新登记码（念给或抄给技术员，只显示这一次）：",
                             "New enrolment code (read or copy it to the technician; shown this once):"),
        "station.revoke": ("停用本站电脑", "Revoke the device"),
        "station.revoke_confirm": ("确定停用 {code} 的电脑吗？停用后它不能再同步，直到用新登记码重新登记。",
                                   "Revoke the device of {code}? It cannot sync again until it enrols with a new code."),
        "station.revoke_yes": ("确定停用", "Yes, revoke"),
        "station.cancel": ("取消", "Cancel"),
        "station.admin_only": ("只有管理员可以登记或停用。", "Only an administrator can enrol or revoke."),
        "receipt.purchase": ("代购收据", "purchase"),
        "receipt.pickup": ("取货单", "pickup"),
        "receipt.cancel": ("取消退款单", "cancellation refund"),
        "receipt.return": ("退货退款单", "return refund"),
        "receipt.intake": ("代销入库单", "consignment intake"),
        "receipt.sale": ("代销销售单", "consignment sale"),
        "receipt.stock_return": ("退还农户单", "goods returned to farmer"),
        "receipt.spoilage": ("损耗记录单", "spoilage"),
        "receipt.settlement": ("结算付款单", "settlement payout"),
        "receipt.repayment": ("还款收据", "repayment"),
        "receipt.remittance": ("上缴县中心单", "remittance to county"),
        "receipt.day_close": ("日结单", "day close"),
        "receipt.banking": ("现金存行单", "cash banked"),
        "receipt.void": ("作废单", "void slip"),
        "receipt.parcel_send": ("快递代发单", "parcel sent"),
        "receipt.courier_fee": ("快递费收款单", "courier fee received"),
        "station.parcels": ("快递代收代发（件）", "Parcels in and out"),
        "station.parcels_in": ("代收", "In"),
        "station.parcels_out": ("代发", "Out"),
        "station.parcels_none": ("这段时间本站没有报来快递件数。",
                                 "The station reported no parcels in this period."),
        "done.revoked": ("已停用本站电脑的令牌。", "The station's device tokens are revoked."),
        "done.place": ("已保存所在地。", "The place is saved."),
    }
)
# fmt: on


def _page(conn: Connection, code: str, start: date, end: date) -> dict[str, Any] | None:
    row = station_health.station(conn, code)
    if row is None:
        return None
    code, first, last = row["code"], start.isoformat(), end.isoformat()
    served = poverty.add_up(poverty.figures(conn, first, last, station=code))
    return {
        "station": row,
        "daily": station_view.daily(conn, code, first, last),
        "stock": station_view.stock(conn, code),
        "due": station_view.settlements_due(conn, code),
        "receipts": station_view.recent_receipts(conn, code),
        "notices": station_view.notices(conn, station=code),
        "served": served,
        "parcels": parcel_view.station_days(conn, code, first, last),
    }


def _chart(lang: str, start: date, end: date, days: list[dict[str, Any]]) -> Any:
    by_day = {d["day"]: d for d in days}
    span = [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]
    t = texts.translator(lang)
    return charts.bars(
        [d[5:] for d in span],
        [
            (
                "bar-takings",
                t("station.takings"),
                [by_day.get(d, {}).get("takings_fen", 0) for d in span],
            ),
            (
                "bar-commission",
                t("station.commission"),
                [by_day.get(d, {}).get("commission_fen", 0) for d in span],
            ),
        ],
        t("station.daily"),
        fmt=format_yuan,
    )


async def _show(
    request: Request, user: web.ConsoleUser, code: str, day_from: str, day_to: str, **extra: Any
) -> HTMLResponse:
    start, end = web.period(day_from, day_to)
    data = await web.read(request, _page, code, start, end)
    if data is None:
        raise web.PageRefused(404, "error.not_found", code=code.upper()[:12])
    total = {key: sum(d[key] for d in data["daily"]) for key in ("takings_fen", "commission_fen")}
    return web.render(
        request,
        "station.html",
        user,
        data=data,
        start=start.isoformat(),
        end=end.isoformat(),
        total=total,
        chart=_chart(web.language(request), start, end, data["daily"]),
        valid_days=county.ENROLMENT_VALID_DAYS,
        **extra,
    )


@router.get("/stations", response_class=HTMLResponse)
async def stations(request: Request, user: web.PageLogin) -> HTMLResponse:
    data = await web.read(request, station_health.overview)
    return web.render(request, "stations.html", user, stations=data["stations"])


@router.get("/stations/{code}", response_class=HTMLResponse)
async def station(
    request: Request,
    code: str,
    user: web.PageLogin,
    day_from: Annotated[str, Query(alias="from")] = "",
    day_to: Annotated[str, Query(alias="to")] = "",
) -> HTMLResponse:
    return await _show(request, user, code, day_from, day_to)


@router.post("/stations/{code}/place")
async def set_place(
    request: Request,
    code: str,
    user: web.AdminAction,
    township: Annotated[str, Form()] = "",
    village: Annotated[str, Form()] = "",
) -> Response:
    def work(conn: Connection) -> bool:
        if not station_health.set_place(conn, code, township, village):
            raise web.PageRefused(404, "error.not_found", code=code.upper()[:12])
        return True

    await web.act(
        request,
        user,
        "POST /stations/{code}/place",
        lambda _r: f"station {code.upper()[:12]}",
        work,
    )
    return web.back(f"/stations/{code.upper()}", "place")


@router.post("/stations/{code}/enrolment", response_class=HTMLResponse)
async def issue_code(request: Request, code: str, user: web.AdminAction) -> HTMLResponse:
    """A new one-time enrolment code, shown once in large grouped letters."""

    def work(conn: Connection) -> str:
        row = station_health.station(conn, code)
        if row is None:
            raise web.PageRefused(404, "error.not_found", code=code.upper()[:12])
        return county.add_station(conn, row["code"], row["name"], row["county"])

    new_code = await web.act(
        request,
        user,
        "POST /stations/{code}/enrolment",
        lambda _c: f"station {code.upper()[:12]}: new enrolment code",
        work,
    )
    return await _show(request, user, code, "", "", new_code=new_code)


@router.get("/stations/{code}/revoke", response_class=HTMLResponse)
async def revoke_form(request: Request, code: str, user: web.PageLogin) -> HTMLResponse:
    """The confirm step before a device is revoked."""
    row = await web.read(request, station_health.station, code)
    if row is None:
        raise web.PageRefused(404, "error.not_found", code=code.upper()[:12])
    return web.render(request, "revoke.html", user, station=row)


@router.post("/stations/{code}/revoke")
async def revoke(request: Request, code: str, user: web.AdminAction) -> Response:
    await web.act(
        request,
        user,
        "POST /stations/{code}/revoke",
        lambda n: f"station {code.upper()[:12]}: {n} token(s) revoked",
        lambda conn: county.revoke_station(conn, code),
    )
    return web.back(f"/stations/{code.upper()}", "revoked")
