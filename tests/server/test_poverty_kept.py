"""The poverty figures the county keeps per farmer and day and per farmer and month
(``poverty_store.py``, migration 0009) give exactly what the old queries over the record
tables gave (``poverty_reference.py``): ``poverty.figures`` for whole, partial and one-day
periods, per station and month, county-wide and for one station, and ``poverty.watch_list``,
after pushes with purchases, a cancelled and refunded order, a returned line, a voided
settlement, debt offsets, poor flags changed both ways and a batch pushed again; on a tiny
``bench.generate_county`` county too, whose rows were bulk-inserted and rebuilt as migration
0009 backfills them.  On SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from servicepoint.core.ids import CHINA_TZ
from servicepoint.server import ingest, poverty, poverty_store, schema
from servicepoint.server.storage import Storage

from . import poverty_reference as reference
from .scenario import busy_day
from .test_county_admin import settle_with_offset
from .test_poverty import only_cancelled, paid_in_cash, voided_settlement

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate_county as gc  # noqa: E402


def periods(first: date, last: date) -> list[tuple[str, str]]:
    """Whole months, parts of months on either side, one month's inside, one day, across
    one edge, and a period with nothing in it."""
    a, b = first.isoformat(), last.isoformat()
    return [
        (a, b),
        ("2026-01-01", "2026-12-31"),
        (a[:8] + "01", b[:8] + "28"),
        (a[:8] + "02", b),
        (a, a),
        (b, b),
        (a[:8] + "03", a[:8] + "27"),
        ("2025-12-05", "2026-12-04"),
        (a, "2026-12-31"),
        ("2027-01-01", "2027-02-01"),
        (b, a),
    ]


def assert_same(storage: Storage, first: date, last: date, stations: list[str]) -> int:
    """Every period, by month or not, county-wide and per station, and the watch list at a
    few days: kept == reference.  Returns how many non-empty answers were compared."""
    compared = 0
    with storage.read() as conn:
        for day_from, day_to in periods(first, last):
            for by_month in (False, True):
                for station in (None, *stations):
                    old = reference.figures(
                        conn, day_from, day_to, by_month=by_month, station=station
                    )
                    new = poverty.figures(
                        conn, day_from, day_to, by_month=by_month, station=station
                    )
                    assert new == old, (day_from, day_to, by_month, station)
                    compared += bool(old)
        for today in (first, last, date(2026, 12, 31)):
            for days in (1, 30, 90, 400):
                old_list = reference.watch_list(conn, today, days)
                assert poverty.watch_list(conn, today, days) == old_list, (today, days)
                # the page's per-station counts, and one station's list, agree with it
                counted = Counter(row["station"] for row in old_list)
                assert poverty.watch_counts(conn, today, days) == counted, (today, days)
                for station in stations:
                    assert poverty.watch_list(conn, today, days, stations=[station]) == [
                        row for row in old_list if row["station"] == station
                    ]
                compared += bool(old_list)
    return compared


def push_again(storage: Storage, station: str) -> None:
    """The station's stored changes pushed again: as a replayed batch (nothing written) and
    as a repair's full re-upload (inserts counted as duplicates, updates as themselves)."""
    c = schema.changes.c
    with storage.write() as conn:
        rows = conn.execute(
            select(schema.changes).where(c.station == station).order_by(c.device_id, c.epoch, c.seq)
        ).all()
        import json

        changes: list[ingest.Change] = [
            {
                "seq": r.seq,
                "entity": r.entity,
                "id": r.record_id,
                "op": r.op,
                "payload": json.loads(r.payload),
            }
            for r in rows
        ]
        device, epoch = rows[0].device_id, rows[0].epoch
        mine = [ch for ch, r in zip(changes, rows, strict=True) if r.device_id == device]
        batch = ingest.Batch(station, device, epoch, 0, mine[0]["seq"], mine[-1]["seq"], mine)
        assert ingest.push(conn, station, batch, "2026-12-01T12:00:00+00:00").replay
        result = ingest.apply_changes(conn, station, changes, "2026-12-01T12:00:00+00:00")
        assert result.duplicates > 0


def test_kept_figures_equal_the_queries_over_the_records(enrolled, county, clock):
    station = enrolled
    clock.set(datetime(2026, 10, 25, 9, 0, tzinfo=CHINA_TZ))
    busy_day(station, n_orders=2, tag="a")
    settle_with_offset(station)
    only_cancelled(station)  # a poor household's order cancelled, its payment refunded
    first = station.clock.now().date()
    assert station.sync.run().ok
    assert assert_same(county.storage, first, first, ["GJ01"]) > 0

    clock.advance(days=31)
    busy_day(station, n_orders=1, tag="b")  # a returned line among them
    voided_settlement(station, "孙七", "PK2016088")
    paid_in_cash(station, "老王", "PK20160001")
    last = station.clock.now().date()
    assert station.sync.run().ok
    assert assert_same(county.storage, first, last, ["GJ01"]) > 0

    # poor flags changed both ways: every month of those farmers moves with them
    names = {f.name: f for f in station.farmers.search("", limit=100)}
    station.farmers.edit(names["李四a"].id, is_poor=True)
    station.farmers.edit(names["张三b"].id, is_poor=False)
    assert station.sync.run().ok
    with county.storage.read() as conn:
        before = poverty.figures(conn, first.isoformat(), last.isoformat(), by_month=True)
    assert assert_same(county.storage, first, last, ["GJ01"]) > 0

    push_again(county.storage, "GJ01")
    with county.storage.read() as conn:
        after = poverty.figures(conn, first.isoformat(), last.isoformat(), by_month=True)
    assert after == before
    assert assert_same(county.storage, first, last, ["GJ01"]) > 0
    with county.storage.write() as conn:  # migration 0009's backfill gives the same rows
        kept = sorted(conn.execute(select(schema.farmer_months)).all())
        poverty_store.rebuild(conn)
        assert sorted(conn.execute(select(schema.farmer_months)).all()) == kept


UNTIL = date(2026, 11, 20)
PLAN = gc.Plan(
    stations=3,
    days=40,
    until=UNTIL.isoformat(),
    orders=(60, 30),
    weights=(1, 1),
    quiet=(0, 2),
)


def test_kept_figures_of_a_generated_county(county_url, tmp_path):
    manifest = gc.fill(county_url, PLAN, lambda _line: None, tmp_path / "cache")
    storage = Storage.open(county_url)
    try:
        codes = [s["code"] for s in manifest["stations"]]
        assert assert_same(storage, PLAN.start, UNTIL, codes[:2]) > 0
    finally:
        storage.close()
