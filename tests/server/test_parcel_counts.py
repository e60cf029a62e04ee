"""Issue 17: the parcel desk reaches the county as counts only.  After a sync the county's
parcels in and out per day equal the station's (checked-in and sent parcels, over two days and
a second sync that updates a day already sent); the console shows them per village and on the
station page; no recipient's phone or name is anywhere in the county's database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from servicepoint.core import payments as pay
from servicepoint.server import schema

from .console_client import Console, add_viewer, table


@pytest.fixture
def console(county) -> Iterator[Console]:
    add_viewer(county.storage)
    c = Console(county.storage)
    yield c
    c.close()


def _county_days(county, code: str) -> list[tuple[str, int, int]]:
    t = schema.records["parcel_days"]
    with county.storage.read() as conn:
        rows = conn.execute(
            select(t.c.day, t.c.parcels_in, t.c.parcels_out)
            .where(t.c.station == code)
            .order_by(t.c.day)
        ).all()
    return [tuple(r) for r in rows]


def _station_days(station) -> list[tuple[str, int, int]]:
    return [
        (d["day"], d["parcels_in"], d["parcels_out"])
        for d in station.parcels.counts("2000-01-01", "2999-12-31")
    ]


def test_county_parcel_counts_equal_the_stations_after_sync(enrolled, county, console):
    station = enrolled
    farmer = station.farmers.add("张三", phone="13800001234")
    for i in range(5):
        station.parcels.check_in(f"SF12345678901{i:02d}", "13912345678", "李四")
    station.parcel_sends.send(
        courier="sf", tracking_no="SF9999999999901", weight_g=2000, province="浙江",
        fee="15", tenders=[pay.cash(1500)], farmer_id=farmer.id,
    )  # fmt: skip
    assert station.sync.run().ok
    assert _county_days(county, station.code) == _station_days(station) == [("2026-11-22", 5, 1)]
    # more the same day, and the next day: the county's day is updated, a new day added
    station.parcels.check_in("SF1234567890199", "5678")
    station.clock.advance(days=1)
    station.parcels.check_in("YT1234567890123", "1111", "王五")
    station.parcel_sends.send(
        courier="yto", tracking_no="YT9999999999901", weight_g=500, province="广东",
        fee=0, sender_name="王五",
    )  # fmt: skip
    result = station.sync.run()
    assert result.ok, result.error
    assert _county_days(county, station.code) == _station_days(station)
    assert _station_days(station) == [("2026-11-22", 6, 1), ("2026-11-23", 1, 1)]
    # nothing personal about recipients reached the county
    with county.storage.read() as conn:
        stored = "\n".join(
            str(v)
            for name in schema.records
            for row in conn.execute(select(schema.records[name]))
            for v in row
        )
        changes = "\n".join(str(r[0]) for r in conn.execute(text("SELECT payload FROM changes")))
    for secret in ("13912345678", "李四", "SF1234567890100"):
        assert secret not in stored and secret not in changes
    # the console: per village and day, and on the station page
    console.as_viewer()
    page = console.get("/parcels?from=2026-11-22&to=2026-11-23").text
    rows = {
        r["attrs"]["data-day"]: [int(c["attrs"]["data-n"]) for c in r["cells"][3:]]
        for r in table(page, "parcels")
    }
    assert rows == {"2026-11-22": [6, 1], "2026-11-23": [1, 1], "total": [7, 2]}
    page = console.get(f"/stations/{station.code}?from=2026-11-22&to=2026-11-23").text
    shown = [
        (r["attrs"]["data-day"], *[int(c["attrs"]["data-n"]) for c in r["cells"][1:]])
        for r in table(page, "parcels")
    ]
    assert shown == _station_days(station)
    assert station.check() == []
