"""Issue 4, security and request validation: every forged, foreign, malformed or oversized
request to the county server is refused with a clear error in both languages and writes
nothing (SYNC.md guarantee 5, BRIEF §3 "Bad input ... writes nothing").

Each case posts a real request to a running server and compares a snapshot of the county
database (row counts of every table, every device's ``acked_seq``, and the full rows of the
records a station may update) before and after.  Faulty batches are real batches from a busy
day at the station with one thing changed; each such test then pushes the same batch without
the fault and sees it accepted, so no refusal can pass for the wrong reason.

The long lists run on SQLite; a representative subset (tokens, ownership, protocol, a money
fault, the gzip bomb) runs on SQLite and PostgreSQL through the parametrised ``county``.
"""

from __future__ import annotations

import copy
import gzip
import re
import struct
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from servicepoint.core import Station, protocol
from servicepoint.core.money import commission, line_total
from servicepoint.core.sync_local import outbox_batch
from servicepoint.server import schema
from servicepoint.server.app import ServerConfig
from servicepoint.server.entities import UPDATABLE

from .conftest import (
    ADMIN,
    County,
    enrol,
    second_station,
    start_county,
    station_headers,
    token_of,
)
from .scenario import busy_day

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
HAN = re.compile(r"[\u4e00-\u9fff]")
OTHER = "GJ02"


# -- helpers ------------------------------------------------------------------------------------


def assert_refused(
    response: requests.Response, status: int, code: str | None = None
) -> dict[str, Any]:
    """The status, and a JSON body with an error code and a filled-in message in Chinese and
    in English (never a bare code, never a leftover ``{placeholder}``)."""
    assert response.status_code == status, (response.status_code, response.text[:500])
    body = response.json()
    assert isinstance(body.get("error"), str) and body["error"], body
    if code is not None:
        assert body["error"] == code, body
    message, english = body.get("message"), body.get("message_en")
    assert isinstance(message, str) and HAN.search(message), body
    assert isinstance(english, str) and english.strip() and english != body["error"], body
    assert not PLACEHOLDER.search(message) and not PLACEHOLDER.search(english), body
    return body  # type: ignore[no-any-return]


def snapshot(county: County) -> dict[str, Any]:
    """What a refused request must not change: every table's row count, every device's
    acknowledged sequence, and every field of the records a station may update."""
    with county.storage.read() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in schema.metadata.sorted_tables
        }
        c = schema.cursors
        acked = [
            tuple(r)
            for r in conn.execute(
                select(c.c.device_id, c.c.epoch, c.c.acked_seq).order_by(c.c.device_id, c.c.epoch)
            )
        ]
        mutable = {
            name: [
                tuple(r)
                for r in conn.execute(
                    select(schema.records[name]).order_by(schema.records[name].c.id)
                )
            ]
            for name in UPDATABLE
        }
    return {"counts": counts, "acked": acked, "mutable": mutable}


def post_body(
    county: County,
    token: str | None,
    body: bytes,
    *,
    path: str = "/v1/sync/push",
    headers: dict[str, str] | None = None,
) -> requests.Response:
    sent = station_headers(token) if token is not None else {}
    sent["Content-Type"] = "application/gzip"
    sent.update(headers or {})
    return requests.post(county.url + path, data=body, headers=sent, timeout=60)


@dataclass
class Day:
    """An enrolled station after a busy day, and its whole outbox as one real batch."""

    county: County
    station: Station
    token: str
    batch: dict[str, Any]

    def push(self, batch: dict[str, Any] | None = None, **kwargs: Any) -> requests.Response:
        return post_body(self.county, self.token, protocol.encode(batch or self.batch), **kwargs)

    def refuse(
        self, response_of: Callable[[], requests.Response], status: int, code: str | None
    ) -> dict[str, Any]:
        """Send, check the refusal, and check that nothing at all was written."""
        before = snapshot(self.county)
        body = assert_refused(response_of(), status, code)
        assert snapshot(self.county) == before
        return body

    def accepted(self) -> None:
        """The positive control: the same batch without the fault goes in whole."""
        answer = self.push()
        assert answer.status_code == 200, answer.text[:500]
        assert answer.json()["acked_seq"] == self.batch["last_seq"]
        assert answer.json()["applied"] > 0 and not answer.json()["replay"]


