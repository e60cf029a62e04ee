"""Issue 13, finding 6: farmers' personal data does not sit in clear at the county.

The station sends only what the county needs (docs/sync.md, "What the county receives about
farmers"); the county drops what an older station still sends, revision 0005 clears what an
existing county database holds, conflict answers are masked, and the API's map is served only
with ``--docs``.  The done-when check reads the county's SQLite file (and its WAL) byte by
byte and finds none of the numbers the station used.
"""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path
from typing import Any

import requests
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from servicepoint.core import protocol
from servicepoint.core.county_view import mask_card
from servicepoint.core.sync_local import outbox_batch
from servicepoint.server import schema
from servicepoint.server.storage import MIGRATIONS, Storage, head_revision

from .conftest import County, enrol, token_of
from .test_security import payload_of, post_body, snapshot

PHONE, PHONE2 = "13812345678", "13987654321"
ID_NUMBER = "11010519491231002X"  # a valid check digit
ID_NUMBER2 = "440524188001010014"
CARD, CARD2 = "PK2016123456", "PK2016654321"
NOTE = "住院欠款"


def _numbers() -> list[str]:
    """Every number the test station uses, and the telling part of each (the county keeps a
    card's last four characters, so the middle of a number must not appear either)."""
    found = []
    for n in (PHONE, PHONE2, ID_NUMBER, ID_NUMBER2, CARD, CARD2):
        found += [n, n[:-4]]
    return found


def _file_bytes(path: Path) -> bytes:
    data = b""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name.exists():
            data += name.read_bytes()
    return data


def _leaks(data: bytes) -> list[str]:
    found = []
    for number in [*_numbers(), NOTE]:
        for encoded in {number.encode("utf-8"), number.encode("utf-16-le")}:
            if encoded in data:
                found.append(number)
    return found


def _county_file(county: County) -> Path:
    return Path(str(county.storage.engine.url.database))


def _station_with_private_farmers(station: Any) -> tuple[str, str]:
    poor = station.farmers.add(
        "张三",
        phone=PHONE,
        village_group="一组",
        is_poor=True,
        poverty_card_no=CARD,
        id_number=ID_NUMBER,
        note=NOTE,
    )
    other = station.farmers.add("李四", phone=PHONE2, id_number=ID_NUMBER2)
    return poor.id, other.id


def test_the_county_file_holds_no_farmer_numbers(station, sqlite_county):
    """Done when: a station with farmers that have ID, poverty-card and phone numbers (added,
    then edited) syncs to a county SQLite file; neither the file nor its WAL, nor any county
    answer, holds one of those numbers; the county keeps the flag, name and card's last four."""
    enrol(station, sqlite_county)
    poor, other = _station_with_private_farmers(station)
    result = station.sync.run()
    assert result.ok, result.error
    station.farmers.edit(other, phone="13700001111", id_number=None)
    station.farmers.edit(poor, poverty_card_no=CARD2, id_number=ID_NUMBER2)
    result = station.sync.run()
    assert result.ok, result.error

    farmers = schema.records["farmers"]
    with sqlite_county.storage.read() as conn:
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    farmers.c.id,
                    farmers.c.name,
                    farmers.c.is_poor,
                    farmers.c.phone,
                    farmers.c.id_number,
                    farmers.c.poverty_card_no,
                    farmers.c.note,
                )
            )
        }
    assert (rows[poor].name, rows[poor].is_poor) == ("张三", 1)
    assert rows[poor].poverty_card_no == mask_card(CARD2) == "********4321"
    assert {(r.phone, r.id_number, r.note) for r in rows.values()} == {(None, None, None)}

    answers = [sqlite_county.get(p) for p in ("/v1/county/conflicts", "/v1/county/stations")]
    assert [a.status_code for a in answers] == [200, 200]
    assert _leaks("".join(a.text for a in answers).encode("utf-8")) == []
    assert _leaks(_file_bytes(_county_file(sqlite_county))) == []
    sqlite_county.storage.close()  # checkpoint the WAL into the file, then look again
    assert _leaks(_file_bytes(_county_file(sqlite_county))) == []


