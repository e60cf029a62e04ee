"""收购: the buy-back price lines the county publishes, and what it owes each station for the
produce bought at them (issue 16).

Any county user sees the active price lines and, per station, the reimbursement: paid to
farmers (of which the poor-household premium), handling fees, repaid, outstanding.  An
administrator publishes a price line, withdraws one, and records a repayment to a station the
way commission payments are recorded; stations pull all three at their next sync.

Every figure is ``server.buyback``'s.  Money is typed in yuan (``parse_yuan``), weights in the
line's unit or kg (``parse_quantity``), moisture and impurity in percent with one decimal
(``buyback_rules.parse_percent``); anything refused is answered in words, nothing written.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from ...core.buyback_rules import parse_percent
from ...core.errors import ServicePointError
from ...core.money import UNITS, parse_quantity, parse_rate_percent, parse_yuan
from .. import buyback
from ..statements import this_month
from . import station_money, texts, web
from .station_money import PaymentForm

router = APIRouter()
NAV = web.NavEntry("/buyback", "nav.buyback")
WEIGHT_UNITS = tuple(code for code, u in UNITS.items() if u.base == "g")
PIECE_UNITS = tuple(code for code, u in UNITS.items() if u.base == "piece")

# fmt: off
texts.add(
    {
        "nav.buyback": ("收购", "Buy-back"),
        "buyback.title": ("收购价目与垫付结算", "Buy-back prices and reimbursement"),
        "buyback.explain": ("收购：服务站按县定价当场付款给农户，货归收购方，发往县里；县中心再把垫付的货款和手续费付给服务站。"
                            "代销则是农户的货卖出后才结算，服务站只收佣金。",
                            "Buy-back: the point pays the farmer at the door at the county's price, the produce "
                            "belongs to the buyer and is shipped up; the county then repays the point what it "
                            "advanced plus a handling fee. Consignment pays the farmer only after the goods sell, "
                            "and the point keeps a commission."),
        "buyback.prices": ("有效的收购价目", "Price lines in force"),
        "buyback.prices_none": ("还没有发布收购价目。", "No price lines published yet."),
        "buyback.list": ("价目表", "List"),
        "buyback.product": ("品名", "Product"),
        "buyback.grade": ("等级", "Grade"),
        "buyback.unit": ("单位", "Unit"),
        "buyback.price": ("收购价（元/单位）", "Price (yuan/unit)"),
        "buyback.premium": ("贫困户加价（元/单位）", "Poor-household premium (yuan/unit)"),
        "buyback.fee": ("手续费（元/单位）", "Handling fee (yuan/unit)"),
        "buyback.valid": ("有效期", "Valid"),
        "buyback.valid_from": ("起", "From"),
        "buyback.valid_to": ("止", "To"),
        "buyback.quota": ("每站配额（单位数，可不填）", "Quota per station (units, optional)"),
        "buyback.max_load": ("每车上限（公斤，可不填）", "Max per load (kg, optional)"),
        "buyback.moisture_std": ("标准水分 %（可不填）", "Standard moisture % (optional)"),
        "buyback.moisture_step": ("每超 1 点扣重 %", "Weight deducted per point over, %"),
        "buyback.impurity_std": ("标准杂质 %（可不填）", "Standard impurity % (optional)"),
        "buyback.impurity_step": ("每超 1 点扣重 %", "Weight deducted per point over, %"),
        "buyback.rules": ("扣重规则", "Deductions"),
        "buyback.publish": ("发布收购价目", "Publish a price line"),
        "buyback.publish_button": ("发布", "Publish"),
        "buyback.publish_hint": ("发布后，各服务站下次同步时收到，只能按有效价目收购。同一品名等级同一天只能有一个价格。",
                                 "Stations receive it at their next sync and can buy only at a valid line. "
                                 "A product and grade has one price on any day."),
        "buyback.withdraw": ("停用", "Withdraw"),
        "buyback.viewer": ("只有管理员可以发布价目和记录付款。", "Only an administrator can publish prices and record payments."),
        "buyback.reimbursement": ("各站垫付结算", "Reimbursement per station"),
        "buyback.reimbursement_none": ("还没有服务站收购过。", "No station has bought anything yet."),
        "buyback.station": ("服务站", "Station"),
        "buyback.lots": ("批次", "Lots"),
        "buyback.paid_fen": ("付农户货款", "Paid to farmers"),
        "buyback.premium_fen": ("其中贫困户加价", "of which premium"),
        "buyback.fees_fen": ("手续费", "Handling fees"),
        "buyback.repaid_fen": ("县中心已付", "Repaid"),
        "buyback.outstanding_fen": ("未付", "Outstanding"),
        "buyback.total": ("合计", "Total"),
        "buyback.sums": ("未付 = 付农户货款 + 手续费 − 县中心已付。货款含抵扣农户欠款部分，作废的收购单已冲减；手续费在发货时计入，发货单作废时冲回。",
                         "Outstanding = paid to farmers + handling fees − repaid. Paid includes offsets against "
                         "farmers' debts, less voided purchases; fees accrue at dispatch and reverse when a "
                         "dispatch is voided."),
        "buyback.repay": ("记录县中心付给服务站的收购款", "Record a repayment to a station"),
        "buyback.period": ("所属月份", "For month"),
        "buyback.amount": ("金额（元）", "Amount (yuan)"),
        "buyback.method": ("付款方式", "Method"),
        "buyback.reference": ("凭证号（可不填）", "Reference (optional)"),
        "buyback.note": ("备注（可不填）", "Note (optional)"),
        "buyback.record": ("记录付款", "Record payment"),
        "buyback.repaid": ("已记录的付款", "Repayments recorded"),
        "buyback.paid_at": ("记录时间", "Recorded"),
        "buyback.by": ("经办人", "By"),
        "buyback.recent": ("最近收到的收购批次", "Lots received lately"),
        "buyback.trace": ("溯源码", "Trace code"),
        "buyback.weight": ("结算重量", "Paid weight"),
        "buyback.amount_col": ("金额", "Amount"),
        "buyback.voided": ("已作废", "voided"),
        "buyback.bad_field": ("{field}不对，什么也没有保存：{why}", "The {field} is not right; nothing was saved: {why}"),
        "done.buyback_published": ("已发布收购价目。服务站下次同步时会收到。",
                                   "The price line is published. Stations receive it at their next sync."),
        "done.buyback_withdrawn": ("已停用这条价目。服务站下次同步后不能再按它收购。",
                                   "The line is withdrawn. After their next sync stations can no longer buy at it."),
        "done.buyback_repaid": ("已记录付款。服务站下次同步时会收到。",
                                "The payment is recorded. The station receives it at its next sync."),
    }
)
# fmt: on


def _page(conn: Connection) -> dict[str, Any]:
    return {
        "prices": buyback.price_lines(conn),
        "figures": buyback.reimbursement(conn),
        "repaid": buyback.reimbursements(conn)[:50],
        "lots": buyback.lots_of(conn, None, 50),
        "stations": _stations(conn),
    }


def _stations(conn: Connection) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from .. import schema

    s = schema.stations
    return [(r.code, r.name) for r in conn.execute(select(s.c.code, s.c.name).order_by(s.c.code))]


@router.get("/buyback", response_class=HTMLResponse)
async def page(request: Request, user: web.PageLogin) -> HTMLResponse:
    data = await web.read(request, _page)
    return web.render(
        request,
        "buyback.html",
        user,
        **data,
        units=(*WEIGHT_UNITS, *PIECE_UNITS),
        unit_names={
            code: u.zh if web.language(request) != "en" else u.en for code, u in UNITS.items()
        },
        methods=station_money.METHODS,
        month=this_month(),
        columns=("paid_fen", "premium_fen", "fees_fen", "repaid_fen", "outstanding_fen"),
    )


def _read(request: Request, field: str, fn: Any, *args: Any) -> Any:
    """One typed field through the core's reader, or a page saying which field and why."""
    try:
        return fn(*args)
    except ServicePointError as error:
        why = texts.message(web.language(request), error.code, error.params)
        raise web.PageRefused(422, "buyback.bad_field", field=texts.text(web.language(request),
                              f"buyback.{field}"), why=why) from error  # fmt: skip


