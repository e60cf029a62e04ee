"""What a printed receipt says, as plain data: one :class:`ReceiptData` for any receipt number.

The printing layer lays this out for a 58 mm or 80 mm roll or A4 and knows nothing of SQL; the
GUI can show the same data on screen.  Privacy is decided here, once: phones are masked, and
poverty-card and ID numbers are never read into a ``ReceiptData`` at all, so no layout can
print them.  Each receipt carries a QR payload with an HMAC over its canonical fields made with
the station's secret, so the county server (which holds the secret from enrolment) can tell a
genuine receipt from a forged or altered one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import numbering
from .consignment import CHANNELS, Batch
from .money import format_quantity, format_yuan, unit
from .order_refs import compact
from .parcel_sends import day_close_fields as _parcel_day
from .parcel_sends import receipt_parts as _parcel
from .payments import for_receipt
from .protocol import QrFields as QrFields
from .protocol import parse_payload as parse_payload
from .protocol import receipt_payload as receipt_payload
from .protocol import receipt_url
from .protocol import trace_payload as trace_payload
from .protocol import verify_payload as verify_payload
from .purchasing import STATUS_ZH, Line
from .receipt_facts import order_as_issued
from .receipts import KINDS, Receipt
from .text import mask_phone

if TYPE_CHECKING:
    from .station import Station

METHOD_ZH = {"cash": "现金", "mobile": "移动支付", "account": "记账(赊账)"}  # as the window says


@dataclass(frozen=True)
class Item:
    """One printed line: a name (wrapped when long), a detail line and an amount."""

    name: str
    detail: str = ""
    amount_fen: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Pair:
    label: str
    value: str


@dataclass(frozen=True)
class Amount:
    label: str
    amount_fen: int
    strong: bool = False
    note: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """Everything one printed receipt, slip or statement shows (money in integer fen)."""

    kind: str
    title: str
    number: str
    station_code: str
    station_name: str
    operator: str
    issued_at: str
    printed_at: str
    amount_fen: int
    mac: str
    qr_payload: str
    party: tuple[Pair, ...] = ()
    fields: tuple[Pair, ...] = ()
    items: tuple[Item, ...] = ()
    totals: tuple[Amount, ...] = ()
    payments: tuple[Amount, ...] = ()
    notes: tuple[str, ...] = ()
    signature: str | None = None
    reprint: int = 0
    training: bool = False
    voided_by: str | None = None
    #: The check-page URL around ``qr_payload`` (``protocol.receipt_url``, issue 14) once the
    #: station has pulled the county's public address; None before, and on every statement.
    qr_url: str | None = None

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the check-page URL when there is one, else the payload."""
        return self.qr_url or self.qr_payload


@dataclass(frozen=True)
class LabelData:
    """A traceability label for one consignment batch; the farmer's name only if chosen."""

    trace_code: str
    product: str
    grade: str | None
    quantity: str
    village: str
    intake_date: str
    station_code: str
    station_name: str
    qr_payload: str
    mac: str
    farmer_name: str | None = None
    training: bool = False


# -- building ------------------------------------------------------------------------------------


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


def _day(stamp: str) -> str:
    return stamp[:10].replace("-", "")


def _yuan(fen: int) -> str:
    return format_yuan(fen, symbol="¥")


def _price(quantity_base: int, unit_code: str, unit_price_fen: int) -> str:
    qty = format_quantity(quantity_base, unit_code)
    return f"{qty} × {_yuan(unit_price_fen)}/{unit(unit_code).zh}"


@dataclass
class _Parts:
    party: list[Pair] = field(default_factory=list)
    fields: list[Pair] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    totals: list[Amount] = field(default_factory=list)
    payments: list[Amount] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    signature: str | None = None


def _farmer_village(station: Station, village_group: str | None) -> str:
    return station.identity.village + (village_group or "")


def _party(station: Station, farmer_id: str | None, parts: _Parts) -> None:
    """Name, masked phone and village; never the poverty card or ID number."""
    if farmer_id is None:
        return
    f = station.farmers.get(farmer_id)
    parts.party.append(Pair("农户", f.name))
    if f.phone:
        parts.party.append(Pair("电话", mask_phone(f.phone)))
    parts.party.append(Pair("村组", _farmer_village(station, f.village_group)))