def make_day(station: Station, county: County) -> Day:
    enrol(station, county)
    busy_day(station)
    batch = outbox_batch(station, 10_000)
    assert batch is not None and len(batch["changes"]) < protocol.MAX_CHANGES
    return Day(county, station, token_of(station), batch)


@pytest.fixture
def day(station, sqlite_county) -> Day:
    return make_day(station, sqlite_county)


@pytest.fixture
def day_both(station, county) -> Day:
    return make_day(station, county)


def changes_of(batch: dict[str, Any], entity: str, op: str = "insert") -> list[dict[str, Any]]:
    found = [c for c in batch["changes"] if c["entity"] == entity and c["op"] == op]
    assert found, (entity, op)
    return found


def payload_of(batch: dict[str, Any], entity: str, op: str = "insert") -> dict[str, Any]:
    return changes_of(batch, entity, op)[0]["payload"]  # type: ignore[no-any-return]


# -- faults in one change of a real batch -----------------------------------------------------

Fault = Callable[[dict[str, Any]], None]


def set_field(entity: str, field: str, value: Any) -> Fault:
    def fault(batch: dict[str, Any]) -> None:
        payload_of(batch, entity)[field] = value

    return fault


def shift_field(entity: str, field: str, by: int) -> Fault:
    def fault(batch: dict[str, Any]) -> None:
        payload_of(batch, entity)[field] += by

    return fault


def float_money(batch: dict[str, Any]) -> None:
    row = payload_of(batch, "payments")
    row["amount_fen"] = float(row["amount_fen"])  # 9125.0: equal in value, still refused


def half_fen(batch: dict[str, Any]) -> None:
    payload_of(batch, "payments")["amount_fen"] += 0.5


def string_money(batch: dict[str, Any]) -> None:
    row = payload_of(batch, "payments")
    row["amount_fen"] = str(row["amount_fen"])


def line_rate_above_cap(batch: dict[str, Any]) -> None:
    """5001 bp with a commission that matches it: only the rate itself is wrong."""
    row = payload_of(batch, "order_lines")
    row["commission_bp"] = 5001
    row["commission_fen"] = commission(row["line_total_fen"], 5001)


def line_total_not_arithmetic(batch: dict[str, Any]) -> None:
    """A quantity changed without its total: the total no longer follows from the row."""
    row = payload_of(batch, "order_lines")
    row["quantity_base"] += 500
    assert (
        line_total(row["quantity_base"], row["unit_price_fen"], row["base_per_unit"])
        != row["line_total_fen"]
    )


def unknown_item(batch: dict[str, Any]) -> None:
    payload_of(batch, "order_lines")["item_id"] = str(uuid.uuid4())


def unknown_entity(batch: dict[str, Any]) -> None:
    changes_of(batch, "payments")[0]["entity"] = "salaries"


def unknown_field(batch: dict[str, Any]) -> None:
    payload_of(batch, "payments")["discount_fen"] = 100


def missing_field(batch: dict[str, Any]) -> None:
    del payload_of(batch, "payments")["amount_fen"]


def malformed_id(batch: dict[str, Any]) -> None:
    change = changes_of(batch, "payments")[0]
    change["id"] = change["payload"]["id"] = "payment-1"


def id_differs_from_payload(batch: dict[str, Any]) -> None:
    changes_of(batch, "payments")[0]["id"] = str(uuid.uuid4())


def county_owned_item(batch: dict[str, Any]) -> None:
    payload_of(batch, "catalogue_items")["source"] = "county"


