"""Produce bought outright (收购, issue 16): the worked example, payment and offset, stock,
dispatch with its handling fees, voids, the drawer, the statement, and every bad input the
issue lists refused with nothing written."""

from __future__ import annotations

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.core.buyback_rules import parse_percent
from servicepoint.core.buyback_stock import LotStock
from servicepoint.core.errors import InvalidInput, InvalidState, PaymentError, StockError
from servicepoint.core.money import parse_quantity
from servicepoint.core.purchasing import LineInput

CORN = {
    "id": "corn-2",
    "list_code": "QIU2026",
    "list_name": "2026 秋粮收购",
    "product": "玉米",
    "grade": "二等",
    "unit": "jin",
    "price_fen": 120,
    "premium_fen": 3,
    "fee_fen": 2,
    "valid_from": "2026-09-01",
    "valid_to": "2026-12-31",
    "max_load_base": 2_000_000,
    "moisture_std": 140,
    "moisture_step_bp": 120,
    "impurity_std": 10,
    "impurity_step_bp": 100,
}


@pytest.fixture
def corn(station):
    station.buyback_prices.replace([CORN])
    return station.buyback_prices.line_for("玉米", "二等")


def _counts(station) -> tuple[int, ...]:
    return tuple(
        station.records.scalar(f"SELECT COUNT(*) FROM {t}")
        for t in ("receipts", "payments", "ledger_entries", "buyback_lots", "buyback_movements",
                  "buyback_dispatches", "buyback_fees", "outbox")
    )  # fmt: skip


def _worked_load(farmer) -> Load:
    return Load(
        farmer.id,
        "corn-2",
        gross_base=parse_quantity("520.0", "kg"),
        tare_base=parse_quantity("20.0", "kg"),
        moisture=parse_percent("16.0", "moisture"),
        impurity=parse_percent("1.0", "impurity"),
    )


def test_the_worked_example_of_the_issue(station, farmer, corn):
    """Corn 二等, poor household, 520.0 − 20.0 kg, moisture 16.0 %, impurity 1.0 %, owing ¥300
    and offset: 120,048 fen, premium 2,928, fee 1,952 at dispatch, cash ¥900.48, balance 0."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=30000)], [pay.on_account(30000)]
    )
    assert station.ledger.balance(farmer.id) == 30000
    load = _worked_load(farmer)
    fig = station.buyback.preview(load)
    assert fig.net_base == 500_000
    assert (fig.moisture_deduct_base, fig.impurity_deduct_base) == (12_000, 0)
    assert fig.paid_base == 488_000  # 976 斤
    assert fig.amount_fen == 120_048
    assert fig.premium_amount_fen == 2_928
    assert fig.fee_amount_fen == 1_952

    lot, receipt = station.buyback.buy(load, [pay.cash(90_048)], offset_fen=30_000)
    assert receipt.kind == "buyback" and receipt.amount_fen == 120_048
    assert [(p.method, p.amount_fen) for p in pay.for_receipt(station, receipt.id)] == [
        ("cash", -90_048)
    ]
    assert station.ledger.balance(farmer.id) == 0
    assert lot.on_hand_base == 488_000 and lot.trace_code.startswith("GJ01-261122-")
    assert station.buyback_dispatches.statement("2026-11").paid_to_farmers_fen == 120_048

    dispatch = station.buyback_dispatches.dispatch([(lot.trace_code, None)], "县粮食公司")
    assert dispatch.amount_fen == 1_952
    assert station.buyback_stock.stock(lot.id).dispatched == 488_000
    statement = station.buyback_dispatches.statement("2026-11")
    assert (statement.fees_fen, statement.premium_fen) == (1_952, 2_928)
    assert statement.outstanding_fen == 120_048 + 1_952
    assert station.check() == []


def test_a_household_not_poor_gets_no_premium(station, corn):
    other = station.farmers.add("李四", phone="13900001111")
    fig = station.buyback.preview(Load(other.id, "corn-2", 100_000, 0, moisture=140, impurity=10))
    assert fig.premium_amount_fen == 0
    assert fig.amount_fen == 100_000 * 120 // 500


def test_mixed_payment_and_the_drawer_counts_cash_out(station, farmer, corn):
    """Cash and mobile together pay the amount; the day's drawer shows the cash paid out."""
    load = Load(farmer.id, "corn-2", 50_000, 0, moisture=140, impurity=10)
    amount = station.buyback.preview(load).amount_fen  # 50,000 g at 123 fen/斤 = 12,300
    station.buyback.buy(load, [pay.cash(amount - 2_300), pay.mobile(2_300, "WX123456")])
    day = station.reports.daily("2026-11-22")
    assert day.by_kind["buyback"] == -amount
    assert day.cash_out_fen == amount - 2_300
    assert station.check() == []


