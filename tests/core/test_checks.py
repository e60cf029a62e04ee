"""`station.check()` finds corruption that bypasses the services (a tampered database)."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput


def _tamper(station, sql, params=()):
    """Write past the services and the append-only triggers, as a damaged file would."""
    triggers = [
        r[0]
        for r in station.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    ]
    with station.records.atomic() as db:
        for name in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.execute(sql, params)


def test_clean_station_passes(station, farmer):
    """A station used only through the services has no problems."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    assert station.check() == []


def test_doubled_payout_is_found(station, farmer):
    """A settlement whose payout was paid twice is reported."""
    batch = station.consignment.intake(farmer.id, "鸡蛋", 30, "each")
    station.consignment.sell(batch.id, 10, 150, [pay.cash(1500)])
    station.settlement.settle(farmer.id)
    row = station.records.one("SELECT * FROM payments WHERE kind = 'payout'")
    row["id"] = station.new_id()
    cols = ", ".join(row)
    _tamper(
        station,
        f"INSERT INTO payments ({cols}) VALUES ({', '.join('?' for _ in row)})",
        tuple(row.values()),
    )
    assert any("settlement" in p for p in station.check())


def test_gap_in_receipt_numbers_is_found(station, farmer):
    """A receipt removed from the middle of the year shows as a gap."""
    for _ in range(3):
        station.purchasing.place(
            farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.on_account(900)]
        )
    _tamper(station, "PRAGMA foreign_keys = OFF")
    station.db.execute("PRAGMA foreign_keys = OFF")
    _tamper(station, "DELETE FROM receipts WHERE seq = 2")
    problems = station.check()
    assert any("gaps" in p for p in problems)


def test_stock_and_commission_tampering_is_found(station, farmer):
    """An edited sale quantity and a missing commission entry are both reported."""
    batch = station.consignment.intake(farmer.id, "核桃", 10000, "jin")
    station.consignment.sell(batch.id, 1000, 2000, [pay.cash(4000)])
    _tamper(station, "UPDATE consignment_sales SET quantity_base = 999")
    _tamper(station, "DELETE FROM commission_entries")
    problems = station.check()
    assert any("sold" in p for p in problems)
    assert any("commission" in p for p in problems)


def test_row_without_change_log_is_found(station, farmer):
    """A row whose change-log entry is missing is reported."""
    _tamper(station, "DELETE FROM outbox WHERE record_id = ?", (farmer.id,))
    assert any("change-log" in p for p in station.check())


def test_check_finds_a_trace_counter_behind_its_codes(station, farmer):
    """Issue 10 case 1: a day's trace counter behind the codes already issued (a restore
    before trace_counters) would issue a code twice; `check` reports it."""
    station.consignment.intake(farmer.id, "土鸡蛋", 30, "piece")
    station.consignment.intake(farmer.id, "土鸡蛋", 30, "piece")
    assert station.check() == []
    station.db.execute("UPDATE trace_counters SET last_seq = 1")
    assert any("trace counter" in p and "codes go up to 2" in p for p in station.check())
    station.db.execute("DELETE FROM trace_counters")
    assert any("trace counter" in p for p in station.check())
