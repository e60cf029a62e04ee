"""Backup → restore → sync continues: nothing lost at the county, nothing duplicated, and no
receipt number issued twice (SYNC.md "A device restored from a backup starts a new epoch")."""

from __future__ import annotations

from sqlalchemy import func, select

from servicepoint.core import Station
from servicepoint.core.backup import restore
from servicepoint.server import schema

from .scenario import busy_day


def county_count(county, table: str, station: str) -> int:
    t = schema.records[table]
    with county.storage.read() as conn:
        return int(conn.execute(select(func.count()).where(t.c.station == station)).scalar())


def test_backup_restore_then_sync_loses_and_duplicates_nothing(enrolled, county, clock):
    station = enrolled
    busy_day(station, n_orders=2, tag="a")
    assert station.sync.run().ok
    backup = station.backups.backup(kind="manual")

    def numbers(s):
        return {r["number"] for r in s.records.all("SELECT number FROM receipts")}

    at_backup = numbers(station)
    # After the backup: more sales, synced. The PC then dies; these live only at the county.
    busy_day(station, n_orders=2, tag="b")
    assert station.sync.run().ok
    receipts_at_county = county_count(county, "receipts", station.code)
    lost_numbers = numbers(station) - at_backup
    assert lost_numbers
    path, manager = station.path, station.operator
    old_epoch = station.identity.epoch
    station.close()

    result = restore(path.parent, backup.path, clock=clock)
    assert result.epoch == old_epoch + 1
    with Station.open(path.parent, clock=clock) as again:
        again.act_as(manager)
        again.sync.backoff = 0.05
        assert again.identity.epoch == old_epoch + 1
        assert again.sync.status().restored_unconfirmed
        first = again.sync.run()  # learns the county's receipt numbers before selling
        assert first.ok and not again.sync.status().restored_unconfirmed
        busy_day(again, n_orders=1, tag="c")
        outcome = again.sync.run()
        assert outcome.ok, outcome.error
        assert again.sync.waiting() == 0
        # The county kept what the restored PC lost, and took the new day once.
        assert county_count(county, "receipts", again.code) > receipts_at_county
        with county.storage.read() as conn:
            t = schema.records["receipts"]
            issued = [
                r[0] for r in conn.execute(select(t.c.number).where(t.c.station == again.code))
            ]
        assert len(issued) == len(set(issued))  # no receipt number twice
        new_numbers = numbers(again) - at_backup
        assert new_numbers and not (new_numbers & lost_numbers)
        # Every record the restored station holds is at the county exactly once.
        for table in ("orders", "payments", "order_lines", "commission_entries"):
            local = again.records.scalar(f"SELECT COUNT(*) FROM {table}")
            assert county_count(county, table, again.code) >= local
        with county.storage.read() as conn:
            epochs = sorted(
                r[0]
                for r in conn.execute(
                    select(schema.cursors.c.epoch).where(schema.cursors.c.station == again.code)
                )
            )
        assert epochs == [old_epoch, old_epoch + 1]
        assert again.check() == []


def test_sale_before_first_sync_after_restore_reuses_no_number(enrolled, county, clock):
    """Issue 10 case 2: sold offline right after a restore, before any sync.  The replaced
    file's counters came over, so the new receipts take new numbers: the county lists no
    conflict and the sync is a plain success."""
    station = enrolled
    busy_day(station, n_orders=1, tag="a")
    assert station.sync.run().ok
    backup = station.backups.backup(kind="manual")
    busy_day(station, n_orders=1, tag="b")
    assert station.sync.run().ok
    before = {r["number"] for r in station.records.all("SELECT number FROM receipts")}
    path, manager = station.path, station.operator
    station.close()
    restore(path.parent, backup.path, clock=clock)
    with Station.open(path.parent, clock=clock) as again:
        again.act_as(manager)
        busy_day(again, n_orders=1, tag="c")
        new = {r["number"] for r in again.records.all("SELECT number FROM receipts")}
        outcome = again.sync.run()
        assert outcome.clean, outcome.summary("en")
        assert outcome.conflicts == 0
        assert county.get("/v1/county/conflicts").json() == []
        t = schema.records["receipts"]
        with county.storage.read() as conn:
            numbers = [
                r[0] for r in conn.execute(select(t.c.number).where(t.c.station == again.code))
            ]
        assert len(numbers) == len(set(numbers)) and before | new <= set(numbers)
        assert again.check() == []


def test_check_passes_right_after_the_counter_jumps(enrolled, county, clock):
    """Restored and synced, before any new sale: the numbers held at the county are not
    reported as gaps, and the next receipt continues after the county's last."""
    station = enrolled
    busy_day(station, n_orders=1, tag="a")
    station.sync.run()
    backup = station.backups.backup(kind="manual")
    busy_day(station, n_orders=1, tag="b")
    station.sync.run()
    last = station.records.scalar("SELECT MAX(seq) FROM receipts")
    path, manager = station.path, station.operator
    station.close()
    restore(path.parent, backup.path, clock=clock)
    with Station.open(path.parent, clock=clock) as again:
        again.act_as(manager)
        assert again.sync.run().ok
        assert again.check() == []
        farmer = again.farmers.add("王五")
        from servicepoint.core import payments as pay
        from servicepoint.core.purchasing import LineInput

        order = again.purchasing.place(
            farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
        )
        assert order.number.endswith(f"{last + 1:06d}")
        assert again.check() == []
