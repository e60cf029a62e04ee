"""Reports as data: daily close, commission statement with remittance, consignment, poverty."""

from __future__ import annotations

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.errors import PaymentError, PermissionDenied
from servicepoint.core.purchasing import LineInput
from servicepoint.core.reports import as_dict


def _day_of_business(station, farmer):
    """One day: a cash order with change, a mobile order, a chicken sale, a cash payout."""
    a = station.purchasing.place(
        farmer.id,
        [LineInput(1, name="化肥", unit_price_fen=8000, category_code="agri")],
        [pay.cash(8000, 10000)],
    )
    station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=1500)], [pay.mobile(1500, "WX99")]
    )
    batch = station.consignment.intake(farmer.id, "散养土鸡", 3, "bird", grade="二级")
    station.consignment.sell(batch.id, 1, 16800, [pay.cash(16800)])
    station.settlement.settle(farmer.id)  # cash payout 16800 − 1680
    return a


def test_daily_close_expected_cash(station, farmer):
    """Expected cash = opening + cash in − cash out; counting records the difference."""
    _day_of_business(station, farmer)
    report = station.reports.daily("2026-11-22")
    cash = next(m for m in report.by_method if m.method == "cash")
    assert cash.received_fen == 8000 + 16800
    assert cash.paid_out_fen == 15120
    assert report.expected_cash_fen == 8000 + 16800 - 15120
    assert report.counted_cash_fen is None
    receipt = station.reports.close_day("2026-11-22", 9600, "少了一张零钱")
    assert receipt.kind == "day_close"
    closed = station.reports.daily("2026-11-22")
    assert closed.counted_cash_fen == 9600 and closed.difference_fen == 9600 - 9680
    nxt = station.reports.daily("2026-11-23")
    assert nxt.opening_cash_fen == 9600
    assert as_dict(closed)["by_method"][0]["net_fen"] is not None


def test_daily_close_needs_manager(station, farmer):
    """An operator cannot close the day."""
    station.operators.add("小李", "5678")
    station.sign_in("小李", "5678")
    with pytest.raises(PermissionDenied):
        station.reports.close_day("2026-11-22", 0)


def test_commission_statement_and_remittance(station, farmer, clock):
    """collected − commission = due to county; a remittance reduces what is outstanding."""
    order = _day_of_business(station, farmer)
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    st = station.reports.commission("2026-11")
    assert st.collected_fen == 9500
    assert st.commission_fen == 640  # 8 % of the completed 化肥 order; 水桶 not picked up
    assert st.due_to_county_fen == 9500 - 640
    assert st.consignment_commission_fen == 1680
    assert [c.category_code for c in st.by_category] == ["agri"]
    station.commission.remit(5000, "mobile", "2026-11", reference="BANK-1")
    st = station.reports.commission("2026-11")
    assert st.remitted_fen == 5000 and st.outstanding_fen == 9500 - 640 - 5000
    clock.advance(days=10)
    december = station.reports.commission("2026-12")
    assert december.collected_fen == 0 and december.outstanding_fen == 9500 - 640 - 5000


def test_consignment_and_poverty_reports(station, farmer):
    """Stock on hand and settlements due per farmer; poor households served and paid."""
    other = station.farmers.add("李四")
    batch = station.consignment.intake(other.id, "鸡蛋", 300, "each")
    station.consignment.sell(batch.id, 30, 150, [pay.cash(4500)])
    _day_of_business(station, farmer)
    cons = station.reports.consignment()
    stocked = {b.product: b.on_hand_base for b in cons.stock}
    assert stocked == {"鸡蛋": 270, "散养土鸡": 2}
    assert [(d.farmer_name, d.net_due_fen) for d in cons.due] == [("李四", 4500 - 450)]
    pov = station.reports.poverty("2026-11-01", "2026-11-30")
    assert pov.poor_households_registered == 1
    assert pov.poor_households_served == 1
    assert pov.purchases_for_poor_fen == 9500
    assert pov.consignment_sales_for_poor_fen == 16800
    assert pov.payouts_to_poor_fen == 15120
    assert pov.households_served == 2


def test_unclosed_day_carries_into_next_opening(station, farmer, clock):
    """Cash taken on a day nobody closed still counts in the next day's expected cash."""
    station.reports.close_day("2026-11-22", 0)
    clock.advance(days=1)
    station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=1500)], [pay.cash(1500)]
    )
    clock.advance(days=1)
    report = station.reports.daily("2026-11-24")
    # The drawer runs from the last count: the unclosed day's cash is in, exactly once.
    assert (report.opening_cash_fen, report.cash_in_fen) == (0, 1500)
    assert report.expected_cash_fen == 1500


