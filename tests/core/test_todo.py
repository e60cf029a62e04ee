"""Home's to-do list from the records (issue 12): orders to place and to hand out, farmers to
settle with, days not closed, unprinted receipts; only what is waiting, in a fixed order."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.core.todo import KINDS, todo_list, unclosed_days


def rice() -> LineInput:
    """7.3 斤 of rice at ¥12.50/斤: 9125 fen."""
    return LineInput(
        3650,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def found(station, **kwargs):
    today = station.clock.now().date().isoformat()
    return {t.key: t for t in todo_list(station, today, **kwargs)}


def test_a_new_station_has_nothing_waiting(station):
    assert found(station) == {}
    assert found(station, unprinted=2)["unprinted"].count == 2
    assert found(station, unprinted=2)["unprinted"].screen == "unprinted"


def test_an_order_waits_to_be_placed_then_to_be_handed_out(station, farmer):
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    items = found(station)
    assert items["orders_to_place"].count == 1 and items["orders_to_place"].screen == "orders"
    assert "orders_to_hand_out" not in items
    station.purchasing.mark_ordered(order.id, "JD123456")
    station.purchasing.mark_arrived(order.id)
    items = found(station)
    assert "orders_to_place" not in items
    assert items["orders_to_hand_out"].count == 1


def test_a_day_with_money_and_no_close_waits_until_closed(station, farmer, clock):
    station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    day = clock.now().date().isoformat()
    assert "days_to_close" not in found(station)  # today is still being worked
    clock.advance(days=2)
    items = found(station)
    assert items["days_to_close"].count == 1
    assert items["days_to_close"].oldest == day
    assert items["days_to_close"].screen == "reports"
    station.reports.close_day(day, 9125)
    assert "days_to_close" not in found(station)
    assert unclosed_days(station, clock.now().date().isoformat()) == []


def test_items_come_in_one_fixed_order(station, farmer, clock):
    station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    clock.advance(days=1)
    keys = list(found(station, unprinted=1))
    assert keys == [k for k, _screen in KINDS if k in keys]
    assert keys == ["orders_to_place", "days_to_close", "unprinted"]


def test_parcels_wait_to_be_told_then_overdue(station, clock):
    """Issue 17: a parcel on the shelves waits until its recipient is called, and turns overdue
    after the set days; collected, it waits no more."""
    parcel = station.parcels.check_in("751234567890", "13912345678", "李秀英").parcel
    items = found(station)
    assert items["parcels_to_notify"].count == 1 and items["parcels_to_notify"].screen == "parcels"
    assert "parcels_overdue" not in items
    station.parcels.call(parcel.id)
    assert "parcels_to_notify" not in found(station)
    clock.advance(days=station.parcels.overdue_days() + 1)
    assert found(station)["parcels_overdue"].count == 1
    station.parcels.pickup(parcel.id, parcel.waybill)
    assert "parcels_overdue" not in found(station) and "parcels_to_notify" not in found(station)
