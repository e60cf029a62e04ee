"""A station and a real county server on loopback: the round trip SYNC.md promises."""

from __future__ import annotations

import requests

from servicepoint.core import protocol
from servicepoint.core.sync_local import local_totals, outbox_batch
from servicepoint.server import reports as county_reports

from .conftest import enrol, station_headers, token_of
from .scenario import busy_day


def county_totals(county, station) -> dict[str, tuple[int, int]]:
    with county.storage.read() as conn:
        return {k: tuple(v) for k, v in county_reports.station_totals(conn, station.code).items()}


def test_round_trip_every_record_once_and_totals_equal(enrolled, county):
    """A busy day reaches the county: outbox empty, every record once, sums equal per type."""
    station = enrolled
    busy_day(station)
    waiting = station.sync.waiting()
    assert waiting > 50
    result = station.sync.run()
    assert result.ok, result.error
    assert result.pushed == waiting
    assert station.sync.waiting() == 0
    assert county_totals(county, station) == local_totals(station)
    with county.storage.read() as conn:
        from sqlalchemy import func, select

        from servicepoint.server import schema

        stored = conn.execute(select(func.count()).select_from(schema.changes)).scalar()
    assert stored == waiting
    status = station.sync.status()
    assert status.last_success and status.error_code is None and status.waiting == 0
    assert station.check() == []


def test_second_day_sends_only_new_changes(enrolled, county):
    """Day two pushes only day two's changes; the county's totals follow."""
    station = enrolled
    busy_day(station, tag="a")
    assert station.sync.run().ok
    busy_day(station, n_orders=1, tag="b")
    waiting = station.sync.waiting()
    result = station.sync.run()
    assert result.ok and result.pushed == waiting
    assert county_totals(county, station) == local_totals(station)


def test_county_per_day_sums_equal_the_station_daily_close(enrolled, county):
    """Per day and method, the county's payment sums equal the station's own daily report."""
    station = enrolled
    busy_day(station)
    assert station.sync.run().ok
    day = station.clock.now().date().isoformat()
    answer = county.get(
        "/v1/county/reports/daily", params={"station": station.code, "from": day, "to": day}
    ).json()
    sums = answer["days"][day]
    daily = station.reports.daily(day)
    for m in daily.by_method:
        assert sums.get(f"payments.{m.method}", 0) == m.received_fen - m.paid_out_fen, m.method
    for kind, amount in daily.by_kind.items():
        county_kind = sum(
            v for k, v in sums.items() if k.startswith(f"payments.{kind}.") and k.count(".") == 2
        )
        assert county_kind == amount, kind


def test_catalogue_and_rate_changes_reach_the_station(enrolled, county):
    """County categories, items, prices, notices and payments arrive by pull; edits follow."""
    station = enrolled
    assert (
        county.post(
            "/v1/county/categories", json=[{"code": "food", "name": "食品", "commission_bp": 1200}]
        ).status_code
        == 200
    )
    assert (
        county.post(
            "/v1/county/items",
            json=[
                {
                    "sku": "F001",
                    "name": "五常大米 10kg",
                    "category": "food",
                    "unit": "bag",
                    "price_fen": 8990,
                    "barcode": "6901234567890",
                }
            ],
        ).status_code
        == 200
    )
    county.post(
        "/v1/county/notices", json={"title": "停电通知", "body": "周六县城停电，同步改到周日。"}
    )
    county.post(
        "/v1/county/payments",
        json={
            "station": station.code,
            "period": "2026-10",
            "amount_fen": 12345,
            "reference": "BANK-1",
        },
    )
    result = station.sync.run()
    assert result.ok and result.pulled == 4
    item = station.catalogue.by_barcode("6901234567890")
    assert (item.name, item.price_fen, item.commission_bp) == ("五常大米 10kg", 8990, 1200)
    assert station.records.scalar("SELECT title FROM notices") == "停电通知"
    assert station.records.scalar("SELECT amount_fen FROM county_payments") == 12345
    # The county changes the price and the rate: the next sync brings both.
    county.post(
        "/v1/county/items",
        json=[
            {
                "sku": "F001",
                "name": "五常大米 10kg",
                "category": "food",
                "unit": "bag",
                "price_fen": 8500,
                "barcode": "6901234567890",
            }
        ],
    )
    county.post(
        "/v1/county/categories", json=[{"code": "food", "name": "食品", "commission_bp": 1000}]
    )
    assert station.sync.run().pulled == 2
    item = station.catalogue.by_barcode("6901234567890")
    assert (item.price_fen, item.commission_bp) == (8500, 1000)
    # Nothing new: nothing pulled.
    assert station.sync.run().pulled == 0


