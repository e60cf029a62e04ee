"""What the buy-back slips say (issue 16): the 收购单, the 收购损耗单 and the 发货单.

Builders in the shape of ``receipt_data``'s, registered in its table of builders; split out so
that module stays a readable size.  The 收购单 states everything the farmer needs to check the
sum: gross, tare, net, each deduction with its reading and standard, the paid weight, the
price and the premium, the amount, any offset of the farmer's debt, and what was paid out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .money import format_quantity, unit
from .receipt_data import Amount, Item, Pair, _Parts, _party, _yuan

if TYPE_CHECKING:
    from .receipts import Receipt
    from .station import Station


def _percent(tenths: int) -> str:
    return f"{tenths // 10}.{tenths % 10}%"


def _buyback(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    lot = station.buyback.lot(r.ref_id)
    line = station.buyback_prices.get(lot.price_id)
    _party(station, r.farmer_id, parts)
    per = unit(lot.unit).zh
    parts.fields += [
        Pair("追溯码", lot.trace_code),
        Pair("品名", f"{lot.product}（{lot.grade}）"),
        Pair("毛重", format_quantity(lot.gross_base, "kg")),
        Pair("皮重", format_quantity(lot.tare_base, "kg")),
        Pair("净重", format_quantity(lot.net_base, "kg")),
    ]
    for label, reading, standard, cut in (
        ("水分", lot.moisture, line.moisture_std, lot.moisture_deduct_base),
        ("杂质", lot.impurity, line.impurity_std, lot.impurity_deduct_base),
    ):
        if reading is None or standard is None:
            continue
        parts.fields.append(
            Pair(label, f"{_percent(reading)}（标准 {_percent(standard)}）扣 {cut // 1000}."
                 f"{cut % 1000:03d}公斤")
        )  # fmt: skip
    parts.fields.append(Pair("结算重量", format_quantity(lot.paid_base, lot.unit)))
    parts.items.append(
        Item(
            f"{lot.product}（{lot.grade}）",
            f"{format_quantity(lot.paid_base, lot.unit)} × {_yuan(lot.price_fen)}/{per}",
            lot.amount_fen - lot.premium_amount_fen,
        )
    )
    if lot.premium_fen:
        parts.items.append(
            Item(
                "贫困户加价",
                f"{format_quantity(lot.paid_base, lot.unit)} × {_yuan(lot.premium_fen)}/{per}",
                lot.premium_amount_fen,
            )
        )
    parts.totals.append(Amount("收购金额", lot.amount_fen, strong=True))
    if lot.offset_fen:
        parts.totals.append(Amount("减：抵扣欠款", -lot.offset_fen))
    parts.totals.append(Amount("实付农户", lot.amount_fen - lot.offset_fen, strong=True))
    parts.notes.append("收购：按县定价当场付款，货归收购方；与代销（售出后结算）不同。")
    parts.signature = "农户签字（确认收到货款）"


def _spoil(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    lot = station.buyback.lot(r.ref_id)
    parts.fields += [
        Pair("追溯码", lot.trace_code),
        Pair("品名", f"{lot.product}（{lot.grade}）"),
    ]
    if r.quantity_base is not None:
        parts.fields.append(Pair("损耗数量", format_quantity(r.quantity_base, lot.unit)))
    if r.reason:
        parts.notes.append(f"原因：{r.reason}")
    parts.signature = "经手人签字"


def _dispatch(station: Station, r: Receipt, parts: _Parts) -> None:
    assert r.ref_id is not None
    d = station.buyback_dispatches.get(r.ref_id)
    parts.fields.append(Pair("发往", d.destination))
    if d.vehicle:
        parts.fields.append(Pair("车辆", d.vehicle))
    for line in d.lines:
        parts.items.append(
            Item(
                f"{line.trace_code} {line.product}（{line.grade}）",
                format_quantity(line.quantity_base, line.unit),
                line.fee_fen,
                "手续费",
            )
        )
    parts.fields.append(Pair("批次数", str(len(d.lines))))
    parts.totals.append(Amount("手续费合计", d.fee_fen, strong=True))
    if d.note:
        parts.notes.append(f"备注：{d.note}")
    parts.signature = "收货人签字"


BUYBACK_BUILDERS: dict[str, Callable[[Station, Receipt, _Parts], None]] = {
    "buyback": _buyback,
    "buyback_spoil": _spoil,
    "buyback_dispatch": _dispatch,
}
