"""佣金: the monthly commission statement of every station (brought forward, collected,
commission kept, due to the county, remitted, outstanding, what the county paid) with the
total; the statement as CSV, XLSX and a printable A4 PDF; and, for an administrator, a
commission payment recorded for a station and month, which the station pulls at its next sync.

Every figure is ``statements.monthly_statement``'s, the files are ``exports.statement_file``'s
and a payment is ``county.record_payment`` — the same the JSON API (``/v1/county/statements``,
``POST /v1/county/payments``) uses, so the page, the files and the API agree to the fen.  The
amount is typed in yuan and read with ``core.money.parse_yuan``: anything it refuses (empty,
zero, negative, three decimals, absurd) is answered in words before anything is written.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from .. import commission_view, county
from ..exports import Format, statement_file
from ..statements import monthly_statement, this_month
from . import station_money, texts, web
from .station_money import PaymentForm

router = APIRouter()
NAV = web.NavEntry("/commission", "nav.commission")

# fmt: off
texts.add(
    {
        "commission.title": ("佣金对账单", "Commission statement"),
        "commission.month": ("对账月份", "Month"),
        "commission.show": ("查看", "Show"),
        "commission.stations": ("共 {n} 个服务站，金额单位：元", "Stations: {n}; amounts in yuan"),
        "commission.none": ("还没有服务站。", "No stations yet."),
        "commission.export": ("导出", "Export"),
        "commission.csv": ("CSV 表格", "CSV"),
        "commission.xlsx": ("Excel 表格", "Excel (XLSX)"),
        "commission.pdf": ("打印对账单（A4 PDF）", "Printable statement (A4 PDF)"),
        "commission.code": ("站号", "Code"),
        "commission.name": ("名称", "Station"),
        "commission.brought_forward_fen": ("上月结转", "Brought forward"),
        "commission.collected_fen": ("代收货款", "Collected"),
        "commission.commission_fen": ("本站佣金", "Commission kept"),
        "commission.due_fen": ("应交县中心", "Due to county"),
        "commission.remitted_fen": ("已上缴", "Remitted"),
        "commission.outstanding_fen": ("未结清", "Outstanding"),
        "commission.county_paid_fen": ("县中心已付", "County paid"),
        "commission.total": ("合计", "Total"),
        "commission.explain": ("应交县中心 = 代收货款 − 本站佣金；未结清 = 上月结转 + 应交县中心 − 已上缴。"
                               "已上缴按上缴单所属月份计。代销佣金是服务站自己的收入，不在此表。",
                               "Due to county = collected − commission kept; outstanding = brought forward "
                               "+ due − remitted. A remittance counts for the month it pays for. "
                               "Consignment commission is the station's own income and is not in this table."),
        "commission.pay": ("记录县中心付给服务站的佣金", "Record a commission payment to a station"),
        "commission.pay_hint": ("记下后，服务站下次同步时会收到，并显示在它的月度对账单“县中心已付”一栏。",
                                "Once recorded, the station receives it at its next sync and shows it "
                                "as \u201ccounty paid\u201d in its monthly statement."),
        "commission.station": ("服务站", "Station"),
        "commission.period": ("所属月份", "For month"),
        "commission.amount": ("金额（元）", "Amount (yuan)"),
        "commission.method": ("付款方式", "Method"),
        "commission.reference": ("凭证号（可不填）", "Reference (optional)"),
        "commission.note": ("备注（可不填）", "Note (optional)"),
        "commission.ref": ("凭证号", "Reference"),
        "commission.note_col": ("备注", "Note"),
        "commission.record": ("记录付款", "Record payment"),
        "commission.viewer": ("只有管理员可以记录付款。", "Only an administrator can record a payment."),
        "commission.paid": ("本月已记录的付款", "Payments recorded for this month"),
        "commission.paid_none": ("这个月还没有记录付款。", "No payments recorded for this month."),
        "commission.paid_at": ("记录时间", "Recorded"),
        "commission.by": ("经办人", "By"),
        "commission.bad_amount": ("金额不对，什么也没有保存：{why}",
                                  "The amount is not right; nothing was saved: {why}"),
        "commission.pick_station": ("请选一个服务站，什么也没有保存。",
                                    "Choose a station; nothing was saved."),
        "export.bad_format": ("没有这种文件格式。", "There is no such file format."),
        "method.bank": ("银行转账", "bank transfer"),
        "method.mobile": ("移动支付", "mobile payment"),
        "method.cash": ("现金", "cash"),
        "done.paid": ("已记录付款。服务站下次同步时会收到。",
                      "The payment is recorded. The station receives it at its next sync."),
    }
)
# fmt: on


def _page(conn: Connection, month: str) -> dict[str, Any]:
    return {
        "statement": monthly_statement(conn, month),
        "payments": commission_view.payments_for(conn, month),
    }


@router.get("/commission", response_class=HTMLResponse)
async def commission(
    request: Request, user: web.PageLogin, month: Annotated[str, Query()] = ""
) -> HTMLResponse:
    chosen = station_money.read_month(request, month)
    data = await web.read(request, _page, chosen)
    return web.render(
        request,
        "commission.html",
        user,
        statement=data["statement"],
        payments=data["payments"],
        month=chosen,
        latest=this_month(),
        methods=station_money.METHODS,
        columns=(
            "brought_forward_fen",
            "collected_fen",
            "commission_fen",
            "due_fen",
            "remitted_fen",
            "outstanding_fen",
            "county_paid_fen",
        ),
    )


@router.get("/commission/export")
async def export(
    request: Request,
    user: web.PageLogin,
    month: Annotated[str, Query()] = "",
    format: Annotated[str, Query()] = "xlsx",
) -> Response:
    """The statement as a file in the reader's language (the PDF opens to be printed)."""
    if format not in ("csv", "xlsx", "pdf"):
        raise web.PageRefused(422, "export.bad_format")
    chosen = station_money.read_month(request, month)
    statement = await web.read(request, monthly_statement, chosen)
    lang: Literal["zh", "en"] = "en" if web.language(request) == "en" else "zh"
    content, media_type, disposition = statement_file(statement, cast(Format, format), lang)
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
    )


@router.post("/commission/payments")
async def record_payment(
    request: Request, user: web.AdminAction, form: Annotated[PaymentForm, Depends()]
) -> Response:
    """A payment the county made to a station for a month (audited); the station pulls it."""
    paid = form.read(request, lambda why: web.PageRefused(422, "commission.bad_amount", why=why))
    await station_money.record(
        request, user, "POST /commission/payments", paid, county.record_payment
    )
    return web.back(f"/commission?month={paid.period}", "paid")