def test_enrolled_station_cannot_change_county_rates(enrolled):
    """Once enrolled, rates and the catalogue belong to the county (BRIEF §3)."""
    import pytest

    from servicepoint.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied) as refused:
        enrolled.catalogue.set_category("agri", "农资", 3000)
    assert refused.value.code == "county_owns_catalogue"
    assert enrolled.catalogue.category("agri").commission_bp == 800


def _post_batch(county, station, batch) -> requests.Response:
    return requests.post(
        county.url + "/v1/sync/push",
        data=protocol.encode(batch),
        headers=station_headers(token_of(station)),
        timeout=30,
    )


def test_same_batch_twice_and_ten_times_changes_nothing(enrolled, county):
    """Replays answer with the same acked_seq and store nothing new."""
    station = enrolled
    busy_day(station, n_orders=1)
    batch = outbox_batch(station, 40)
    first = _post_batch(county, station, batch)
    assert first.status_code == 200 and first.json()["acked_seq"] == batch["last_seq"]
    before = county_totals(county, station)
    for _ in range(10):
        again = _post_batch(county, station, batch)
        assert again.status_code == 200
        assert again.json()["acked_seq"] == batch["last_seq"] and again.json()["replay"]
    assert county_totals(county, station) == before
    assert station.sync.run().ok
    assert county_totals(county, station) == local_totals(station)


def test_old_batch_after_newer_ack_and_gap(enrolled, county):
    """An old batch after a newer one was acknowledged is harmless; a gap gets 409."""
    station = enrolled
    busy_day(station, n_orders=2)
    first = outbox_batch(station, 30)
    assert _post_batch(county, station, first).status_code == 200
    station.sync.run()
    old = _post_batch(county, station, first)
    assert old.status_code == 200 and old.json()["replay"]
    assert county_totals(county, station) == local_totals(station)
    gap = dict(
        first,
        first_seq=first["last_seq"] + 100,
        last_seq=first["last_seq"] + 100 + len(first["changes"]) - 1,
    )
    gap["changes"] = [dict(c, seq=gap["first_seq"] + i) for i, c in enumerate(first["changes"])]
    answer = _post_batch(county, station, gap)
    assert answer.status_code == 409 and answer.json()["error"] == "sync_gap"
    assert (
        answer.json()["params"]["acked_seq"] == first["last_seq"]
        or answer.json()["params"]["acked_seq"] >= first["last_seq"]
    )


def test_lost_answer_is_recovered_from_server_state(enrolled, county):
    """A push the county applied but whose answer never arrived: the next run asks the county
    first and sends nothing twice."""
    station = enrolled
    busy_day(station, n_orders=1)
    batch = outbox_batch(station, 10_000)
    assert _post_batch(county, station, batch).status_code == 200  # answer "lost"
    result = station.sync.run()
    assert result.ok and result.pushed == 0 and station.sync.waiting() == 0
    assert county_totals(county, station) == local_totals(station)


def test_offline_is_reported_in_plain_words(station, county):
    """A dead server: the run fails, nothing is trimmed, status says why in both languages."""
    enrol(station, county)
    station.sync.retries = 0
    busy_day(station, n_orders=1)
    waiting = station.sync.waiting()
    county.server.stop()
    result = station.sync.run()
    assert not result.ok and result.error.code == "sync_offline"
    status = station.sync.status()
    assert status.waiting == waiting and status.last_success is None
    assert "连不上县服务器" in status.last_error("zh_CN")
    assert "Cannot reach the county server" in status.last_error("en")
    history = station.sync.history()
    assert history[0]["ok"] == 0 and history[0]["error_code"] == "sync_offline"


def test_clock_a_day_off_still_syncs_and_warns(enrolled, county):
    """Nothing is ordered by the PC clock; a clock a day off syncs and is flagged."""
    from datetime import timedelta

    station = enrolled
    for shift in (timedelta(days=1), timedelta(days=-2)):
        station.clock.advance(seconds=shift.total_seconds())
        busy_day(station, n_orders=1, tag=str(shift.days))
        result = station.sync.run()
        assert result.ok, result.error
        assert station.sync.status().clock_off
    assert county_totals(county, station) == local_totals(station)


