"""Opening a station: pragmas, migrations, identity, operators, settings and receipts."""

from __future__ import annotations

import json
import sqlite3

import pytest

from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from servicepoint.core.migrations import APPEND_ONLY, migrations
from servicepoint.core.purchasing import LineInput


def test_pragmas_for_durability(station):
    """WAL, synchronous=FULL (2) and foreign keys are on for every open station."""
    db = station.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopen_applies_no_migration_twice(station, clock):
    """Migrations are recorded; reopening finds nothing pending and keeps the data."""
    path = station.path
    station.close()
    with Station.open(path, clock=clock) as again:
        assert migrations.pending(again.db) == []
        assert again.identity.code == "GJ01"
        names = [m.name for m in migrations.applied(again.db)]
        assert names == [
            "0001_initial",
            "0002_indexes_for_five_years",
            "0003_sync",
            "0004_numbering_and_conflicts",
            "0005_receipt_stated_facts",
            "0006_platform_order_refs",
            "0007_outbox_count_index",
            "0008_server_fingerprint",
            "0009_county_public_url",
            "0010_parcel_desk",
            "0011_buyback",
        ]


def test_open_missing_station_is_a_clear_error(tmp_path):
    """Opening a folder without a station says so rather than creating an empty one."""
    with pytest.raises(NotFound) as info:
        Station.open(tmp_path / "nowhere")
    assert info.value.code == "station_not_initialised"
    assert not (tmp_path / "nowhere" / "station.db").exists()


def test_money_tables_refuse_update_and_delete(station, farmer):
    """Append-only tables refuse UPDATE and DELETE at the database level."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
    )
    for table in ("payments", "receipts", "order_lines"):
        assert table in APPEND_ONLY
        with pytest.raises(sqlite3.IntegrityError):
            station.db.execute(f"UPDATE {table} SET station = 'XX'")
        with pytest.raises(sqlite3.IntegrityError):
            station.db.execute(f"DELETE FROM {table}")


def test_pins_are_hashed_and_checked(station):
    """PINs are stored as scrypt hashes; a wrong PIN and an unknown name look the same."""
    op = station.operators.add("小李", "5678")
    row = station.records.one("SELECT * FROM operators WHERE id = ?", (op.id,))
    assert "5678" not in json.dumps(row)
    assert len(row["pin_hash"]) == 64
    with pytest.raises(PermissionDenied) as a:
        station.sign_in("小李", "0000")
    with pytest.raises(PermissionDenied) as b:
        station.sign_in("没有这人", "5678")
    assert a.value.code == b.value.code == "wrong_pin"
    assert station.sign_in("小李", "5678").role == "operator"


def test_settings_need_a_manager_and_are_audited(station):
    """An operator cannot change settings alone; a manager's approval is logged."""
    station.operators.add("小李", "5678")
    station.sign_in("小李", "5678")
    with pytest.raises(PermissionDenied):
        station.set_setting("credit_limit_fen", 100)
    manager = station.operators.approve("王站长", "1234")
    station.set_setting("credit_limit_fen", 100, approver=manager)
    assert station.setting("credit_limit_fen") == 100
    entry = station.audit.entries(action="setting_changed")[0]
    assert entry.operator_id == manager.id and entry.detail["after"] == 100


