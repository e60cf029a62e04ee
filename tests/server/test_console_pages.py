"""The console's pages over real synced data (a test station syncs with a running county;
the pages are read in-process from the same database): the overview's colours for a station
quiet 0, 1 and 2+ days and its other columns, the station page's figures against the JSON
reports to the fen, enrolment codes issued and devices revoked through the page, and
conflicts resolved with a note that is stored and audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
from sqlalchemy import select, update

import servicepoint
from servicepoint.core.protocol import CHINA_TZ
from servicepoint.server import accounts, schema
from servicepoint.server import county as county_data
from servicepoint.server.app import ServerConfig
from servicepoint.server.statements import this_month

from .conftest import station_headers, token_of
from .console_client import Console, add_viewer, attribute, table
from .scenario import busy_day


@pytest.fixture
def console(county) -> Iterator[Console]:
    add_viewer(county.storage)
    c = Console(county.storage)
    yield c
    c.close()


def _set_last_sync(county, code: str, when: datetime) -> None:
    with county.storage.write() as conn:
        conn.execute(
            update(schema.stations)
            .where(schema.stations.c.code == code)
            .values(last_sync_at=when.isoformat(timespec="milliseconds"))
        )


def _row(html: str, code: str) -> dict:
    rows = {r["attrs"]["data-code"]: r for r in table(html, "stations")}
    return rows[code]


def test_overview_shows_each_station_and_colours_the_quiet_ones(enrolled, county, console):
    station = enrolled
    station.clock.set(datetime.now(CHINA_TZ))  # this month's money, today's changes
    busy_day(station, n_orders=2)
    assert station.sync.run().ok
    console.as_admin()
    console.get(f"/stations/{station.code}")
    console.post(f"/stations/{station.code}/place", {"township": "城关镇", "village": "甘界村"})
    page = console.get("/").text
    row = _row(page, station.code)
    texts = row["texts"]
    assert texts[:4] == [station.code, station.identity.name, "城关镇", "甘界村"]
    assert row["attrs"]["data-health"] == "ok"
    assert attribute(page, "quiet", "data-quiet") == "0"
    with county.storage.read() as conn:
        changes = conn.execute(
            select(schema.changes.c.seq).where(schema.changes.c.station == station.code)
        ).all()
    assert int(texts[5]) == len(changes) > 0  # every change of it arrived today
    statement = county.get("/v1/county/statements", params={"month": this_month()}).json()
    mine = next(s for s in statement["stations"] if s["station"] == station.code)
    from servicepoint.core.money import format_yuan

    assert texts[6:9] == [
        format_yuan(mine["collected_fen"]),
        format_yuan(mine["commission_fen"]),
        format_yuan(mine["due_fen"]),
    ]
    assert mine["collected_fen"] > 0
    assert texts[10] == servicepoint.__version__
    # quiet for a day: amber; for two: red; and counted
    now = datetime.now(UTC)
    _set_last_sync(county, station.code, now - timedelta(days=1, minutes=5))
    page = console.get("/").text
    assert _row(page, station.code)["attrs"]["data-health"] == "amber"
    assert "超过一天" in _row(page, station.code)["texts"][4]
    assert attribute(page, "quiet", "data-quiet") == "1"
    _set_last_sync(county, station.code, now - timedelta(days=2, minutes=5))
    page = console.get("/").text
    assert _row(page, station.code)["attrs"]["data-health"] == "red"
    assert attribute(page, "quiet", "data-quiet") == "1"
    # the next sync makes it green again
    assert station.sync.run().ok
    page = console.get("/").text
    assert _row(page, station.code)["attrs"]["data-health"] == "ok"


def test_overview_filters_sorts_and_tells_the_last_failure(enrolled, county, console):
    station = enrolled
    assert station.sync.run().ok
    with county.storage.write() as conn:
        from servicepoint.server import county as county_admin
        from servicepoint.server import station_health

        county_admin.add_station(conn, "GJ07", "七村服务站")
        station_health.set_place(conn, "GJ07", "河西乡", "七村")
        station_health.set_place(conn, station.code, "城关镇", "甘界村")
    # a refused upload is kept as the station's last failure, in words on the page
    answer = requests.post(
        county.url + "/v1/sync/push",
        data=b"not gzip",
        headers={**station_headers(token_of(station)), "Content-Type": "application/gzip"},
        timeout=30,
    )
    assert answer.status_code == 422 and answer.json()["error"] == "batch_not_gzip"
    console.as_viewer()
    page = console.get("/").text
    assert "上次失败：上传的数据不是压缩格式。" in _row(page, station.code)["texts"][4]
    assert [r["attrs"]["data-code"] for r in table(page, "stations")] == [station.code, "GJ07"]
    page = console.get("/?sort=code&desc=1").text
    assert [r["attrs"]["data-code"] for r in table(page, "stations")] == ["GJ07", station.code]
    page = console.get("/?township=河西乡").text
    assert [r["attrs"]["data-code"] for r in table(page, "stations")] == ["GJ07"]
    assert _row(page, "GJ07")["attrs"]["data-health"] == "new"  # not enrolled: not quiet
    assert attribute(page, "quiet", "data-quiet") == "0"
    assert "too-old" not in page
    # a county that requires a newer app says so beside the station's version
    strict = Console(county.storage, ServerConfig(min_client_version="9.0.0")).as_viewer()
    cell = _row(strict.get("/").text, station.code)["texts"][10]
    assert cell.startswith(servicepoint.__version__) and "低于本县要求的 9.0.0" in cell
    strict.close()


def test_station_page_figures_equal_the_json_reports(enrolled, county, console):
    station = enrolled
    busy_day(station, n_orders=3, tag="a")
    station.clock.advance(days=1)
    busy_day(station, n_orders=1, tag="b")
    assert station.sync.run().ok
    day2 = station.clock.now().date()
    first, last = (day2 - timedelta(days=1)).isoformat(), day2.isoformat()
    console.as_viewer()
    page = console.get(f"/stations/{station.code}?from={first}&to={last}").text
    rows = table(page, "daily")
    by_day = {
        r["attrs"]["data-day"]: [int(c["attrs"]["data-fen"]) for c in r["cells"][1:]] for r in rows
    }
    assert set(by_day) == {first, last, "total"}
    daily = county.get(
        "/v1/county/reports/daily", params={"station": station.code, "from": first, "to": last}
    ).json()["days"]
    for day in (first, last):
        figures = daily[day]
        takings = sum(
            v for k, v in figures.items() if k.startswith("payments.purchase") and k.count(".") == 2
        )
        commission = sum(v for k, v in figures.items() if k.startswith("commission."))
        assert by_day[day] == [takings, commission]
    summary = county.get("/v1/county/reports/summary", params={"from": first, "to": last}).json()
    mine = next(s for s in summary["stations"] if s["station"] == station.code)
    assert by_day["total"] == [mine["takings_fen"], mine["commission_fen"]]
    assert mine["takings_fen"] > 0 and mine["commission_fen"] > 0
    poverty = county.get("/v1/county/reports/poverty", params={"from": first, "to": last}).json()
    row = next(r for r in poverty["rows"] if r["station"] == station.code)
    assert attribute(page, "served", "data-poor") == str(row["poor_households_served"]) != "0"
    assert attribute(page, "served", "data-income") == str(row["income_to_poor_fen"])
    assert "<svg" in page and 'class="bar-takings"' in page
    # receipts with how a scan answers; stock as the station counts it
    standing = {
        r["attrs"]["data-number"]: r["attrs"]["data-standing"] for r in table(page, "receipts")
    }
    assert standing and set(standing.values()) <= {"valid", "voided", "void"}
    on_hand = [int(r["cells"][5]["attrs"]["data-base"]) for r in table(page, "stock")]
    local = [
        station.consignment.stock(b["id"]).on_hand
        for b in station.records.all("SELECT id FROM consignment_batches ORDER BY created_at, id")
    ]
    assert on_hand == [n for n in local if n > 0]
    # a bad period is refused in words
    answer = console.get(f"/stations/{station.code}?from={last}&to={first}")
    assert answer.status_code == 422 and "日期要写成" in answer.text


def test_enrolment_code_and_revoke_through_the_page(enrolled, county, console):
    station = enrolled
    assert station.sync.run().ok
    console.as_admin()
    console.get(f"/stations/{station.code}")
    answer = console.post(f"/stations/{station.code}/enrolment")
    assert answer.status_code == 200
    shown = answer.text.split('class="code-big">', 1)[1].split("<", 1)[0]
    code = shown.replace(" ", "-")
    assert len(shown.split(" ")) == 5 and all(len(g) == 4 for g in shown.split(" "))
    assert code not in str(answer.url)
    # revoking asks first, then stops the station's token
    confirm = console.get(f"/stations/{station.code}/revoke")
    assert confirm.status_code == 200 and "确定停用" in confirm.text
    answer = console.post(f"/stations/{station.code}/revoke")
    assert answer.status_code == 200 and "已停用本站电脑的令牌" in answer.text
    result = station.sync.run()
    assert not result.ok and result.error.code == "sync_token_rejected"
    # the code from the page enrols the station again
    station.sync.enroll(county.url, code)
    assert station.sync.run().ok
    with county.storage.read() as conn:
        actions = [(r["action"], r["summary"]) for r in accounts.audit_entries(conn)]
    assert (
        "POST /stations/{code}/revoke",
        f"station {station.code}: 1 token(s) revoked",
    ) in actions
    assert (
        "POST /stations/{code}/enrolment",
        f"station {station.code}: new enrolment code",
    ) in actions
    assert not any(code in summary for _a, summary in actions)


def _conflicts(county, station: str) -> None:
    """Two conflicts as ingest records them: a reissued receipt number, and a farmer's card
    number kept in full by a county from before 0005 (the page must mask it)."""
    with county.storage.write() as conn:
        for field, kept, lost in (
            ("number", json.dumps("a1"), json.dumps(f"{station}-2026-000005")),
            ("poverty_card_no", json.dumps("PK2016001"), json.dumps("PK2016999")),
        ):
            conn.execute(
                schema.conflicts.insert().values(
                    station=station,
                    entity="receipts" if field == "number" else "farmers",
                    record_id="0192f000-0000-7000-8000-000000000001",
                    field=field,
                    kept=kept,
                    lost=lost,
                    created_at="2026-11-22T09:00:00.000+08:00",
                )
            )


def test_conflicts_are_masked_and_resolved_with_a_note(enrolled, county, console):
    station = enrolled
    assert station.sync.run().ok
    _conflicts(county, station.code)
    console.as_admin()
    page = console.get("/conflicts").text
    assert "PK2016001" not in page and "PK2016999" not in page
    assert "*****6001" in page and "贫困户卡号" in page
    assert _row(console.get("/").text, station.code)["texts"][9] == "2"
    ids = [r["attrs"]["data-id"] for r in table(console.get("/conflicts").text, "conflicts")]
    assert len(ids) == 2
    # an empty note is refused, and nothing is written
    answer = console.post(f"/conflicts/{ids[0]}/resolve", {"note": "  "})
    assert answer.status_code == 422
    console.get("/conflicts")
    answer = console.post(f"/conflicts/{ids[0]}/resolve", {"note": "已电话核实，两张收据都有效"})
    assert answer.status_code == 200 and "已记下处理说明" in answer.text
    assert [r["attrs"]["data-id"] for r in table(answer.text, "conflicts")] == ids[1:]
    with county.storage.read() as conn:
        row = conn.execute(
            select(schema.conflicts).where(schema.conflicts.c.id == int(ids[0]))
        ).one()
        audit = accounts.audit_entries(conn)
    assert row.resolution_note == "已电话核实，两张收据都有效"
    assert row.resolved_by == "县中心管理员" and row.resolved_at
    assert (audit[0]["action"], audit[0]["summary"]) == (
        "POST /conflicts/{id}/resolve",
        f"station {station.code}: conflict {ids[0]} resolved",
    )
    assert _row(console.get("/").text, station.code)["texts"][9] == "1"
    everything = console.get("/conflicts?show=all").text
    assert "已电话核实，两张收据都有效" in everything
    # resolving it again changes nothing
    answer = console.post(f"/conflicts/{ids[0]}/resolve", {"note": "再次处理"})
    assert answer.status_code == 409
    with county.storage.read() as conn:
        note = conn.execute(
            select(schema.conflicts.c.resolution_note).where(schema.conflicts.c.id == int(ids[0]))
        ).scalar()
    assert note == "已电话核实，两张收据都有效"


def test_behind_a_local_tls_proxy_the_cookies_are_secure(county):
    """uvicorn takes ``X-Forwarded-Proto`` from a proxy on this machine (docs/county.md's
    nginx example sends it), so the console's cookies are Secure there; without it, not."""
    with requests.Session() as browser:
        plain = browser.get(county.url + "/login", timeout=30).headers["set-cookie"]
        proxied = browser.get(
            county.url + "/login", headers={"X-Forwarded-Proto": "https"}, timeout=30
        ).headers["set-cookie"]
    assert "sp_login_csrf=" in plain and "Secure" not in plain
    assert "sp_login_csrf=" in proxied and "Secure" in proxied and "HttpOnly" in proxied


def test_station_page_lists_only_the_notices_that_station_pulls(enrolled, county, console):
    """A notice to every station and one to this station show on its page; one sent to
    another station does not."""
    county.add_station("GJ77", "另一个服务站")
    with county.storage.write() as conn:
        county_data.add_notice(conn, "化肥到货", "本周三到货", station=None)
        county_data.add_notice(conn, "对账提醒", "请月底前上缴", station=enrolled.code)
        county_data.add_notice(conn, "别站的通知", "只发给 GJ77", station="GJ77")
    console.as_viewer()
    page = console.get(f"/stations/{enrolled.code}").text
    assert "化肥到货" in page and "对账提醒" in page
    assert "别站的通知" not in page
    other = console.get("/stations/GJ77").text
    assert "别站的通知" in other and "化肥到货" in other and "对账提醒" not in other