def _payments(station: Station, receipt: Receipt, parts: _Parts) -> None:
    for p in for_receipt(station, receipt.id):
        out = p.amount_fen < 0
        label = ("退回" if out else "") + METHOD_ZH[p.method]
        if receipt.kind in ("settlement", "remittance", "banking", "buyback") and out:
            label = "付出 " + METHOD_ZH[p.method]
        parts.payments.append(Amount(label, abs(p.amount_fen), note=p.reference or ""))
        if p.tendered_fen is not None and p.change_fen:
            parts.payments.append(Amount("  实收现金", p.tendered_fen))
            parts.payments.append(Amount("  找零", p.change_fen))


def _order_items(lines: list[Line], parts: _Parts) -> None:
    for li in lines:
        name = li.name + (f"（{li.platform}）" if li.platform else "")
        parts.items.append(
            Item(
                name,
                _price(li.quantity_base, li.unit, li.unit_price_fen),
                li.line_total_fen,
                "已退货" if li.returned else "",
            )
        )


def _order_reason(station: Station, order_id: str, event: str) -> str | None:
    row = station.records.one(
        "SELECT detail FROM order_events WHERE order_id = ? AND event = ? "
        "ORDER BY created_at DESC LIMIT 1",
        (order_id, event),
    )
    return None if row is None else row["detail"]


def _purchase(station: Station, r: Receipt, parts: _Parts) -> None:
    # The order as this receipt was issued (core/receipt_facts.py): a copy printed after a
    # pickup, a return or a platform number added later still says what it said at the counter.
    order, status = order_as_issued(station, r)
    _party(station, r.farmer_id, parts)
    if r.kind != "purchase":
        parts.fields.append(Pair("原收据", order.number))
    parts.fields.append(Pair("订单状态", STATUS_ZH[status]))
    numbers = compact(order.platform_refs)  # each with its platform
    if numbers:
        parts.fields.append(Pair("平台单号", numbers))
    if r.kind == "return":
        returned = {
            x["line_id"]: x
            for x in station.records.all(
                "SELECT line_id, reason FROM order_returns WHERE receipt_id = ?", (r.id,)
            )
        }
        _order_items([li for li in order.lines if li.id in returned], parts)
        reason = next(iter(returned.values()))["reason"] if returned else None
    else:
        _order_items(order.lines, parts)
        reason = _order_reason(station, order.id, "cancelled") if r.kind == "cancel" else None
    count = len(parts.items)
    if r.kind in ("cancel", "return"):
        parts.totals.append(Amount(f"退款合计（{count}项）", -r.amount_fen, strong=True))
        parts.signature = "农户签字（确认收到退款）"
    else:
        parts.totals.append(Amount(f"合计（{count}项）", r.amount_fen, strong=True))
    if reason:
        parts.notes.append(f"原因：{reason}")
    if r.kind == "pickup":
        parts.signature = "农户签字（确认已取货）"
    elif r.kind == "purchase" and r.amount_fen == 0:
        parts.notes.append("本单金额为零，无需付款。")
    if r.kind == "purchase":
        parts.notes.append("凭此单到服务站取货；到货后我们会通知您。")


def _batch_fields(batch: Batch, parts: _Parts) -> None:
    parts.fields.append(Pair("追溯码", batch.trace_code))
    parts.fields.append(Pair("品名", batch.product + (f"（{batch.grade}）" if batch.grade else "")))