def test_receipt_numbers_gapless_across_refusals_and_years(station, farmer, clock):
    """A refused sale takes no number; numbering restarts at 000001 each year."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
    )
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do here
        station.purchasing.place(
            farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2400)]
        )
    second = station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    assert second.number == "GJ01-2026-000002"
    clock.advance(days=45)
    third = station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    assert third.number == "GJ01-2027-000001"
    assert station.check() == []


def test_rollback_inside_a_transaction_returns_the_number(station, farmer):
    """If anything fails after a number is taken, the number goes back with the rollback."""
    with pytest.raises(RuntimeError), station.records.atomic():
        station.receipts.issue("repayment", 100, farmer_id=farmer.id)
        raise RuntimeError("power cut simulated")
    assert station.records.scalar("SELECT COUNT(*) FROM receipts") == 0
    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    assert order.number.endswith("-000001")


def test_reprints_are_counted(station, farmer):
    """The first print is the original; each later one is a numbered reprint."""
    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    assert station.receipts.record_print(order.number) == 0
    assert station.receipts.record_print(order.number) == 1
    assert station.receipts.record_print(order.number) == 2
    assert station.receipts.reprint_count(order.number) == 2


def test_void_rules(station, farmer):
    """Voids need a manager and a reason, happen once, keep the original and reverse it."""
    station.operators.add("小李", "5678")
    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.on_account(900)]
    )
    station.sign_in("小李", "5678")
    with pytest.raises(PermissionDenied):
        station.receipts.void(order.number, "输错了")
    manager = station.operators.approve("王站长", "1234")
    with pytest.raises(InvalidInput):
        station.receipts.void(order.number, "  ", approver=manager)
    void = station.receipts.void(order.number, "输错了", approver=manager)
    assert void.kind == "void" and void.amount_fen == -900
    assert station.receipts.get(order.number).kind == "purchase"  # the original stays
    assert station.purchasing.get(order.id).status == "cancelled"
    assert station.ledger.balance(farmer.id) == 0
    with pytest.raises(InvalidState):
        station.receipts.void(order.number, "again", approver=manager)
    with pytest.raises(InvalidState):
        station.receipts.void(void.number, "void a void", approver=manager)
    assert station.check() == []


def test_every_synced_row_has_station_and_uuid7(station, farmer):
    """Synced rows carry the owning station and a UUIDv7 made on the device."""
    import uuid

    station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=900)], [pay.cash(900)]
    )
    for table in ("farmers", "orders", "payments", "receipts", "order_lines"):
        for row in station.records.all(f"SELECT id, station FROM {table}"):
            assert row["station"] == "GJ01"
            assert uuid.UUID(row["id"]).version == 7


def test_quick_check_runs_after_an_unclean_stop(station, clock):
    """A clean close skips the start-up quick_check; a left-behind marker triggers it."""
    from servicepoint.core.station import open_marker

    path = station.path
    assert open_marker(path).exists()
    station.close()
    assert not open_marker(path).exists()
    with Station.open(path, clock=clock) as again:
        assert not again.checked_at_open
        open_marker(path).touch()  # as if the power had gone
    open_marker(path).touch()
    with Station.open(path, clock=clock) as again:
        assert again.checked_at_open


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("no_such_setting", 1, "setting_unknown"),
        ("credit_limit_fen", "2000元", "not_integer_fen"),
        ("consignment_commission_bp", 99999, "bad_rate"),
        ("opening_float_fen", -5, "negative_amount"),
    ],
)
def test_settings_are_checked(station, key, value, code):
    """Unknown settings and bad values are refused before they can break a sale or a report."""
    with pytest.raises(InvalidInput) as info:
        station.set_setting(key, value)
    assert info.value.code == code
    assert station.setting(key) is None


def test_printing_settings(station):
    """Receipt width and printing choices are settings with a fixed set of values."""
    station.set_setting("receipt_width", "58")
    station.set_setting("print_without_dialog", True)
    station.set_setting("printer_name", "XP-58 小票机")
    assert (
        station.setting("receipt_width"),
        station.setting("print_without_dialog"),
        station.setting("printer_name"),
    ) == ("58", True, "XP-58 小票机")
    for key, value in (("receipt_width", "76"), ("print_without_dialog", 1)):
        with pytest.raises(InvalidInput) as info:
            station.set_setting(key, value)
        assert info.value.code == "setting_value"


def test_waiting_count_reads_the_narrow_index(station, farmer):
    """The waiting count shown at start-up counts the change log by its index, not by reading
    every change's payload (migration 0007), and still counts every change."""
    plan = station.db.execute("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM outbox").fetchall()
    assert "COVERING INDEX outbox_entity" in plan[0][3]
    rows = station.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
    assert rows > 0
    assert station.sync_status().waiting == rows