def update_insert_only(batch: dict[str, Any]) -> None:
    """Payments are insert-only: an edit of one (here: a refund made smaller) is refused."""
    change = changes_of(batch, "payments")[-1]
    change["op"] = "update"
    change["payload"] = {"base_version": 1, "fields": {"amount_fen": 1}}


def update_moves_record_to_other_station(batch: dict[str, Any]) -> None:
    changes_of(batch, "orders", "update")[0]["payload"]["fields"]["station"] = OTHER


def update_negative_total(batch: dict[str, Any]) -> None:
    changes_of(batch, "orders", "update")[0]["payload"]["fields"]["total_fen"] = -1


def update_unknown_record(batch: dict[str, Any]) -> None:
    changes_of(batch, "orders", "update")[-1]["id"] = str(uuid.uuid4())


def seq_out_of_order(batch: dict[str, Any]) -> None:
    batch["changes"][5]["seq"] += 1


def last_seq_wrong(batch: dict[str, Any]) -> None:
    batch["last_seq"] += 1


def first_seq_zero(batch: dict[str, Any]) -> None:
    batch["first_seq"] = 0
    for offset, change in enumerate(batch["changes"]):
        change["seq"] = offset
    batch["last_seq"] = len(batch["changes"]) - 1


def op_delete(batch: dict[str, Any]) -> None:
    changes_of(batch, "payments")[0]["op"] = "delete"


def too_many_changes(batch: dict[str, Any]) -> None:
    """One more change than the server takes in one push (seqs consistent otherwise)."""
    template = batch["changes"]
    count = protocol.MAX_CHANGES + 1
    batch["changes"] = [
        dict(template[i % len(template)], seq=batch["first_seq"] + i) for i in range(count)
    ]
    batch["last_seq"] = batch["first_seq"] + count - 1


def changes_not_a_list(batch: dict[str, Any]) -> None:
    batch["changes"] = {"0": batch["changes"][0]}


def epoch_zero(batch: dict[str, Any]) -> None:
    batch["epoch"] = 0