def _intake(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    batch = station.consignment.batch(r.ref_id)
    _party(station, r.farmer_id, parts)
    _batch_fields(batch, parts)
    parts.fields.append(Pair("入库数量", format_quantity(batch.quantity_base, batch.unit)))
    if batch.floor_price_fen is not None:
        parts.fields.append(Pair("最低价", f"{_yuan(batch.floor_price_fen)}/{unit(batch.unit).zh}"))
    parts.fields.append(Pair("代销佣金", f"{batch.commission_bp / 100:g}%"))
    parts.notes.append("商品售出后与您结算：售价 − 佣金 − 约定费用。")
    parts.signature = "农户签字（确认交货）"


def _sale(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    sale = station.consignment.sale(r.ref_id)
    batch = station.consignment.batch(sale.batch_id)
    farmer = station.farmers.get(batch.farmer_id)
    if sale.buyer:
        parts.party.append(Pair("买方", sale.buyer))
    parts.fields.append(Pair("追溯码", batch.trace_code))
    parts.fields.append(Pair("产地", _farmer_village(station, farmer.village_group)))
    parts.fields.append(Pair("渠道", CHANNELS.get(sale.channel, sale.channel)))
    name = batch.product + (f"（{batch.grade}）" if batch.grade else "")
    parts.items.append(
        Item(name, _price(sale.quantity_base, batch.unit, sale.unit_price_fen), sale.amount_fen)
    )
    parts.totals.append(Amount("合计", sale.amount_fen, strong=True))


def _stock_out(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    batch = station.consignment.batch(r.ref_id)
    _party(station, r.farmer_id, parts)
    _batch_fields(batch, parts)
    # Reason and quantity are the receipt's own columns (written at issue; back-filled for
    # older receipts by migration 0005), never searched for in the audit log.
    if r.quantity_base is not None:
        label = "退还数量" if r.kind == "stock_return" else "损耗数量"
        parts.fields.append(Pair(label, format_quantity(r.quantity_base, batch.unit)))
    if r.reason:
        parts.notes.append(f"原因：{r.reason}")
    if r.kind == "stock_return":
        parts.signature = "农户签字（确认领回）"


def _settlement(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    s = station.settlement.get(r.ref_id)
    _party(station, r.farmer_id, parts)
    for line in s["lines"]:
        sale = station.consignment.sale(line["sale_id"])
        batch = station.consignment.batch(sale.batch_id)
        when = sale.created_at[5:10]
        parts.items.append(
            Item(
                f"{when} {batch.product}{'（' + batch.grade + '）' if batch.grade else ''}",
                _price(sale.quantity_base, batch.unit, sale.unit_price_fen),
                sale.amount_fen,
                f"佣金 {_yuan(sale.commission_fen)}",
            )
        )
    parts.totals.append(Amount(f"销售额（{len(s['lines'])}笔）", s["proceeds_fen"]))
    parts.totals.append(Amount("减：佣金", -s["commission_fen"]))
    for fee in s["fees"]:
        parts.totals.append(Amount(f"减：{fee['description']}", -fee["amount_fen"]))
    if s["offset_fen"]:
        parts.totals.append(Amount("减：抵扣欠款", -s["offset_fen"]))
    parts.totals.append(Amount("实付农户", s["payout_fen"], strong=True))
    parts.signature = "农户签字（确认收到付款）"


def _repayment(station: Station, r: Receipt, parts: _Parts) -> None:
    _party(station, r.farmer_id, parts)
    parts.totals.append(Amount("还款金额", r.amount_fen, strong=True))


def _remittance(station: Station, r: Receipt, parts: _Parts) -> None:
    row = station.records.one("SELECT period FROM remittances WHERE id = ?", (r.ref_id,))
    if row:
        parts.fields.append(Pair("所属月份", row["period"]))
    parts.totals.append(Amount("上缴金额", r.amount_fen, strong=True))
    parts.signature = "经手人签字"


def _banking(station: Station, r: Receipt, parts: _Parts) -> None:
    parts.totals.append(Amount("存行金额", r.amount_fen, strong=True))
    parts.signature = "经手人签字"


def _day_close(station: Station, r: Receipt, parts: _Parts) -> None:
    """The Z report: every figure as stored or as it stood at the close's cut-off, so a
    reprint after later sales shows exactly what the first print showed."""
    assert r.ref_id is not None
    row = station.reports.close_of(r)
    parts.fields.append(Pair("营业日", r.ref_id))
    if row is None:  # the close row is written with its receipt; never apart
        parts.signature = "站长签字"
        return
    detail = station.reports.close_detail(row)
    drawer = detail.drawer
    for m in detail.by_method:
        parts.items.append(
            Item(
                METHOD_ZH.get(m.method, m.method),
                f"收 {_yuan(m.received_fen)}  付 {_yuan(m.paid_out_fen)}",
                m.net_fen,
            )
        )
    parts.fields.append(Pair("新订单", str(detail.orders_placed)))
    parts.fields.append(Pair("已取货", str(detail.orders_completed)))
    parts.fields.append(Pair("收据张数", str(detail.receipts_issued)))
    _parcel_day(station, r.ref_id, parts, until=row["created_at"])
    parts.fields.append(Pair("上次点钞", _when(drawer.since) if drawer.since else "期初现金"))
    parts.totals += [
        Amount("期初现金", row["opening_cash_fen"]),
        Amount("现金收入", row["cash_in_fen"]),
        Amount("现金支出", -row["cash_out_fen"]),
        Amount("应有现金", row["expected_cash_fen"]),
        Amount("实点现金", row["counted_cash_fen"], strong=True),
        Amount("差额（长+ 短−）", row["difference_fen"], strong=True),
    ]
    if drawer.earlier_days:
        days = "、".join(d[5:] for d in drawer.earlier_days)
        parts.notes.append(
            f"包含之前未日结的 {days} 的现金收支（净额 {_yuan(drawer.earlier_cash_fen)}）。"
        )
    if drawer.later_days:
        days = "、".join(d[5:] for d in drawer.later_days)
        parts.notes.append(
            f"本次点钞在 {_when(row['created_at'])}，包含 {days} 的现金收支"
            f"（净额 {_yuan(drawer.later_cash_fen)}）。"
        )
    parts.notes.append("现金收支 = 上次点钞之后到本次点钞为止的全部现金。")
    if row["note"]:
        parts.notes.append(f"备注：{row['note']}")
    parts.signature = "站长签字"


def _void(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.voids_receipt_id is not None
    original = station.receipts.get(r.voids_receipt_id)
    # The void names whoever the voided document named, and nobody else: a sale's slip names
    # its buyer, not the farmer whose produce it was (that farmer is on the void's record for
    # the farmer's history, but the buyer takes this slip home).
    named = _Parts()
    _BUILDERS[original.kind](station, original, named)
    parts.party += named.party
    parts.fields += [
        Pair("作废原单", original.number),
        Pair("原单类型", original.title_zh),
        Pair("原单时间", _when(original.created_at)),
    ]
    if r.approved_by:
        parts.fields.append(Pair("批准人", station.operators.get(r.approved_by).name))
    parts.totals.append(Amount("原单金额", original.amount_fen, strong=True))
    if r.reason:
        parts.notes.append(f"原因：{r.reason}")
    parts.notes.append("原单保留，不被替换；本单冲销其全部款项。")
    parts.signature = "签字"


# The buy-back slips (issue 16) are built in their own module from the helpers above.
from .receipt_buyback import BUYBACK_BUILDERS  # noqa: E402  (reads the names defined above)

_BUILDERS = {
    **BUYBACK_BUILDERS,
    "purchase": _purchase,
    "pickup": _purchase,
    "cancel": _purchase,
    "return": _purchase,
    "intake": _intake,
    "sale": _sale,
    "stock_return": _stock_out,
    "spoilage": _stock_out,
    "settlement": _settlement,
    "repayment": _repayment,
    "remittance": _remittance,
    "day_close": _day_close,
    "banking": _banking,
    "parcel_send": _parcel,
    "courier_fee": _parcel,
    "void": _void,
}
assert set(_BUILDERS) == set(KINDS)


def receipt_data(station: Station, number_or_id: str, *, record_print: bool = False) -> ReceiptData:
    """The data of one receipt.

    With ``record_print`` the print is counted first (``receipts.record_print``) and this copy
    gets that copy number: 0 is the original, 1 and up are reprints.  Without it (a preview,
    or re-rendering the last copy) the copy number is the last one counted.
    """
    r = station.receipts.get(number_or_id)
    if record_print:
        copy_no = station.receipts.record_print(r.number)
    else:
        copy_no = station.receipts.reprint_count(r.number)
    parts = _Parts()
    _BUILDERS[r.kind](station, r, parts)
    _payments(station, r, parts)
    block = numbering.block_of_receipt(station, r.year, r.seq)
    if block is not None:
        # The visible mark of a fresh block (core/numbering.py): a reader who sees a jump in
        # the numbers knows why.
        parts.notes.append(
            f"新号段：本站从备份恢复后从 {station.code}-{block.period}-"
            f"{block.first_seq:06d} 起编号，之前的号码没有重复使用。"
        )
    identity = station.identity
    void = station.receipts.void_of(r.id)
    payload = receipt_payload(
        station.secret, identity.code, r.number, r.amount_fen, _day(r.created_at), r.id
    )
    return ReceiptData(
        kind=r.kind,
        title=KINDS[r.kind],
        number=r.number,
        station_code=identity.code,
        station_name=identity.name,
        operator=station.operators.get(r.operator_id).name,
        issued_at=_when(r.created_at),
        printed_at=_when(station.clock.stamp()),
        amount_fen=r.amount_fen,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        party=tuple(parts.party),
        fields=tuple(parts.fields),
        items=tuple(parts.items),
        totals=tuple(parts.totals),
        payments=tuple(parts.payments),
        notes=tuple(parts.notes),
        signature=parts.signature,
        reprint=copy_no,
        training=identity.training,
        voided_by=void.number if void else None,
        qr_url=_check_url(station, payload),
    )


def _check_url(station: Station, payload: str) -> str | None:
    """The receipt's check-page URL under the county's public address as last pulled
    (``sync_local``); None before any pull gave one, and at a training station."""
    if station.identity.training:
        return None
    base = station.records.scalar("SELECT public_url FROM sync_state WHERE id = 1")
    return receipt_url(base, payload) if base else None