def test_spoilage_void_of_dispatch_reverses_fees_and_restores_stock(station, farmer, corn):
    lot, _ = station.buyback.buy(
        Load(farmer.id, "corn-2", 100_000, 0, moisture=140, impurity=10), [pay.cash(24_600)]
    )
    station.buyback_stock.spoil(lot.id, 5_000, "受潮霉变")
    assert station.buyback_stock.stock(lot.id) == LotStock(100_000, 0, 5_000, 95_000)
    slip = station.buyback_dispatches.dispatch([(lot.id, 90_000)], "县粮食公司", vehicle="云A1234")
    assert slip.amount_fen == 360  # 90,000 g × 2 fen ÷ 500
    with pytest.raises(StockError):
        station.buyback_dispatches.dispatch([(lot.id, 6_000)], "县粮食公司")
    with pytest.raises(InvalidState):  # the lot has moved: its purchase cannot be voided
        station.receipts.void(station.buyback.lot(lot.id).receipt_id, "称错了")
    station.receipts.void(slip.number, "车没来")
    assert station.buyback_stock.stock(lot.id) == LotStock(100_000, 0, 5_000, 95_000)
    assert station.buyback_dispatches.statement("2026-11").fees_fen == 0
    assert station.check() == []


def test_void_of_a_purchase_gives_back_money_offset_and_stock(station, farmer, corn):
    station.purchasing.place(
        farmer.id, [LineInput(1, name="化肥", unit_price_fen=5000)], [pay.on_account(5000)]
    )
    lot, receipt = station.buyback.buy(
        Load(farmer.id, "corn-2", 100_000, 0, moisture=140, impurity=10),
        [pay.cash(24_600 - 5000)],
        offset_fen=5000,
    )
    assert station.ledger.balance(farmer.id) == 0
    station.receipts.void(receipt.number, "农户反悔")
    assert station.ledger.balance(farmer.id) == 5000
    assert station.buyback.lot(lot.id).on_hand_base == 0
    assert station.buyback.bought_at("corn-2") == 0
    assert station.buyback_dispatches.statement("2026-11").paid_to_farmers_fen == 0
    assert sum(p.amount_fen for p in pay.for_receipt(station, receipt.id)) == -19_600
    assert station.check() == []


@pytest.mark.parametrize(
    ("load", "tenders", "offset", "code"),
    [
        (dict(stable=False), [pay.cash(24_600)], 0, "scale_not_stable"),
        (dict(gross_base=20_000, tare_base=20_000), [], 0, "buyback_net_not_positive"),
        (dict(gross_base=2_000_001), [], 0, "buyback_over_max_load"),
        (dict(price_id="nope"), [], 0, "buyback_no_price"),
        (dict(moisture=1001), [], 0, "percent_out_of_range"),
        (dict(moisture=None), [], 0, "buyback_measure_missing"),
        (dict(), [pay.cash(24_600)], 100, "offset_exceeds_debt"),
        (dict(), [pay.cash(24_000)], 0, "payment_mismatch"),
    ],
)
def test_bad_loads_are_refused_and_write_nothing(station, farmer, corn, load, tenders, offset,
                                                  code):  # fmt: skip
    fields = dict(farmer_id=farmer.id, price_id="corn-2", gross_base=100_000, tare_base=0,
                  moisture=140, impurity=10) | load  # fmt: skip
    before = _counts(station)
    with pytest.raises((InvalidInput, PaymentError)) as refused:
        station.buyback.buy(Load(**fields), tenders, offset_fen=offset)
    assert refused.value.code == code
    assert refused.value.message("zh_CN") != code  # a real message, not the bare code
    assert _counts(station) == before