FAULTS: dict[str, tuple[Fault, int, str]] = {
    # ownership
    "batch_claims_other_station": (lambda b: b.update(station=OTHER), 403, "batch_wrong_station"),
    "spoofed_device_id": (lambda b: b.update(device=str(uuid.uuid4())), 403, "batch_wrong_device"),
    "row_station_is_other": (set_field("payments", "station", OTHER), 422, "change_not_owner"),
    "update_moves_record_to_other_station": (
        update_moves_record_to_other_station,
        422,
        "change_field_unknown",
    ),
    # money: integers, signs, sizes, arithmetic, rates (BRIEF §3)
    "negative_line_total": (
        set_field("order_lines", "line_total_fen", -9125),
        422,
        "change_negative",
    ),
    "negative_unit_price": (
        set_field("order_lines", "unit_price_fen", -1250),
        422,
        "change_negative",
    ),
    "negative_settlement_payout": (
        set_field("settlements", "payout_fen", -16200),
        422,
        "change_negative",
    ),
    "negative_total_in_update": (update_negative_total, 422, "change_negative"),
    "zero_quantity": (set_field("order_lines", "quantity_base", 0), 422, "change_negative"),
    "float_money": (float_money, 422, "change_not_integer"),
    "half_a_fen": (half_fen, 422, "change_not_integer"),
    "string_money": (string_money, 422, "change_not_integer"),
    "bool_money": (set_field("payments", "amount_fen", True), 422, "change_not_integer"),
    "absurd_amount": (set_field("payments", "amount_fen", 10**13), 422, "change_out_of_range"),
    "line_commission_not_its_rate": (
        shift_field("order_lines", "commission_fen", 1),
        422,
        "change_commission_mismatch",
    ),
    "commission_entry_not_its_rate": (
        shift_field("commission_entries", "amount_fen", 1),
        422,
        "change_commission_mismatch",
    ),
    "line_total_not_quantity_times_price": (
        line_total_not_arithmetic,
        422,
        "change_total_mismatch",
    ),
    "settlement_payout_not_its_parts": (
        shift_field("settlements", "payout_fen", 100),
        422,
        "change_total_mismatch",
    ),
    "rate_above_5000_bp": (line_rate_above_cap, 422, "change_rate_out_of_range"),
    "negative_rate": (
        set_field("consignment_batches", "commission_bp", -1),
        422,
        "change_rate_out_of_range",
    ),
    # schema and references
    "unknown_item_on_order_line": (unknown_item, 422, "change_item_unknown"),
    "unknown_entity": (unknown_entity, 422, "change_entity_unknown"),
    "unknown_field": (unknown_field, 422, "change_field_unknown"),
    "missing_field": (missing_field, 422, "change_field_missing"),
    "text_field_not_text": (set_field("farmers", "name", ["张三"]), 422, "change_not_text"),
    "malformed_id": (malformed_id, 422, "change_id_malformed"),
    "change_id_differs_from_payload_id": (id_differs_from_payload, 422, "change_malformed"),
    "county_owned_catalogue_item": (county_owned_item, 422, "change_county_owned"),
    "update_of_insert_only_payment": (update_insert_only, 422, "change_not_updatable"),
    "update_of_unknown_record": (update_unknown_record, 422, "change_record_unknown"),
    # the batch's own shape
    "seq_not_consecutive": (seq_out_of_order, 422, "batch_malformed"),
    "last_seq_not_matching": (last_seq_wrong, 422, "batch_malformed"),
    "first_seq_zero": (first_seq_zero, 422, "batch_malformed"),
    "epoch_zero": (epoch_zero, 422, "batch_malformed"),
    "op_delete": (op_delete, 422, "batch_malformed"),
    "changes_not_a_list": (changes_not_a_list, 422, "batch_malformed"),
    "more_changes_than_max": (too_many_changes, 422, "batch_too_many"),
}


def test_faulty_batch_is_refused_whole_then_the_clean_one_accepted(day, subtests):
    """Each altered batch is refused whole with its reason and writes nothing; then the
    unaltered batch is accepted (so no refusal passed for some other reason)."""
    for name, (fault, status, code) in FAULTS.items():
        with subtests.test(msg=name):
            faulty = copy.deepcopy(day.batch)
            fault(faulty)
            day.refuse(lambda b=faulty: day.push(b), status, code)
    with subtests.test(msg="commission refusal names the right amount"):
        faulty = copy.deepcopy(day.batch)
        row = payload_of(faulty, "order_lines")
        right = row["commission_fen"]
        row["commission_fen"] = right + 37
        body = day.refuse(lambda: day.push(faulty), 422, "change_commission_mismatch")
        assert body["params"]["expected"] == right
        assert str(right) in body["message"] and str(right) in body["message_en"]
    day.accepted()


def test_missing_or_malformed_token_is_401(day, subtests):
    """No token, a malformed one, or the county admin's session token: 401, nothing written."""
    session = day.county.admin.headers["Authorization"].split(" ", 1)[1]
    for authorization, code in [
        (None, "token_missing"),
        ("", "token_missing"),
        ("Token abc", "token_missing"),
        ("bearer " + "x" * 43, "token_missing"),
        ("Bearer", "token_missing"),
        ("Bearer ", "token_missing"),  # the trailing space is stripped in transit
        ("Bearer " + "x" * 43, "token_invalid"),
        ("Bearer ' OR 1=1 --", "token_invalid"),
        ("Bearer " + day.token[:-1], "token_invalid"),
        ("Bearer " + session, "token_invalid"),  # a county login is not a station token
    ]:
        with subtests.test(msg=repr(authorization)):
            headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)}
            if authorization is not None:
                headers["Authorization"] = authorization
            day.refuse(
                lambda h=headers: requests.post(
                    day.county.url + "/v1/sync/push",
                    data=protocol.encode(day.batch),
                    headers=h,
                    timeout=30,
                ),
                401,
                code,
            )
    day.accepted()


