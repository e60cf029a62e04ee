"""No document number is issued twice, whatever the order of backup, restore, sync and offline
work (issue 10, cases 1 and 2; core/numbering.py; docs/sync.md "Numbering after a restore").

Every order of: backup → N documents → sync them or not → restore (the replaced file kept, or
the PC dead) → county up or down → more documents → sync.  The test keeps every receipt number
and trace code ever printed, including those that went down with a dead PC, and checks that
none was printed twice, that the county holds each once, and that ``check()`` is clean.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from servicepoint.core import Station, numbering
from servicepoint.core import payments as pay
from servicepoint.core.backup import restore
from servicepoint.core.errors import InvalidState
from servicepoint.core.purchasing import LineInput
from servicepoint.server import schema

from .conftest import enrol

DEAD_SERVER = "http://127.0.0.1:9"  # nothing listens on the discard port


def documents(station: Station, n: int, printed: list[str]) -> None:
    """``n`` rounds of the point's numbered documents: a consignment intake (trace code and
    receipt) and a cash purchase (receipt); every number printed is noted in ``printed``."""
    farmer = station.farmers.add("农户")
    for _ in range(n):
        batch = station.consignment.intake(farmer.id, "土鸡蛋", 30, "piece")
        printed += [batch.trace_code, station.receipts.get(batch.receipt_id).number]
        order = station.purchasing.place(
            farmer.id, [LineInput(1, name="水桶", unit_price_fen=1500)], [pay.cash(1500)]
        )
        printed.append(order.number)


def county_numbers(county, code: str) -> list[str]:
    r, b = schema.records["receipts"], schema.records["consignment_batches"]
    with county.storage.read() as conn:
        return [x[0] for x in conn.execute(select(r.c.number).where(r.c.station == code))] + [
            x[0] for x in conn.execute(select(b.c.trace_code).where(b.c.station == code))
        ]


@pytest.mark.parametrize(
    ("synced", "replaced_kept", "county_up"), list(itertools.product((True, False), repeat=3))
)
def test_no_number_twice_in_any_order(
    station, sqlite_county, clock, synced, replaced_kept, county_up
):
    county = sqlite_county
    enrol(station, county)
    printed: list[str] = []
    documents(station, 2, printed)
    assert station.sync.run().clean
    backup = station.backups.backup(kind="manual")
    documents(station, 3, printed)  # after the backup: the documents a restore loses
    if synced:
        assert station.sync.run().clean
    path, manager = station.path, station.operator
    station.close()
    if not replaced_kept:  # the PC died: its file is gone, the backup is all there is
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    restore(path.parent, backup.path, clock=clock)
    with Station.open(path.parent, clock=clock) as again:
        again.act_as(manager)
        again.sync.backoff = 0.01
        if replaced_kept:
            # The replaced file's counters came over: numbering goes on at once.
            assert numbering.is_open(again)
        else:
            assert again.sync.status().numbers_closed
            with pytest.raises(InvalidState) as info:
                documents(again, 1, printed)
            assert info.value.code == "numbers_closed_after_restore"
        if county_up:
            assert again.sync.run().ok
        else:
            again.sync.set_server(DEAD_SERVER)
            again.sync.retries = 0
            assert not again.sync.run().ok
            if not numbering.is_open(again):
                numbering.open_fresh_block(again)  # the manager's explicit choice
        assert numbering.is_open(again)
        documents(again, 2, printed)
        again.sync.set_server(county.url)
        final = again.sync.run()
        assert final.clean, final.summary("en")
        assert again.check() == []
        if not replaced_kept:  # the jump is marked on the receipts of the block
            from servicepoint.core.receipt_data import receipt_data

            notes = " ".join(receipt_data(again, printed[-1]).notes)
            assert "新号段" in notes
    assert len(printed) == len(set(printed)), sorted(printed)
    at_county = county_numbers(county, station.code)
    assert len(at_county) == len(set(at_county))
    assert county.get("/v1/county/conflicts").json() == []


def test_sync_never_reports_plain_success_over_a_conflict(
    station, sqlite_county, clock, monkeypatch, capsys, tmp_path
):
    """A number issued twice reaches the county: `servicepoint sync` says what happened in
    words and exits 3; `sync status` shows it until a manager acknowledges it."""
    from servicepoint.cli import main

    county = sqlite_county
    enrol(station, county)
    printed: list[str] = []
    documents(station, 1, printed)
    assert station.sync.run().clean
    backup = station.backups.backup(kind="manual")
    documents(station, 1, printed)
    assert station.sync.run().clean
    path, manager = station.path, station.operator
    data_dir = path.parent.parent
    station.close()
    path.unlink()
    restore(path.parent, backup.path, clock=clock)
    with Station.open(path.parent, clock=clock) as again:
        # What the previous version allowed: selling at once after a restore, before any sync.
        again.db.execute("UPDATE sync_state SET numbers_open = 1")
        again.act_as(manager)
        documents(again, 1, printed)
    assert len(printed) != len(set(printed))
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    args = ["--data-dir", str(data_dir)]
    assert main(["sync", *args]) == 3
    out = capsys.readouterr().out
    assert "冲突" in out and "同步成功" not in out
    assert printed[4] in out and printed[3] in out  # the receipt number and the trace code
    assert main(["sync", *args]) == 3  # still there on the next run
    capsys.readouterr()
    assert main(["sync", "status", *args]) == 3
    assert printed[4] in capsys.readouterr().out
    assert main(["sync", "acknowledge", *args]) == 0
    assert main(["sync", *args]) == 0
    assert "同步成功" in capsys.readouterr().out
    assert main(["sync", "status", *args]) == 0


def test_fresh_block_needs_a_manager_and_a_closed_numbering(station, tmp_path, clock):
    """The block is a manager's choice, only when numbering is paused."""
    with pytest.raises(InvalidState):
        numbering.open_fresh_block(station)
    numbering.close(station)
    clerk = station.operators.add("小李", "5678")
    station.act_as(clerk)
    from servicepoint.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        numbering.open_fresh_block(station)