def test_banking_cash_keeps_the_close_honest(station, farmer):
    """Cash taken to the bank leaves expected cash; more than the drawer holds is refused."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="电饭煲", unit_price_fen=19900)], [pay.cash(19900)]
    )
    assert station.drawer.expected_now() == 19900
    with pytest.raises(PaymentError) as info:
        station.drawer.bank(20000)
    assert info.value.code == "bank_more_than_drawer"
    receipt = station.drawer.bank(15000, "ABC-1")
    assert receipt.kind == "banking"
    report = station.reports.daily("2026-11-22")
    assert report.expected_cash_fen == 4900
    assert report.by_kind["cash_banked"] == -15000
    station.reports.close_day("2026-11-22", 4900)
    assert station.reports.daily("2026-11-22").difference_fen == 0


def test_cash_taken_after_a_close_reaches_the_next_day(station, farmer, clock):
    """A sale after the evening count belongs to the next opening; the count's difference stays."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="电饭煲", unit_price_fen=10000)], [pay.cash(10000)]
    )
    station.reports.close_day("2026-11-22", 10000)
    clock.advance(hours=1)
    station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=5000)], [pay.cash(5000)]
    )
    assert station.reports.daily("2026-11-22").difference_fen == 0
    clock.advance(days=1)
    next_day = station.reports.daily("2026-11-23")
    assert (next_day.opening_cash_fen, next_day.cash_in_fen) == (10000, 5000)
    assert next_day.expected_cash_fen == 15000
    assert station.drawer.expected_now() == 15000


def test_remittance_bounds_and_period(station, farmer, clock):
    """A remittance cannot exceed what is due; it counts for the period it pays for."""
    order = station.purchasing.place(
        farmer.id,
        [LineInput(1, name="化肥", unit_price_fen=10000, category_code="agri")],
        [pay.cash(10000)],
    )
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)  # due to county: 10000 − 800
    with pytest.raises(PaymentError) as info:
        station.commission.remit(9300, "mobile", "2026-11", reference="BANK-1")
    assert info.value.code == "remit_more_than_due"
    clock.advance(days=10)  # paid in December for November
    station.commission.remit(9200, "mobile", "2026-11", reference="BANK-2")
    assert station.reports.commission("2026-11").remitted_fen == 9200
    assert station.reports.commission("2026-11").outstanding_fen == 0
    assert station.reports.commission("2026-12").remitted_fen == 0


def test_consignment_stock_lists_perishables_first(station, farmer, clock):
    """Eggs taken in today come before walnuts taken in last week; the station's own word
    list changes what counts as perishable."""
    station.consignment.intake(farmer.id, "核桃", 5000, "jin")
    clock.advance(days=7)
    station.consignment.intake(farmer.id, "土鸡蛋", 100, "piece")
    stock = station.reports.consignment().stock
    assert [b.product for b in stock] == ["土鸡蛋", "核桃"]
    assert stock[0].perishable and not stock[1].perishable
    station.set_setting("perishable_words", ["核桃"])
    assert [b.product for b in station.reports.consignment().stock] == ["核桃", "土鸡蛋"]


def test_poverty_income_counts_what_settlement_offset_against_debt(station, farmer):
    """Issue 10 case 7: ¥850 of produce income cleared a poor farmer's feed debt by offset.
    Income paid to poor households counts it, beside the cash paid out, and a void takes
    both back."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="饲料", unit_price_fen=85000)], [pay.on_account(85000)]
    )
    batch = station.consignment.intake(farmer.id, "散养土鸡", 10, "bird")
    station.consignment.sell(batch.id, 10, 12000, [pay.cash(120000)])
    receipt = station.settlement.settle(farmer.id, offset_fen=85000)
    pov = station.reports.poverty("2026-11-01", "2026-11-30")
    assert pov.payouts_to_poor_fen == 120000 - 12000 - 85000
    assert pov.offsets_for_poor_fen == 85000
    assert pov.income_to_poor_fen == 120000 - 12000
    station.receipts.void(receipt.number, "结算有误")
    pov = station.reports.poverty("2026-11-01", "2026-11-30")
    assert (pov.payouts_to_poor_fen, pov.offsets_for_poor_fen, pov.income_to_poor_fen) == (0, 0, 0)
