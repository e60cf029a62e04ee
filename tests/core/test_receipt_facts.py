"""What a slip states besides its amount — reason, quantity, approving manager — is stored on the
receipt (migration 0005), and receipts issued before that print exactly as they did."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidState
from servicepoint.core.migrations import migrations
from servicepoint.core.receipt_data import ReceiptData, receipt_data

STEP = "0005_receipt_stated_facts"


def _documents(station: Station, farmer) -> dict[str, str]:
    """A stock return, a spoilage, a manager's void and a void a manager approved for a
    clerk: every receipt whose slip used to read its facts from the audit log."""
    manager = station.require_operator()
    batch = station.consignment.intake(farmer.id, "土鸡蛋", 120, "each")
    back = station.consignment.return_to_farmer(batch.id, 30, "农户要回去自己卖")
    spoiled = station.consignment.spoil(batch.id, 7, "运输中碎了")
    _, sale = station.consignment.sell(batch.id, 10, 150, [pay.cash(1500)], buyer="县城饭店")
    void_by_manager = station.receipts.void(sale.number, "买家退货")
    clerk = station.operators.add("小李", "5678", "operator")
    station.act_as(clerk)
    _, sale2 = station.consignment.sell(batch.id, 5, 150, [pay.cash(750)])
    void_for_clerk = station.receipts.void(sale2.number, "收错钱了", approver=manager)
    station.act_as(manager)
    return {
        "return": back.number,
        "spoil": spoiled.number,
        "void": void_by_manager.number,
        "void_for_clerk": void_for_clerk.number,
    }


def _printed(station: Station, numbers: dict[str, str]) -> dict[str, ReceiptData]:
    return {k: replace(receipt_data(station, n), printed_at="") for k, n in numbers.items()}


def test_new_receipts_hold_their_facts_and_print_without_the_audit_log(station, farmer):
    numbers = _documents(station, farmer)
    manager = station.require_operator()
    back = station.receipts.get(numbers["return"])
    assert (back.reason, back.quantity_base, back.approved_by) == ("农户要回去自己卖", 30, None)
    spoil = station.receipts.get(numbers["spoil"])
    assert (spoil.reason, spoil.quantity_base) == ("运输中碎了", 7)
    void = station.receipts.get(numbers["void_for_clerk"])
    assert (void.reason, void.quantity_base, void.approved_by) == ("收错钱了", None, manager.id)
    assert void.operator_id != manager.id
    statements: list[str] = []
    station.db.conn.set_trace_callback(statements.append)
    try:
        data = _printed(station, numbers)
    finally:
        station.db.conn.set_trace_callback(None)
    assert statements and not [s for s in statements if "audit_log" in s]
    assert "退还数量" in {f.label for f in data["return"].fields}
    assert ("批准人", manager.name) in {(f.label, f.value) for f in data["void_for_clerk"].fields}
    assert "原因：运输中碎了" in data["spoil"].notes


def _as_before_step(path: Path) -> None:
    """Turn a station file back into what the release before 0005 left: the receipts table
    without the three columns and the step not yet recorded (the audit entries that release
    wrote are there, since the services still write them)."""
    conn = sqlite3.connect(path)
    try:
        for column in ("approved_by", "quantity_base", "reason"):
            conn.execute(f"ALTER TABLE receipts DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (STEP,))
        conn.commit()
    finally:
        conn.close()


def _receipts_sql(db: Database | sqlite3.Connection) -> str:
    return str(db.execute("SELECT sql FROM sqlite_master WHERE name = 'receipts'").fetchone()[0])


def test_a_station_from_before_the_step_prints_its_old_receipts_as_it_did(station, farmer, clock):
    numbers = _documents(station, farmer)
    before = _printed(station, numbers)
    path = station.path
    manager = station.require_operator()
    station.close()
    _as_before_step(path)
    previous = Database(memory=True)
    migrations.apply(previous, stop_before=STEP)
    conn = sqlite3.connect(path)
    try:
        assert _receipts_sql(conn) == _receipts_sql(previous)  # truly the previous schema
        assert "reason" not in {r[1] for r in conn.execute("PRAGMA table_info(receipts)")}
    finally:
        conn.close()

    with Station.open(path, clock=clock) as again:  # the step runs: columns and back-fill
        assert migrations.pending(again.db) == []
        back = again.receipts.get(numbers["return"])
        assert (back.reason, back.quantity_base) == ("农户要回去自己卖", 30)
        assert again.receipts.get(numbers["void_for_clerk"]).approved_by == manager.id
        after = _printed(again, numbers)
        assert after == before
        assert ("退还数量", "30个") in {(f.label, f.value) for f in after["return"].fields}
        assert ("损耗数量", "7个") in {(f.label, f.value) for f in after["spoil"].fields}
        assert ("批准人", manager.name) in {
            (f.label, f.value) for f in after["void_for_clerk"].fields
        }
        assert "原因：收错钱了" in after["void_for_clerk"].notes
        again.act_as(manager)
        assert again.check() == []
        # Still append-only: the step put the trigger back.
        try:
            again.db.execute("UPDATE receipts SET reason = 'x'")
        except sqlite3.IntegrityError as error:
            assert "append-only" in str(error)
        else:
            raise AssertionError("receipts took an UPDATE after the back-fill")


def _order_line(name: str, platform: str, price_fen: int):
    from servicepoint.core.purchasing import LineInput

    return LineInput(1, name=name, unit_price_fen=price_fen, platform=platform)


def test_an_order_receipt_printed_later_states_the_order_as_it_was_issued(station, farmer, clock):
    """The walk-through's purchase receipt GJ01-2026-000001, printed after the goods were
    bought on two platforms, picked up and one line returned, said 部分退货, 已退货 and both
    platform numbers; printed later it must say exactly what it said at the counter."""
    lines = [_order_line("化肥", "京东", 5000), _order_line("种子", "拼多多", 3000)]
    order = station.purchasing.place(farmer.id, lines, [pay.cash(8000)])
    purchase = order.number
    at_counter = {purchase: receipt_data(station, purchase, record_print=True)}
    clock.advance(hours=1)
    station.purchasing.mark_ordered(order.id, [("jd", "JD-111"), ("pdd", "PDD-222")])
    station.purchasing.mark_arrived(order.id)
    _, pickup = station.purchasing.complete(order.id)  # same millisecond as nothing else
    at_counter[pickup.number] = receipt_data(station, pickup.number, record_print=True)
    second = station.purchasing.get(order.id).lines[1]
    back = station.purchasing.return_lines(order.id, "坏了", [second.id])
    at_counter[back.number] = receipt_data(station, back.number, record_print=True)
    with pytest.raises(InvalidState):  # no number joins a picked-up order's receipts later
        station.purchasing.add_platform_refs(order.id, [("jd", "JD-333")])
    station.purchasing.return_lines(order.id, "也不要了")
    clock.advance(days=3)

    for number, first in at_counter.items():
        later = receipt_data(station, number)
        assert replace(later, printed_at="") == replace(first, printed_at=""), number
    fields = {p.label: p.value for p in receipt_data(station, purchase).fields}
    assert fields["订单状态"] == "已付款待下单"
    assert "平台单号" not in fields
    assert not any(i.note for i in receipt_data(station, purchase).items)
    pickup_fields = {p.label: p.value for p in receipt_data(station, pickup.number).fields}
    assert pickup_fields["订单状态"] == "已取货"
    assert "JD-111" in pickup_fields["平台单号"] and "PDD-222" in pickup_fields["平台单号"]
    back_fields = {p.label: p.value for p in receipt_data(station, back.number).fields}
    assert back_fields["订单状态"] == "部分退货"


def test_a_printed_receipt_counts_its_reprints_as_before(station, farmer):
    """Printing it again after it printed is a reprint (补打, copy 1), as it always was."""
    line = _order_line("化肥", "京东", 5000)
    order = station.purchasing.place(farmer.id, [line], [pay.cash(5000)])
    assert receipt_data(station, order.number, record_print=True).reprint == 0
    assert receipt_data(station, order.number, record_print=True).reprint == 1