def test_tokens_protocol_and_money_on_both_backends(day_both, gzip_bomb, subtests):
    """The representative refusals on SQLite and PostgreSQL: no token, an unsupported or
    missing protocol version, a negative payout, a rate over 50 %, a gzip bomb, and a token
    the county revoked; then a new enrolment pushes the same batch."""
    day = day_both
    with subtests.test(msg="no token"):
        day.refuse(
            lambda: post_body(
                day.county,
                None,
                protocol.encode(day.batch),
                headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)},
            ),
            401,
            "token_missing",
        )
    for version in (None, "", "2", "0", "abc", "1.0", "99999999999"):
        with subtests.test(msg=f"protocol {version!r}"):
            headers = station_headers(day.token)
            if version is None:
                del headers[protocol.PROTOCOL_HEADER]
            else:
                headers[protocol.PROTOCOL_HEADER] = version
            body = day.refuse(
                lambda h=headers: requests.post(
                    day.county.url + "/v1/sync/push",
                    data=protocol.encode(day.batch),
                    headers=h,
                    timeout=30,
                ),
                426,
                "protocol_unsupported",
            )
            assert body["params"]["supported"] == str(protocol.PROTOCOL_VERSION)
    for name in (
        "negative_settlement_payout",
        "rate_above_5000_bp",
        "float_money",
        "batch_claims_other_station",
        "spoofed_device_id",
    ):
        with subtests.test(msg=name):
            fault, status, code = FAULTS[name]
            faulty = copy.deepcopy(day.batch)
            fault(faulty)
            day.refuse(lambda b=faulty: day.push(b), status, code)
    with subtests.test(msg="gzip bomb"):
        day.refuse(
            lambda: post_body(day.county, day.token, gzip_bomb), BOMB_STATUS, "batch_too_large"
        )
    with subtests.test(msg="revoked token"):
        answer = day.county.post(f"/v1/county/stations/{day.station.code}/revoke")
        assert answer.status_code == 200 and answer.json() == {"revoked": 1}
        day.refuse(lambda: day.push(), 401, "token_invalid")
        for path in ("/v1/sync/state?epoch=1", "/v1/sync/pull", "/v1/sync/totals"):
            day.refuse(
                lambda p=path: requests.get(
                    day.county.url + p, headers=station_headers(day.token), timeout=30
                ),
                401,
                "token_invalid",
            )
    # Positive control: the station enrols again and the same batch goes in.
    enrol(day.station, day.county)
    day.token = token_of(day.station)
    day.accepted()


def test_protocol_checked_on_every_station_route(day):
    """State, pull, totals, repair and local items refuse a missing protocol header too,
    and enrolment refuses it before the one-time code is spent."""
    headers = {"Authorization": f"Bearer {day.token}"}
    url = day.county.url
    for method, path in (
        ("GET", "/v1/sync/state?epoch=1"),
        ("GET", "/v1/sync/pull"),
        ("GET", "/v1/sync/totals"),
        ("POST", "/v1/sync/repair"),
        ("POST", "/v1/sync/local-items"),
    ):
        day.refuse(
            lambda m=method, p=path: requests.request(
                m, url + p, headers=headers, data=protocol.encode({"rows": []}), timeout=30
            ),
            426,
            "protocol_unsupported",
        )
    code = day.county.add_station("GJ09", "九村服务站")
    enrolment = {"code": code, "station": "GJ09", "device": str(uuid.uuid4()), "secret": "ab" * 32}
    day.refuse(
        lambda: requests.post(url + "/v1/enrol", json=enrolment, timeout=30),
        426,
        "protocol_unsupported",
    )
    answer = requests.post(
        url + "/v1/enrol", json=enrolment, timeout=30, headers={protocol.PROTOCOL_HEADER: "1"}
    )
    assert answer.status_code == 200, answer.text  # the refusal did not spend the code
    day.accepted()


