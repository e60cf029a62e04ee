"""Assisted purchase orders: lifecycle, payments, commission accrual and reversal."""

from __future__ import annotations

import json

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidState, PaymentError, PermissionDenied
from servicepoint.core.purchasing import LineInput


def rice(qty_g: int = 3650) -> LineInput:
    """7.3 斤 of rice at ¥12.50/斤 in the 农资 category (8 %)."""
    return LineInput(
        qty_g,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def test_worked_example_order(station, farmer):
    """The BRIEF example becomes a 9125-fen order with 730 fen commission at 8 %."""
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125, 10000)])
    assert order.total_fen == 9125
    assert order.commission_fen == 730
    assert order.status == "placed"
    assert order.number == "GJ01-2026-000001"
    cash_row = station.records.one("SELECT * FROM payments WHERE order_id = ?", (order.id,))
    assert (cash_row["tendered_fen"], cash_row["change_fen"]) == (10000, 875)


def test_full_lifecycle_commission_accrues_on_completion(station, farmer):
    """No commission until pickup; then exactly the per-line figure; pickup slip issued."""
    order = station.purchasing.place(
        farmer.id, [rice(), rice(1000)], [pay.mobile(9125 + 2500, "WX20261122001")]
    )
    total_comm = lambda: station.records.scalar(  # noqa: E731
        "SELECT COALESCE(SUM(amount_fen), 0) FROM commission_entries WHERE order_id = ?",
        (order.id,),
    )
    station.purchasing.mark_ordered(order.id, "JD-778899")
    station.purchasing.mark_arrived(order.id)
    assert total_comm() == 0
    done, slip = station.purchasing.complete(order.id)
    assert done.status == "completed" and slip.kind == "pickup"
    assert total_comm() == 730 + 200
    events = [
        r["event"]
        for r in station.records.all(
            "SELECT event FROM order_events WHERE order_id = ? ORDER BY created_at, id", (order.id,)
        )
    ]
    assert events == ["placed", "ordered", "arrived", "completed"]
    assert station.check() == []


def test_cancel_refunds_the_way_it_was_paid(station, farmer):
    """A split paid order cancelled before pickup refunds each method, account first."""
    order = station.purchasing.place(
        farmer.id,
        [LineInput(2, name="化肥", unit_price_fen=5000, category_code="agri")],
        [pay.on_account(6000), pay.cash(4000, 5000)],
    )
    assert station.ledger.balance(farmer.id) == 6000
    receipt = station.purchasing.cancel(order.id, "农户不要了")
    assert receipt.kind == "cancel" and receipt.amount_fen == -10000
    assert station.ledger.balance(farmer.id) == 0
    net = {
        r["method"]: r["n"]
        for r in station.records.all(
            "SELECT method, SUM(amount_fen) AS n FROM payments WHERE order_id = ? GROUP BY method",
            (order.id,),
        )
    }
    assert net == {"account": 0, "cash": 0}
    assert station.purchasing.get(order.id).status == "cancelled"
    assert station.audit.entries(action="order_cancelled")[0].reason == "农户不要了"
    with pytest.raises(InvalidState):
        station.purchasing.mark_arrived(order.id)
    assert station.check() == []


def test_partial_then_full_return_reverses_commission(station, farmer):
    """Returning one line reverses that line's commission only; the rest later."""
    order = station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    first = station.purchasing.get(order.id).lines[0]
    station.purchasing.return_lines(order.id, "发霉", [first.id])
    after = station.purchasing.get(order.id)
    assert after.status == "completed"
    assert [li.returned for li in after.lines] == [True, False]
    accrued = station.records.scalar(
        "SELECT SUM(amount_fen) FROM commission_entries WHERE order_id = ?", (order.id,)
    )
    assert accrued == 200
    station.purchasing.return_lines(order.id, "都不要了")
    assert station.purchasing.get(order.id).status == "returned"
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE order_id = ?", (order.id,)
        )
        == 0
    )
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM payments WHERE order_id = ?", (order.id,)
        )
        == 0
    )
    assert station.check() == []


