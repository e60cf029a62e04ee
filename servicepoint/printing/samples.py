"""One of every printed document, made through the station's own services.

Used by the rendering script (``scripts/render_receipts.py``), the printing tests and the
benchmark, so all three look at the same cases: one line, twenty lines with long names, a
zero-amount order, refunds, a void, and a farmer who has a poverty card and an ID number
(which must never reach the paper).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core import payments as pay
from ..core.buyback import Load
from ..core.purchasing import LineInput
from ..core.settlement import Fee

if TYPE_CHECKING:
    from ..core.station import Station

#: A farmer's private numbers; tests assert these never appear in any PDF.
POVERTY_CARD = "PK20160815"
ID_NUMBER = "11010519491231002X"
LONG_NAME = (
    "【官方旗舰店】复合肥料 氮磷钾15-15-15 硫酸钾型 50kg/袋 小麦玉米水稻通用型底肥追肥"
    " 包邮到村 https://item.example.com/detail?id=6543210987654321"
)

#: Every case ``make_samples`` returns that is a receipt (``label`` is a trace code).
RECEIPT_CASES = (
    "purchase_one",
    "purchase_twenty",
    "purchase_zero",
    "pickup",
    "return",
    "cancel",
    "void",
    "intake",
    "sale",
    "spoilage",
    "stock_return",
    "settlement",
    "repayment",
    "remittance",
    "banking",
    "parcel_send",
    "courier_fee",
    "day_close",
    "buyback",
    "buyback_spoil",
    "buyback_dispatch",
)

#: A county price line the samples buy at (the issue's worked example: corn, grade 二等).
SAMPLE_PRICE = {
    "id": "sample-corn-2",
    "list_code": "SAMPLE",
    "list_name": "秋粮收购",
    "product": "玉米",
    "grade": "二等",
    "unit": "jin",
    "price_fen": 120,
    "premium_fen": 3,
    "fee_fen": 2,
    "valid_from": "2020-01-01",
    "valid_to": "2099-12-31",
    "moisture_std": 140,
    "moisture_step_bp": 120,
    "impurity_std": 10,
    "impurity_step_bp": 100,
}

_NAMES = [
    "尿素 46%",
    "玉米种子 郑单958",
    "地膜 2米×0.01mm",
    "洗衣粉 3kg",
    "电饭锅 3L",
    "手电筒 充电式",
    "雨靴 42码",
    "复合肥 25kg",
    "菜籽 1kg",
    "农用喷雾器 16L",
    "儿童书包",
    "老花镜 +2.5",
    "食用油 5L",
    "大米 10kg",
    "保温瓶",
    "剪刀 园艺用",
    "电线 2.5平方 100米",
    "插线板 6位",
    "蚊帐 1.5米",
]


def make_samples(station: Station) -> dict[str, str]:
    """Make the cases on a station (a manager signed in); returns case name → receipt number."""
    s = station
    farmer = s.farmers.add(
        "李秀英",
        phone="13912345678",
        village_group="三组",
        is_poor=True,
        poverty_card_no=POVERTY_CARD,
        id_number=ID_NUMBER,
    )
    other = s.farmers.add("王建国", phone="13800001111", village_group="一组")
    out: dict[str, str] = {}

    one = s.purchasing.place(
        farmer.id,
        [LineInput(2, name="化肥 复合肥 50kg", unit_price_fen=12550, platform="拼多多")],
        [pay.cash(25100, 30000)],
    )
    out["purchase_one"] = one.number

    lines = [LineInput(1, name=LONG_NAME, unit_price_fen=16800, platform="京东")]
    lines += [
        LineInput(n % 3 + 1, name=name, unit_price_fen=150 * n + 99, platform="淘宝")
        for n, name in enumerate(_NAMES, start=1)
    ]
    total = s.purchasing.quote(lines).total_fen
    twenty = s.purchasing.place(
        other.id,
        lines,
        [
            pay.cash(10000, 10000),
            pay.mobile(20000, "WX4200001234567890"),
            pay.on_account(total - 30000),
        ],
    )
    out["purchase_twenty"] = twenty.number

    gift = s.catalogue.add_adhoc("赠品 蔬菜种子", 100)
    zero = s.purchasing.place(other.id, [LineInput(1, item_id=gift.id, unit_price_fen=0)], [])
    out["purchase_zero"] = zero.number

    s.purchasing.mark_ordered(one.id, [("拼多多", "240000111")])
    s.purchasing.mark_arrived(one.id)
    _, pickup = s.purchasing.complete(one.id)
    out["pickup"] = pickup.number
    out["return"] = s.purchasing.return_lines(one.id, "包装破损，农户退货").number

    cancelled = s.purchasing.place(
        farmer.id,
        [LineInput(3, name="灭蚊灯", unit_price_fen=2990)],
        [pay.mobile(8970, "ZFB2026112200001")],
    )
    out["cancel"] = s.purchasing.cancel(cancelled.id, "平台缺货").number

    voided = s.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=3500)], [pay.cash(3500)]
    )
    out["void"] = s.receipts.void(voided.number, "录错商品").number

    chickens = s.consignment.intake(
        farmer.id, "散养土鸡", 20, "bird", grade="一级", floor_price_fen=12800
    )
    out["intake"] = s.receipts.get(chickens.receipt_id).number
    out["label"] = chickens.trace_code
    walnuts = s.consignment.intake(farmer.id, "核桃", 25000, "jin", grade="特级")
    _, sale = s.consignment.sell(
        chickens.id, 2, 16800, [pay.cash(33600, 40000)], buyer="县城农家乐饭店", channel="wholesale"
    )
    out["sale"] = sale.number
    s.consignment.sell(walnuts.id, 3650, 1250, [pay.mobile(9125, "WX4200009999")], channel="online")
    s.consignment.sell(chickens.id, 1, 18800, [pay.cash(18800)])
    out["spoilage"] = s.consignment.spoil(chickens.id, 1, "运输途中死亡").number
    out["stock_return"] = s.consignment.return_to_farmer(chickens.id, 2, "农户自留过年").number

    s.purchasing.place(
        farmer.id, [LineInput(1, name="玉米种子", unit_price_fen=4000)], [pay.on_account(4000)]
    )
    out["settlement"] = s.settlement.settle(
        farmer.id, fees=[Fee("包装运输费", 600)], offset_fen=2000
    ).number
    out["repayment"] = s.ledger.repay(farmer.id, [pay.cash(2000)]).number
    out["remittance"] = s.commission.remit(
        20000, "mobile", s.clock.now().strftime("%Y-%m"), reference="BANK20261122"
    ).number
    out["banking"] = s.drawer.bank(10000, reference="NS0001").number
    s.parcel_fees.set_rate("zto", "0.40", "1.50")
    s.parcels.check_in("751234567890", "13912345678", "李秀英")
    _, sent = s.parcel_sends.send(
        courier="zto",
        tracking_no="759876543210",
        weight_g=3650,
        province="广东省",
        fee="12.50",
        tenders=[pay.cash(1250, 2000)],
        farmer_id=farmer.id,
    )
    out["parcel_send"] = sent.number
    month = s.clock.now().strftime("%Y-%m")
    out["courier_fee"] = s.parcel_fees.record_payment("zto", month, "1.90").number
    s.buyback_prices.replace([SAMPLE_PRICE])
    s.purchasing.place(
        farmer.id, [LineInput(1, name="地膜", unit_price_fen=3000)], [pay.on_account(3000)]
    )
    load = Load(farmer.id, "sample-corn-2", 520_000, 20_000, moisture=160, impurity=10)
    lot, bought = s.buyback.buy(
        load, [pay.cash(1000), pay.mobile(116_048, "WX4200007777")], offset_fen=3000
    )
    out["buyback"] = bought.number
    out["buyback_label"] = lot.trace_code
    out["buyback_spoil"] = s.buyback_stock.spoil(lot.id, 8000, "受潮霉变").number
    out["buyback_dispatch"] = s.buyback_dispatches.dispatch(
        [(lot.id, None)], "县粮食购销公司", vehicle="云A12345"
    ).number
    day = s.clock.now().date().isoformat()
    out["day_close"] = s.reports.close_day(
        day, s.reports.daily(day).expected_cash_fen - 50, note="少五角，找零误差"
    ).number
    return out