def test_an_older_station_sending_numbers_has_them_dropped(station, sqlite_county):
    """Defence in depth: a batch as today's main sends it (every number in clear, and an edit
    that changes them) is accepted, 200, but the county stores none of the numbers — not in
    ``farmers``, not in its change log — and a conflicting edit lists only masked values."""
    enrol(station, sqlite_county)
    poor, _ = _station_with_private_farmers(station)
    batch = outbox_batch(station, 1000)
    assert batch is not None
    old_style = copy.deepcopy(batch)
    row = station.records.one("SELECT * FROM farmers WHERE id = ?", (poor,))
    assert row is not None
    sent = payload_of(old_style, "farmers")
    assert sent["id"] == poor and sent["phone"] is None  # today's station sends no phone
    sent.update({k: row[k] for k in ("phone", "id_number", "poverty_card_no", "note")})
    answer = post_body(sqlite_county, token_of(station), protocol.encode(old_style))
    assert answer.status_code == 200, answer.text[:300]

    # A restored station resends an edit based on version 1 after the county moved on:
    # the losing values are kept as a conflict, masked.
    seq, stamp = old_style["last_seq"], sent["updated_at"]
    edits = []
    for base, fields in (
        (1, {"poverty_card_no": CARD2, "phone": PHONE2, "updated_at": stamp}),
        (1, {"poverty_card_no": "PK2016000001", "id_number": ID_NUMBER2, "updated_at": stamp}),
    ):
        seq += 1
        edits.append(
            {
                "seq": seq,
                "entity": "farmers",
                "id": poor,
                "op": "update",
                "payload": {"fields": fields, "base_version": base},
            }
        )
    follow = {**old_style, "first_seq": edits[0]["seq"], "last_seq": seq, "changes": edits}
    answer = post_body(sqlite_county, token_of(station), protocol.encode(follow))
    assert answer.status_code == 200, answer.text[:300]
    assert answer.json()["conflicts"], answer.json()

    conflicts = sqlite_county.get("/v1/county/conflicts")
    assert conflicts.status_code == 200
    assert "********0001" in conflicts.text
    assert _leaks(conflicts.content) == []
    with sqlite_county.storage.read() as conn:
        logged = [
            json.loads(p)
            for p in conn.execute(
                select(schema.changes.c.payload).where(schema.changes.c.entity == "farmers")
            ).scalars()
        ]
    assert logged and _leaks(json.dumps(logged, ensure_ascii=False).encode("utf-8")) == []
    sqlite_county.storage.close()
    assert _leaks(_file_bytes(_county_file(sqlite_county))) == []


def _upgrade(url: str, revision: str) -> Storage:
    storage = Storage.open(url, migrate=False)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with storage.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return storage