def test_late_return_needs_a_manager(station, farmer, clock):
    """A return more than a day after pickup needs a manager's approval."""
    station.operators.add("小李", "5678")
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    clock.advance(days=2)
    station.sign_in("小李", "5678")
    with pytest.raises(PermissionDenied):
        station.purchasing.return_lines(order.id, "坏了")
    manager = station.operators.approve("王站长", "1234")
    receipt = station.purchasing.return_lines(order.id, "坏了", approver=manager)
    assert receipt.kind == "return"


def test_account_credit_limit(station, farmer):
    """A purchase on account beyond the credit limit is refused, within it accepted."""
    with pytest.raises(PaymentError) as info:
        station.purchasing.place(
            farmer.id,
            [LineInput(1, name="电视机", unit_price_fen=250000)],
            [pay.on_account(250000)],
        )
    assert info.value.code == "credit_limit"
    station.set_setting("credit_limit_fen", 300000)
    station.purchasing.place(
        farmer.id, [LineInput(1, name="电视机", unit_price_fen=250000)], [pay.on_account(250000)]
    )
    assert station.ledger.balance(farmer.id) == 250000


def test_catalogue_item_rate_and_adhoc_default_rate(station, farmer):
    """Catalogue items carry their own rate; ad-hoc items take the category default."""
    import io

    station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price,rate\nSEED1,玉米种子,agri,bag,35.00,6\n")
    )
    item = station.catalogue.search("玉米")[0]
    assert item.commission_bp == 600
    order = station.purchasing.place(
        farmer.id,
        [
            LineInput(2, item_id=item.id),
            LineInput(1, name="拼多多 雨靴", unit_price_fen=3990, platform="拼多多"),
        ],
        [pay.cash(7000 + 3990)],
    )
    assert [li.commission_bp for li in order.lines] == [600, 1000]
    assert [li.commission_fen for li in order.lines] == [420, 399]
    adhoc = station.catalogue.get(order.lines[1].item_id)
    assert adhoc.source == "adhoc"


def test_change_log_written_with_the_order(station, farmer):
    """Every row the order wrote has its outbox entry; updates carry only changed fields."""
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    station.purchasing.mark_ordered(order.id, "PDD-1")
    rows = station.records.all("SELECT * FROM outbox WHERE record_id = ? ORDER BY seq", (order.id,))
    assert [r["op"] for r in rows] == ["insert", "update"]
    update = json.loads(rows[1]["payload"])
    assert update["fields"]["status"] == "ordered"
    assert update["fields"]["platform_order_no"] == "PDD-1"
    assert update["base_version"] == 1
    assert "farmer_id" not in update["fields"]


def test_refund_method_is_capped_by_how_it_was_paid(station, farmer):
    """Account charges go back only to the account; cash may go back by mobile and vice versa."""
    on_account = station.purchasing.place(
        farmer.id, [LineInput(1, name="化肥", unit_price_fen=10000)], [pay.on_account(10000)]
    )
    with pytest.raises(InvalidState) as info:
        station.purchasing.cancel(on_account.id, "不要了", refund_method="cash")
    assert info.value.code == "refund_exceeds_paid"
    assert station.ledger.balance(farmer.id) == 10000
    paid_cash = station.purchasing.place(
        farmer.id, [LineInput(1, name="水桶", unit_price_fen=1500)], [pay.cash(1500)]
    )
    station.purchasing.cancel(paid_cash.id, "不要了", refund_method="mobile")
    assert station.check() == []


def test_cancel_a_free_order_with_a_chosen_refund_method(station, farmer):
    """A ¥0 order cancels cleanly: nothing to refund, no zero payment written."""
    import io

    station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price\nG1,赠品,other,piece,0\n")
    )
    gift = station.catalogue.search("赠品")[0]
    free = station.purchasing.place(farmer.id, [LineInput(1, item_id=gift.id)], [])
    receipt = station.purchasing.cancel(free.id, "不要了", refund_method="cash")
    assert receipt.amount_fen == 0
    assert (
        station.records.scalar("SELECT COUNT(*) FROM payments WHERE order_id = ?", (free.id,)) == 0
    )