# -- station A against station B's records ----------------------------------------------------


def make_other_station(tmp_path, clock, county: County) -> Station:
    """Station B (GJ02), enrolled at the same county, after a busy day, synced."""
    b = second_station(tmp_path, clock, county, OTHER)
    busy_day(b, n_orders=1, tag="b")
    result = b.sync.run()
    assert result.ok, result.error
    return b


@pytest.fixture
def other_station(tmp_path, clock, county) -> Iterator[Station]:
    b = make_other_station(tmp_path, clock, county)
    yield b
    b.sync.close()
    b.close()


@pytest.fixture
def other_station_sqlite(tmp_path, clock, sqlite_county) -> Iterator[Station]:
    b = make_other_station(tmp_path, clock, sqlite_county)
    yield b
    b.sync.close()
    b.close()


def test_station_a_cannot_write_station_b_records(day_both, other_station, subtests):
    """B synced first. A's token then edits B's farmer, inserts under an id B owns, and
    names an item of B's own catalogue on an order line: each refused, nothing written."""
    day, b = day_both, other_station
    with subtests.test(msg="A edits B's farmer"):
        b_farmer = b.records.scalar("SELECT id FROM farmers WHERE name = '李四b'")
        faulty = copy.deepcopy(day.batch)
        edit = changes_of(faulty, "farmers", "update")[0]
        edit["id"] = b_farmer
        edit["payload"]["fields"].update(phone="13000000000", note="A 改了 B 的农户")
        body = day.refuse(lambda: day.push(faulty), 422, "change_not_owner")
        assert body["params"]["owner"] == OTHER and OTHER in body["message"]
    with subtests.test(msg="A inserts under an id B owns"):
        b_payment = b.records.scalar("SELECT id FROM payments LIMIT 1")
        faulty = copy.deepcopy(day.batch)
        change = changes_of(faulty, "payments")[0]
        change["id"] = change["payload"]["id"] = b_payment
        day.refuse(lambda: day.push(faulty), 422, "change_not_owner")
    with subtests.test(msg="A's order line names B's own item"):
        b_item = b.records.scalar("SELECT item_id FROM order_lines WHERE item_id IS NOT NULL")
        faulty = copy.deepcopy(day.batch)
        payload_of(faulty, "order_lines")["item_id"] = b_item
        day.refuse(lambda: day.push(faulty), 422, "change_item_unknown")
    day.accepted()


def test_station_a_cannot_point_its_records_at_b_farmer(day, other_station_sqlite):
    """A's records naming B's poor farmer (A's token): refused, nothing written."""
    b_poor = other_station_sqlite.records.scalar("SELECT id FROM farmers WHERE is_poor = 1")
    faulty = copy.deepcopy(day.batch)
    for entity in ("orders", "receipts", "payments"):
        for change in changes_of(faulty, entity):
            if change["payload"].get("farmer_id"):
                change["payload"]["farmer_id"] = b_poor
    day.refuse(lambda: day.push(faulty), 422, None)


# -- bodies: gzip bombs, size caps, not gzip, not JSON -----------------------------------------

BOMB_SIZE = 1 << 30  # 1 GiB of zeros
#: A body over the decompressed cap gets the same 413 as one over the compressed cap.
BOMB_STATUS = 413