def test_migration_0005_clears_what_a_county_database_holds(sqlite_url, tmp_path):
    """A county database at revision 0003 holding farmers' numbers (as stored before this
    issue: in ``farmers``, in the change log and in ``conflicts``) is cleared by 0005: phones,
    ID numbers and notes gone, cards to their last four, and the bytes gone from the file."""
    storage = _upgrade(sqlite_url, "0003_order_platform_refs")
    farmer = {
        "id": "0b8e6f4e-59a4-4d43-9b1f-8f0b7a1d2c3e",
        "station": "GJ01",
        "name": "张三",
        "name_pinyin": "zhangsan",
        "name_initials": "zs",
        "phone": PHONE,
        "village_group": "一组",
        "id_number": ID_NUMBER,
        "is_poor": 1,
        "poverty_card_no": CARD,
        "note": NOTE,
        "created_at": "2026-11-22T09:00:00.000+08:00",
        "updated_at": "2026-11-22T09:00:00.000+08:00",
        "version": 1,
    }
    edit = {"fields": {"phone": PHONE2, "poverty_card_no": CARD2}, "base_version": 1}
    with storage.write() as conn:
        conn.execute(schema.records["farmers"].insert().values(**farmer))
        for seq, (op, payload) in enumerate((("insert", farmer), ("update", edit)), start=1):
            conn.execute(
                schema.changes.insert().values(
                    device_id="dev",
                    epoch=1,
                    seq=seq,
                    station="GJ01",
                    entity="farmers",
                    record_id=farmer["id"],
                    op=op,
                    payload=json.dumps(payload, ensure_ascii=False),
                    received_at="2026-11-22T01:00:00.000+00:00",
                )
            )
        for field, kept, lost in (
            ("id_number", ID_NUMBER, ID_NUMBER2),
            ("poverty_card_no", CARD, CARD2),
        ):
            conn.execute(
                schema.conflicts.insert().values(
                    station="GJ01",
                    entity="farmers",
                    record_id=farmer["id"],
                    field=field,
                    kept=json.dumps(kept),
                    lost=json.dumps(lost),
                    created_at="2026-11-22T09:00:00.000+08:00",
                )
            )
    path = Path(str(storage.engine.url.database))
    storage.close()
    assert _leaks(_file_bytes(path))  # the old data is really there

    storage = Storage.open(sqlite_url)  # migrates to head, as `county serve` does
    with storage.read() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        row = conn.execute(select(schema.records["farmers"])).one()._mapping
        payloads = conn.execute(select(schema.changes.c.payload)).scalars().all()
        conflicts = conn.execute(
            select(schema.conflicts.c.field, schema.conflicts.c.kept, schema.conflicts.c.lost)
        ).all()
    assert version == head_revision()
    assert (row["phone"], row["id_number"], row["note"]) == (None, None, None)
    assert (row["name"], row["is_poor"], row["poverty_card_no"]) == ("张三", 1, "********3456")
    assert json.loads(payloads[0])["phone"] is None
    assert json.loads(payloads[1])["fields"] == {"poverty_card_no": "********4321"}
    assert sorted(conflicts) == [
        ("id_number", None, None),
        ("poverty_card_no", '"********3456"', '"********4321"'),
    ]
    storage.close()
    assert _leaks(_file_bytes(path)) == []


def test_api_map_is_off_unless_served_with_docs(sqlite_county):
    """``/docs``, ``/redoc`` and ``/openapi.json`` are not served by default (404, nothing
    written); ``county serve --docs`` turns them on (tests/server/test_county_admin.py)."""
    before = snapshot(sqlite_county)
    for path in ("/docs", "/redoc", "/openapi.json"):
        answer = requests.get(sqlite_county.url + path, timeout=30)
        assert answer.status_code == 404, path
        assert "openapi" not in answer.text.lower()
    assert snapshot(sqlite_county) == before


def test_the_serve_command_takes_docs():
    """``servicepoint county serve --docs`` parses to a config with the docs on."""
    from servicepoint.cli import build_parser

    args = build_parser().parse_args(["county", "serve", "--docs"])
    assert args.docs is True
    assert build_parser().parse_args(["county", "serve"]).docs is False


def test_a_usb_export_carries_no_farmer_numbers(station, tmp_path):
    """The USB export is built from the same batches: it carries none of the numbers either,
    and what it carries is what the station's key signed."""
    from servicepoint.core.sync_local import export_outbox

    _station_with_private_farmers(station)
    info = export_outbox(station, tmp_path / "export.spx")
    raw = gzip.decompress(info.path.read_bytes())
    assert _leaks(raw) == []
    data = json.loads(raw)
    signed = protocol.dumps_canonical(data["batch"])
    assert protocol.signature_ok(station.secret, signed, data["signature"])
    cards = [
        c["payload"]["poverty_card_no"]
        for c in data["batch"]["changes"]
        if c["entity"] == "farmers"
    ]
    assert mask_card(CARD) in cards
