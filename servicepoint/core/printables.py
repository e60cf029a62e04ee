"""Printouts other than a receipt: the monthly commission statement, a batch's trace label,
and finding any printout by the number printed on it (the CLI's ``receipt pdf|print``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import NotFound
from .money import format_quantity
from .receipt_data import (
    Amount,
    Item,
    LabelData,
    Pair,
    ReceiptData,
    _day,
    _farmer_village,
    _when,
    _yuan,
    receipt_payload,
    trace_payload,
)

if TYPE_CHECKING:
    from .commission import CommissionStatement
    from .station import Station


def commission_statement_data(station: Station, month: str) -> ReceiptData:
    """The monthly commission statement (A4) as receipt data; its QR covers the amount due."""
    st: CommissionStatement = station.reports.commission(month)
    identity = station.identity
    number = f"{identity.code}-{month.replace('-', '')}-COMM"
    now = station.clock.stamp()
    operator = station.operator.name if station.operator else ""
    payload = receipt_payload(
        station.secret, identity.code, number, st.due_to_county_fen, month.replace("-", "") + "01"
    )
    items = tuple(
        Item(c.category_name, f"销售额 {_yuan(c.sales_fen)}", c.commission_fen)
        for c in st.by_category
    )
    totals: tuple[Amount, ...] = (
        Amount("代购收款", st.collected_fen),
        Amount("代购佣金", st.commission_fen),
        Amount("应缴县中心", st.due_to_county_fen, strong=True),
        Amount("本月已缴", st.remitted_fen),
        Amount("累计未缴", st.outstanding_fen, strong=True),
        Amount("代销佣金", st.consignment_commission_fen),
    )
    if st.county_paid_fen:
        totals += (Amount("县中心已付佣金", st.county_paid_fen),)
    return ReceiptData(
        kind="commission_statement",
        title="月度佣金对账单",
        number=number,
        station_code=identity.code,
        station_name=identity.name,
        operator=operator,
        issued_at=_when(now),
        printed_at=_when(now),
        amount_fen=st.due_to_county_fen,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        fields=(
            Pair("月份", month),
            Pair("服务站", f"{identity.village}（{identity.township}，{identity.county}）"),
            Pair("完成订单", str(st.orders_completed)),
        ),
        items=items,
        totals=totals,
        notes=(
            "佣金按类目费率计，订单完成时计入，退货时冲回。",
            "应缴县中心 = 代购收款 − 代购佣金。",
        ),
        signature="站长签字",
        training=identity.training,
    )


def buyback_statement_data(station: Station, month: str) -> ReceiptData:
    """The monthly buy-back statement (A4, issue 16): paid to farmers, handling fees, what the
    county repaid and what it still owes; its QR covers the amount outstanding."""
    st = station.buyback_dispatches.statement(month)
    identity = station.identity
    number = f"{identity.code}-{month.replace('-', '')}-BUY"
    now = station.clock.stamp()
    payload = receipt_payload(
        station.secret, identity.code, number, st.outstanding_fen, month.replace("-", "") + "01"
    )
    return ReceiptData(
        kind="buyback_statement",
        title="收购结算月报",
        number=number,
        station_code=identity.code,
        station_name=identity.name,
        operator=station.operator.name if station.operator else "",
        issued_at=_when(now),
        printed_at=_when(now),
        amount_fen=st.outstanding_fen,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        fields=(Pair("月份", month), Pair("收购批次", str(st.lots))),
        totals=(
            Amount("付农户货款", st.paid_to_farmers_fen),
            Amount("其中贫困户加价", st.premium_fen),
            Amount("收购手续费", st.fees_fen),
            Amount("县中心本月已付", st.reimbursed_fen),
            Amount("累计未付", st.outstanding_fen, strong=True),
        ),
        notes=(
            "付农户货款含抵扣欠款部分（服务站已垫付）；作废的收购单已冲减。",
            "手续费在发货时计入，发货单作废时冲回。",
        ),
        signature="站长签字",
        training=identity.training,
    )


def label_data(station: Station, batch_id_or_trace: str, *, show_farmer: bool = False) -> LabelData:
    """The trace label of a batch: village, not name, unless the farmer chose to be named."""
    try:
        batch = station.consignment.batch(batch_id_or_trace)
    except NotFound:  # a bought lot (issue 16): one product, one code, the same label
        return _lot_label(station, batch_id_or_trace, show_farmer=show_farmer)
    farmer = station.farmers.get(batch.farmer_id)
    identity = station.identity
    payload = trace_payload(station.secret, identity.code, batch.trace_code, _day(batch.created_at))
    village = _farmer_village(station, farmer.village_group)
    return LabelData(
        trace_code=batch.trace_code,
        product=batch.product,
        grade=batch.grade,
        quantity=format_quantity(batch.quantity_base, batch.unit),
        village=f"{identity.county}{identity.township}{village}",
        intake_date=batch.created_at[:10],
        station_code=identity.code,
        station_name=identity.name,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        farmer_name=farmer.name if show_farmer else None,
        training=identity.training,
    )


def _lot_label(station: Station, lot_id_or_trace: str, *, show_farmer: bool) -> LabelData:
    lot = station.buyback.lot(lot_id_or_trace)
    farmer = station.farmers.get(lot.farmer_id)
    identity = station.identity
    payload = trace_payload(station.secret, identity.code, lot.trace_code, _day(lot.created_at))
    village = _farmer_village(station, farmer.village_group)
    return LabelData(
        trace_code=lot.trace_code,
        product=lot.product,
        grade=lot.grade,
        quantity=format_quantity(lot.paid_base, lot.unit),
        village=f"{identity.county}{identity.township}{village}",
        intake_date=lot.created_at[:10],
        station_code=identity.code,
        station_name=identity.name,
        mac=payload.rsplit(":", 1)[1],
        qr_payload=payload,
        farmer_name=farmer.name if show_farmer else None,
        training=identity.training,
    )


#: What the operator reads at the top of a printout, and which kind of printout it is.
_STATEMENT_NUMBER = re.compile(r"([A-Z0-9]{2,8})-(\d{4})(\d{2})-COMM")


@dataclass(frozen=True)
class Printable:
    """A printout found by the number printed on it (``find_printable``)."""

    kind: str  # "receipt", "label" or "commission_statement"
    key: str  # the receipt number, the trace code, or the month YYYY-MM
    #: The paper it is normally printed on: a roll for receipts and labels, A4 for statements.
    default_width: str


def find_printable(station: Station, number: str) -> Printable:
    """Whatever the operator reads on a printout, find what it is.

    A receipt number (every receipt, including the settlement statement and the Z report of a
    day close), a trace code (the batch's label) or a commission statement number
    (``GJ01-202611-COMM``).  Unknown numbers raise ``NotFound`` saying what was looked for.
    """
    text = str(number).strip().upper()
    row = station.records.one("SELECT number FROM receipts WHERE number = ?", (text,))
    if row is not None:
        return Printable("receipt", row["number"], "80")
    row = station.records.one(
        "SELECT trace_code FROM consignment_batches WHERE trace_code = ? "
        "UNION ALL SELECT trace_code FROM buyback_lots WHERE trace_code = ?",
        (text, text),
    )
    if row is not None:
        return Printable("label", row["trace_code"], "58")
    m = _STATEMENT_NUMBER.fullmatch(text)
    if m and m.group(1) == station.code and 1 <= int(m.group(3)) <= 12:
        return Printable("commission_statement", f"{m.group(2)}-{m.group(3)}", "a4")
    raise NotFound("printable_not_found", number=str(number)[:40])