@pytest.fixture(scope="session")
def gzip_bomb() -> bytes:
    """A valid gzip member of 1 GiB of zeros in about 1 MB, made without 1 GiB in memory
    (and without deflating 1 GiB: once the compressor's window is all zeros, every further
    MiB of zeros compresses to the same sync-flushed bytes, so they are repeated)."""
    mib = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    warm = [deflate.compress(mib) + deflate.flush(zlib.Z_SYNC_FLUSH) for _ in range(3)]
    assert warm[1] == warm[2]  # steady state reached
    crc = 0
    for _ in range(BOMB_SIZE // len(mib)):
        crc = zlib.crc32(mib, crc)
    body = b"".join(
        [
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff",
            warm[0],
            warm[1] * (BOMB_SIZE // len(mib) - 1),
            deflate.flush(zlib.Z_FINISH),
            struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF),
        ]
    )
    assert len(body) < protocol.MAX_BODY_BYTES // 2  # small on the wire ...
    probe = zlib.decompressobj(16 + zlib.MAX_WBITS)
    assert probe.decompress(body, 64 << 20) == bytes(64 << 20)  # ... and inflates past caps
    return body


def test_oversized_and_malformed_bodies_are_refused(day, gzip_bomb, subtests):
    """A gzip bomb on every route that inflates a body, a body over the compressed cap
    (declared or streamed), and bodies that are not a gzip JSON batch."""
    for path in ("/v1/sync/push", "/v1/sync/repair", "/v1/sync/local-items", "/v1/county/import"):
        with subtests.test(msg=f"gzip bomb to {path}"):

            def send(p: str = path) -> requests.Response:
                if p.startswith("/v1/county/"):
                    return day.county.post(p, data=gzip_bomb)
                return post_body(day.county, day.token, gzip_bomb, path=p)

            started = time.monotonic()
            day.refuse(send, BOMB_STATUS, "batch_too_large")
            # Inflating 1 GiB takes seconds; stopping at the cap takes a fraction of that.
            assert time.monotonic() - started < 10
    with subtests.test(msg="declared body over the compressed cap"):
        too_big = bytes(protocol.MAX_BODY_BYTES + 1)
        day.refuse(lambda: post_body(day.county, day.token, too_big), 413, "batch_too_large")
    with subtests.test(msg="streamed (chunked) body over the compressed cap"):
        chunk = bytes(256 * 1024)

        def stream() -> Iterator[bytes]:
            for _ in range(protocol.MAX_BODY_BYTES // len(chunk) + 2):
                yield chunk

        day.refuse(
            lambda: requests.post(
                day.county.url + "/v1/sync/push",
                data=stream(),
                headers=station_headers(day.token),
                timeout=60,
            ),
            413,
            "batch_too_large",
        )
    for label, body, code in [
        ("plain JSON, not gzip", protocol.dumps(day.batch), "batch_not_gzip"),
        ("random bytes", bytes(range(256)) * 4, "batch_not_gzip"),
        ("empty body", b"", "batch_not_json"),
        ("gzip of text", gzip.compress("不是 JSON".encode()), "batch_not_json"),
        (
            "gzip of a truncated batch",
            gzip.compress(protocol.dumps(day.batch)[:-10]),
            "batch_not_json",
        ),
        ("gzip of a JSON list", protocol.encode([day.batch]), "batch_malformed"),
        ("gzip of an empty object", protocol.encode({}), "batch_malformed"),
        (
            "gzip of a batch without changes",
            protocol.encode(dict(day.batch, changes=[])),
            "batch_malformed",
        ),
    ]:
        with subtests.test(msg=label):
            day.refuse(lambda b=body: post_body(day.county, day.token, b), 422, code)
    day.accepted()


def test_gzip_bomb_status_is_413_like_the_compressed_cap(day, gzip_bomb):
    """Too large is 413 whether the body is too large before or after inflating."""
    day.refuse(lambda: post_body(day.county, day.token, gzip_bomb), 413, "batch_too_large")


def _json_with_huge_integer(batch: dict[str, Any]) -> bytes:
    text = protocol.dumps(batch)
    assert b'"epoch":1,' in text
    return gzip.compress(text.replace(b'"epoch":1,', b'"epoch":' + b"9" * 5000 + b",", 1))


def _deeply_nested(_batch: dict[str, Any]) -> bytes:
    return gzip.compress(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize("make", [_json_with_huge_integer, _deeply_nested])
def test_json_the_parser_cannot_hold_is_422(day, make):
    """JSON Python's parser refuses (5000 digits, 100 000 nested lists): 422."""
    body = make(day.batch)
    day.refuse(lambda: post_body(day.county, day.token, body), 422, "batch_not_json")


def test_text_with_lone_surrogate_is_422(day):
    """A text field that cannot be stored as UTF-8 is refused with 422, not a 500."""
    text = protocol.dumps(day.batch)
    assert "二组".encode() in text
    body = gzip.compress(text.replace("二组".encode(), b"\\ud800", 1))
    refused = day.refuse(lambda: post_body(day.county, day.token, body), 422, None)
    assert refused["error"] in ("batch_not_json", "change_not_text"), refused


def test_text_with_nul_character_is_422_on_both_backends(day_both):
    """A NUL in a text field: the same 422 on SQLite and PostgreSQL."""
    faulty = copy.deepcopy(day_both.batch)
    payload_of(faulty, "farmers")["village_group"] = "一组\x00"  # notes never reach the county
    day_both.refuse(lambda: day_both.push(faulty), 422, "change_not_text")


def test_change_seq_true_is_refused(day):
    """A change's seq must be an integer: true (equal to 1 in Python) is refused."""
    faulty = copy.deepcopy(day.batch)
    assert faulty["first_seq"] == 1
    faulty["changes"][0]["seq"] = True
    day.refuse(lambda: day.push(faulty), 422, "batch_malformed")


@pytest.fixture
def pg_day(station, pg_url) -> Iterator[Day]:
    c = start_county(pg_url)
    yield make_day(station, c)
    c.admin.close()
    c.server.stop()
    c.storage.close()


def test_epoch_beyond_what_postgresql_holds_is_422(pg_day):
    """An epoch beyond a 32-bit INTEGER: 422 on PostgreSQL, not a 500."""
    faulty = copy.deepcopy(pg_day.batch)
    faulty["epoch"] = 2**40
    pg_day.refuse(lambda: pg_day.push(faulty), 422, "batch_malformed")


# -- busy: 429 with Retry-After ---------------------------------------------------------------


@pytest.fixture
def busy_county(sqlite_url) -> Iterator[County]:
    """One request at a time, and a request waits only 10 ms for its turn."""
    c = start_county(sqlite_url, ServerConfig(max_active=1, busy_wait=0.01))
    yield c
    c.admin.close()
    c.server.stop()
    c.storage.close()


def test_busy_server_answers_429_with_retry_after(station, busy_county):
    """The only slot is taken by a county login waiting for SQLite's single writer, which
    the test holds; a push then gets 429 + Retry-After at once and writes nothing."""
    day = make_day(station, busy_county)
    county = busy_county
    before = snapshot(county)

    def hold_the_slot() -> requests.Response:
        while True:  # a poll below may hold the slot for a moment; then try again
            answer = requests.post(
                county.url + "/v1/county/login",
                timeout=60,
                json={"name": ADMIN[0], "password": ADMIN[1]},
            )
            if answer.status_code != 429:
                return answer

    with ThreadPoolExecutor(1) as pool:
        with county.storage.write():
            holder = pool.submit(hold_the_slot)
            deadline = time.monotonic() + 20
            while True:  # a guarded read is refused once the login holds the slot
                poll = county.get("/v1/county/stations")
                if poll.status_code == 429:
                    break
                assert poll.status_code == 200, poll.text
                assert not holder.done(), holder.result().text
                assert time.monotonic() < deadline, "the login never took the slot"
            answer = day.push()
            body = assert_refused(answer, 429, "server_busy")
            wait = answer.headers.get("Retry-After")
            assert wait is not None and wait.isdigit(), answer.headers
            assert 1 <= int(wait) <= 60 and body["params"]["seconds"] == int(wait)
            assert wait in body["message"] and wait in body["message_en"]
            assert snapshot(county) == before
        assert holder.result(timeout=60).status_code == 200
    day.accepted()