def test_revoked_token_stops_sync(enrolled, county):
    """A revoked station cannot push; it is told to ask for a new enrolment code."""
    station = enrolled
    busy_day(station, n_orders=1)
    county.post(f"/v1/county/stations/{station.code}/revoke")
    result = station.sync.run()
    assert not result.ok and result.error.code == "sync_token_rejected"
    assert county_totals(county, station)["orders"] == (0, 0)


def test_usb_export_imported_at_county_then_sync_trims(enrolled, county, tmp_path):
    """Days without network: the signed file carries the outbox; the next sync sends nothing
    twice and trims what the county imported."""
    station = enrolled
    busy_day(station)
    waiting = station.sync.waiting()
    info = station.sync.export(tmp_path / "usb" / "GJ01.spx")
    assert info.changes == waiting
    body = info.path.read_bytes()
    answer = county.post("/v1/county/import", data=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["acked_seq"] == info.last_seq
    again = county.post("/v1/county/import", data=body)  # the same stick twice: harmless
    assert again.status_code == 200 and again.json()["applied"] == 0
    result = station.sync.run()
    # Only the audit entry recording the export itself was still to send.
    assert result.ok and result.pushed == 1 and station.sync.waiting() == 0
    assert county_totals(county, station) == local_totals(station)


def test_tampered_export_is_refused(enrolled, county, tmp_path):
    """A file changed after export fails its signature and writes nothing."""
    import gzip
    import json

    station = enrolled
    busy_day(station, n_orders=1)
    info = station.sync.export(tmp_path / "x.spx")
    data = json.loads(gzip.decompress(info.path.read_bytes()))
    for change in data["batch"]["changes"]:
        if change["entity"] == "payments":
            change["payload"]["amount_fen"] += 100
            break
    answer = county.post("/v1/county/import", data=protocol.encode(data))
    assert answer.status_code == 422 and answer.json()["error"] == "export_signature_wrong"
    assert county_totals(county, station)["payments"] == (0, 0)


def test_receipt_qr_verifies_at_the_county(enrolled, county):
    """The QR on a synced receipt verifies, with its amount; a forged one does not."""
    from servicepoint.core.receipt_data import receipt_data

    station = enrolled
    busy_day(station, n_orders=1)
    assert station.sync.run().ok
    receipt_id = station.records.scalar(
        "SELECT id FROM receipts WHERE kind = 'purchase' ORDER BY seq LIMIT 1"
    )
    data = receipt_data(station, receipt_id)
    ok = requests.get(county.url + "/v1/verify", params={"qr": data.qr_payload}, timeout=30).json()
    assert ok["valid"] and ok["synced"] and ok["record"]["amount_fen"] == data.amount_fen
    forged = data.qr_payload.replace(f":{data.amount_fen}:", f":{data.amount_fen + 100}:")
    bad = requests.get(county.url + "/v1/verify", params={"qr": forged}, timeout=30).json()
    assert not bad["valid"] and bad["reason"] == "signature_wrong"


def test_training_station_cannot_enrol(tmp_path, county):
    """Practice data never reaches the county: the training station refuses to enrol."""
    import pytest

    from servicepoint.core import Station
    from servicepoint.core.errors import InvalidInput

    training = Station.create(
        tmp_path / "training",
        code="PX01",
        name="培训站",
        village="村",
        township="镇",
        county="县",
        manager_name="培训站长",
        manager_pin="0000",
        training=True,
    )
    try:
        training.act_as(next(o for o in training.operators.list() if o.is_manager))
        code = county.add_station(training.code)
        with pytest.raises(InvalidInput) as refused:
            training.sync.enroll(county.url, code)
        assert refused.value.code == "training_cannot_enrol"
        assert training.sync.status().enrolled is False
    finally:
        training.close()


def test_county_commission_payment_shows_on_the_statement(enrolled, county):
    """A payment the county records reaches the station's monthly statement and its print."""
    from servicepoint.core.printables import commission_statement_data

    station = enrolled
    county.post(
        "/v1/county/payments",
        json={"station": station.code, "period": "2026-11", "amount_fen": 4321, "method": "bank"},
    )
    assert station.sync.run().ok
    assert station.commission.statement("2026-11").county_paid_fen == 4321
    data = commission_statement_data(station, "2026-11")
    assert any(t.label == "县中心已付佣金" and t.amount_fen == 4321 for t in data.totals)