def test_percent_grammar(station):
    assert parse_percent("16", "moisture") == 160
    assert parse_percent("16.5%", "moisture") == 165
    for bad in ("16.05", "-1", "100.1", "abc"):
        with pytest.raises(InvalidInput):
            parse_percent(bad, "moisture")


def test_offset_larger_than_the_amount_and_quota(station, farmer, corn):
    station.buyback_prices.replace([CORN | {"quota_base": 150_000}])
    station.purchasing.place(
        farmer.id, [LineInput(1, name="化肥", unit_price_fen=150_000)], [pay.on_account(150_000)]
    )
    load = Load(farmer.id, "corn-2", 100_000, 0, moisture=140, impurity=10)
    before = _counts(station)
    with pytest.raises(PaymentError) as refused:
        station.buyback.buy(load, [], offset_fen=24_601)
    assert refused.value.code == "buyback_offset_exceeds_amount"
    assert _counts(station) == before
    station.buyback.buy(load, [], offset_fen=24_600)  # all offset: no cash moves
    with pytest.raises(InvalidInput) as refused:
        station.buyback.buy(load, [], offset_fen=24_600)
    assert refused.value.code == "buyback_quota_exceeded"
    assert station.check() == []


def test_price_outside_its_dates_is_refused(station, farmer, corn, clock):
    clock.advance(days=60)  # 2027-01-21: the list ended on 2026-12-31
    with pytest.raises(InvalidInput) as refused:
        station.buyback.preview(Load(farmer.id, "corn-2", 1000, 0, moisture=140, impurity=10))
    assert refused.value.code == "buyback_no_price"


def test_trigger_refuses_stock_past_the_service(station, farmer, corn):
    lot, _ = station.buyback.buy(
        Load(farmer.id, "corn-2", 1000, 0, moisture=140, impurity=10), [pay.cash(246)]
    )
    with pytest.raises(Exception, match="negative"), station.records.atomic():
        station.buyback_stock.move(lot.id, "spoil", -1001)
    with pytest.raises(Exception, match="paid weight"), station.records.atomic():
        station.buyback_stock.move(lot.id, "intake", 1000)
    with pytest.raises(Exception, match="append-only"), station.records.atomic() as db:
        db.execute("UPDATE buyback_lots SET amount_fen = 1")


def test_poverty_report_counts_buyback_income_with_the_premium_apart(station, farmer, corn):
    """A poor household's buy-back is income paid to it (offset included); voids take it back."""
    other = station.farmers.add("李四", phone="13900001111")
    station.buyback.buy(_worked_load(farmer), [pay.cash(120_048)])
    _, second = station.buyback.buy(
        Load(farmer.id, "corn-2", 5_000, 0, moisture=140, impurity=10), [pay.cash(1_230)]
    )
    station.buyback.buy(Load(other.id, "corn-2", 5_000, 0, moisture=140, impurity=10),
                        [pay.cash(1_200)])  # fmt: skip
    station.receipts.void(second.number, "重复录入")
    report = station.reports.poverty("2026-11-01", "2026-11-30")
    assert report.buyback_for_poor_fen == 120_048
    assert report.buyback_premium_for_poor_fen == 2_928
    assert report.income_to_poor_fen == 120_048
    assert report.poor_households_served == 1 and report.households_served == 2
