"""Issue 13, client version check: every station request carries the app's version; a county
with a minimum answers an older station 426 ``client_too_old`` in both languages, writes
nothing, and the station says in words to ask for the new version and keeps working offline."""

from __future__ import annotations

import hashlib

import pytest
import requests
from sqlalchemy import select

from servicepoint import __version__
from servicepoint.core import payments as pay
from servicepoint.core.protocol import CLIENT_VERSION_HEADER
from servicepoint.core.purchasing import LineInput
from servicepoint.server import schema
from servicepoint.server.app import ServerConfig
from servicepoint.server.versions import too_old

from .conftest import enrol, start_county, station_headers, token_of


def county_state(county) -> tuple[dict[str, int], str]:
    counts, digest = {}, hashlib.sha256()
    with county.storage.read() as conn:
        for table in schema.metadata.sorted_tables:
            rows = [tuple(map(str, r)) for r in conn.execute(select(table))]
            counts[table.name] = len(rows)
            digest.update(repr((table.name, sorted(rows))).encode())
    return counts, digest.hexdigest()


@pytest.fixture
def strict_county(sqlite_url):
    config = ServerConfig()
    c = start_county(sqlite_url, config)
    yield c, config
    c.admin.close()
    c.server.stop()
    c.storage.close()


def test_versions_compare_by_release_number():
    assert too_old("0.1.0", "0.2.0") and too_old("1.9.9", "1.10")
    assert not too_old("1.10.0", "1.9") and not too_old("1.2", "1.2.0")
    assert too_old(None, "0.1.0") and too_old("banana", "0.1.0")


def test_a_too_old_station_gets_426_and_nothing_is_written(station, strict_county):
    county, config = strict_county
    enrol(station, county)
    config.min_client_version = "9.0.0"
    before = county_state(county)
    headers = station_headers(token_of(station))
    for sent in ("0.1.0", None):
        h = dict(headers, **({CLIENT_VERSION_HEADER: sent} if sent else {}))
        answer = requests.get(county.url + "/v1/sync/state?epoch=1", headers=h, timeout=30)
        assert answer.status_code == 426
        body = answer.json()
        assert body["error"] == "client_too_old"
        assert body["params"] == {"version": sent or "?", "min_version": "9.0.0"}
        assert "9.0.0" in body["message"] and "新版本" in body["message"]
        assert "9.0.0" in body["message_en"] and "new version" in body["message_en"]
    answer = requests.post(
        county.url + "/v1/sync/push",
        headers=dict(headers, **{CLIENT_VERSION_HEADER: "8.9"}),
        data=b"not even gzip",
        timeout=30,
    )
    assert answer.status_code == 426 and answer.json()["error"] == "client_too_old"
    assert county_state(county) == before
    # County logins are not stations': not checked.
    assert county.get("/v1/county/stations").status_code == 200
    config.min_client_version = __version__
    h = dict(headers, **{CLIENT_VERSION_HEADER: __version__})
    assert (
        requests.get(county.url + "/v1/sync/state?epoch=1", headers=h, timeout=30).status_code
        == 200
    )


def test_the_station_says_to_upgrade_and_keeps_working(station, strict_county):
    county, config = strict_county
    enrol(station, county)
    farmer = station.farmers.add("张三")
    station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
    )
    config.min_client_version = "9.0.0"
    waiting, before = station.sync.waiting(), county_state(county)
    result = station.sync.run()
    station.sync.close()
    assert not result.ok and result.error is not None
    assert result.error.code == "sync_client_too_old"
    zh, en = result.error.message("zh_CN"), result.error.message("en")
    assert "9.0.0" in zh and __version__ in zh and "离线" in zh
    assert "9.0.0" in en and "new version" in en and "offline" in en
    assert station.sync.status().last_error("en") == en
    assert station.sync.waiting() == waiting and county_state(county) == before
    # Offline work goes on: another sale is taken and waits.
    station.purchasing.place(
        farmer.id, [LineInput(1, name="镰刀", unit_price_fen=1800)], [pay.cash(1800)]
    )
    assert station.sync.waiting() > waiting
    config.min_client_version = None
    assert station.sync.run().ok
    station.sync.close()
