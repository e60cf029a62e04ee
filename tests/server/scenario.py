"""A busy day at a station, touching every kind of synced record, for the sync tests."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput


def rice(qty_g: int = 3650) -> LineInput:
    return LineInput(
        qty_g,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def busy_day(station, n_orders: int = 3, tag: str = "") -> dict[str, int]:
    """Purchases through their whole lifecycle, a cancel, a return, consignment with a sale,
    spoilage and a settlement, and a farmer edit. Returns how much of each it made."""
    n = int(station.farmers.count())
    poor = station.farmers.add(
        "张三" + tag,
        phone=f"138{n:08d}",
        village_group="一组",
        is_poor=True,
        poverty_card_no="PK2016001",
    )
    other = station.farmers.add("李四" + tag, phone=f"139{n:08d}")
    made = {"orders": 0}
    for i in range(n_orders):
        order = station.purchasing.place(
            poor.id,
            [rice(), rice(1000 + i)],
            [pay.mobile(9125 + _line(1000 + i), f"WX{tag}{i:04d}")],
        )
        station.purchasing.mark_ordered(order.id, f"JD-{tag}{i}")
        station.purchasing.mark_arrived(order.id)
        station.purchasing.complete(order.id)
        made["orders"] += 1
    cancelled = station.purchasing.place(
        other.id,
        [LineInput(2, name="化肥", unit_price_fen=5000, category_code="agri")],
        [pay.on_account(6000), pay.cash(4000, 5000)],
    )
    station.purchasing.cancel(cancelled.id, "农户不要了")
    returned = station.purchasing.place(other.id, [rice(500)], [pay.cash(_line(500), 2000)])
    station.purchasing.mark_ordered(returned.id, f"PDD-{tag}")
    station.purchasing.mark_arrived(returned.id)
    station.purchasing.complete(returned.id)
    station.purchasing.return_lines(returned.id, "质量问题")
    made["orders"] += 2
    batch = station.consignment.intake(poor.id, "土鸡蛋", 300, "piece", grade="一级")
    station.consignment.sell(batch.id, 120, 150, [pay.cash(18000, 20000)], buyer="县城超市")
    station.consignment.spoil(batch.id, 6, "破损")
    station.settlement.settle(poor.id)
    station.farmers.edit(other.id, village_group="二组")
    return made


def _line(qty_g: int) -> int:
    """Line total of ``qty_g`` grams of rice at ¥12.50/斤 (BRIEF rounding)."""
    from servicepoint.core.money import line_total

    return line_total(qty_g, 1250, 500)