def _yuan_or_zero(text: str) -> int:
    return parse_yuan(text or "0", allow_zero=True)


@router.post("/buyback/prices")
async def publish(
    request: Request,
    user: web.AdminAction,
    list_code: Annotated[str, Form()] = "",
    product: Annotated[str, Form()] = "",
    grade: Annotated[str, Form()] = "",
    unit: Annotated[str, Form()] = "jin",
    price: Annotated[str, Form()] = "",
    premium: Annotated[str, Form()] = "",
    fee: Annotated[str, Form()] = "",
    valid_from: Annotated[str, Form()] = "",
    valid_to: Annotated[str, Form()] = "",
    quota: Annotated[str, Form()] = "",
    max_load: Annotated[str, Form()] = "",
    moisture_std: Annotated[str, Form()] = "",
    moisture_step: Annotated[str, Form()] = "",
    impurity_std: Annotated[str, Form()] = "",
    impurity_step: Annotated[str, Form()] = "",
) -> Response:
    """One price line from the form, every field read by the core's rules first."""
    unit = unit if unit in UNITS else "jin"
    line: dict[str, Any] = {
        "list_code": list_code.strip() or "COUNTY",
        "list_name": list_code.strip() or "COUNTY",
        "product": product.strip(),
        "grade": grade.strip(),
        "unit": unit,
        "price_fen": _read(request, "price", parse_yuan, price[:40]),
        "premium_fen": _read(request, "premium", _yuan_or_zero, premium[:40]),
        "fee_fen": _read(request, "fee", _yuan_or_zero, fee[:40]),
        "valid_from": valid_from.strip()[:10],
        "valid_to": valid_to.strip()[:10],
        "quota_base": _read(request, "quota", parse_quantity, quota[:40], unit)
        if quota.strip()
        else None,
        "max_load_base": _read(request, "max_load", parse_quantity, max_load[:40], "kg")
        if max_load.strip()
        else None,
    }
    for name, std, step in (
        ("moisture", moisture_std, moisture_step),
        ("impurity", impurity_std, impurity_step),
    ):
        if std.strip():
            line[f"{name}_std"] = _read(request, f"{name}_std", parse_percent, std[:20], name)
            line[f"{name}_step_bp"] = _read(
                request, f"{name}_step", parse_rate_percent, step[:20] or "0"
            )
    await web.act(
        request,
        user,
        "POST /buyback/prices",
        lambda n: f"{line['product']} {line['grade']}: {line['price_fen']} fen/{unit}",
        lambda conn: buyback.publish_price_lines(conn, [line], user.name),
    )
    return web.back("/buyback", "buyback_published")


@router.post("/buyback/prices/{line_id}/withdraw")
async def withdraw(request: Request, user: web.AdminAction, line_id: str) -> Response:
    await web.act(
        request,
        user,
        "POST /buyback/prices/withdraw",
        lambda row: f"{row['product']} {row['grade']} withdrawn",
        lambda conn: buyback.withdraw_price_line(conn, line_id[:64], user.name),
    )
    return web.back("/buyback", "buyback_withdrawn")


@router.post("/buyback/repayments")
async def repay(
    request: Request, user: web.AdminAction, form: Annotated[PaymentForm, Depends()]
) -> Response:
    """A repayment the county made to a station for buy-back (audited); the station pulls it."""
    field = texts.text(web.language(request), "buyback.amount")
    paid = form.read(
        request, lambda why: web.PageRefused(422, "buyback.bad_field", field=field, why=why)
    )
    await station_money.record(
        request, user, "POST /buyback/repayments", paid, buyback.record_reimbursement
    )
    return web.back("/buyback", "buyback_repaid")
