"""Issue 13, finding 4: the county refuses what no station produces.

One validator (``core/change_rules.py``) is shared by both ends.  Each case of the finding is
a real batch from a busy day with one thing changed, posted to a running server: 422, the
reason in Chinese and English, and the county database unchanged (row counts, acknowledged
sequences and a digest of every table); then the same batch without the fault goes in.

The property test drives the hypothesis state machine of ``tests/core/test_properties.py``
and the training station: everything they produce passes the validator and is accepted by
the county, and each mutation of it is refused with the county database unchanged.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import select

from servicepoint.core import Station
from servicepoint.core.change_rules import ChangeRefused, check_insert, check_text, check_update
from servicepoint.core.errors import InvalidInput
from servicepoint.core.sync_local import local_items, outbox_batch
from servicepoint.core.text import clean_name
from servicepoint.core.training import build_training_station
from servicepoint.server import entities, ingest, queries, schema
from servicepoint.server.errors import Refusal
from servicepoint.server.storage import Storage, database_url

from .test_security import Day, changes_of, make_day, payload_of, snapshot

Mutation = Callable[[dict[str, Any], datetime], str | None]


def _properties() -> Any:
    """``tests/core/test_properties.py``, whose state machine this file reuses (``tests/core``
    is not a package: pytest imports the file as the top-level module ``test_properties``)."""
    name = "test_properties"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "core" / "test_properties.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


StationMachine = _properties().StationMachine


# -- the mutations: each returns the code the county answers, or None when it does not apply --


def _first(batch: dict[str, Any], entity: str, test: Callable[[dict[str, Any]], bool]) -> Any:
    return next(
        (
            c["payload"]
            for c in batch["changes"]
            if c["entity"] == entity and c["op"] == "insert" and test(c["payload"])
        ),
        None,
    )


def negative_purchase(batch: dict[str, Any], _now: datetime) -> str | None:
    """A −¥5,000 purchase payment."""
    row = _first(batch, "payments", lambda p: p["kind"] == "purchase")
    if row is None:
        return None
    row["amount_fen"] = -500_000
    row["tendered_fen"] = row["change_fen"] = None
    return "change_payment_sign"


def refund_of_nothing(batch: dict[str, Any], _now: datetime) -> str | None:
    """A −¥8,000 purchase refund naming an order and a receipt that do not exist."""
    row = _first(batch, "payments", lambda p: p["kind"] == "purchase")
    if row is None:
        return None
    row.update(
        kind="purchase_refund",
        amount_fen=-800_000,
        tendered_fen=None,
        change_fen=None,
        order_id=str(uuid.uuid4()),
        receipt_id=str(uuid.uuid4()),
    )
    return "change_reference_unknown"


def payment_without_order(batch: dict[str, Any], _now: datetime) -> str | None:
    row = _first(batch, "payments", lambda p: p["kind"] == "purchase")
    if row is None:
        return None
    row["order_id"] = None
    return "change_reference_missing"


def garbage_time(batch: dict[str, Any], _now: datetime) -> str | None:
    """``created_at: "garbage"``: counted in totals, dropped from every day report."""
    row = _first(batch, "payments", lambda p: True) or _first(batch, "farmers", lambda p: True)
    if row is None:
        return None
    row["created_at"] = "garbage"
    return "change_time_malformed"


def future_time(batch: dict[str, Any], now: datetime) -> str | None:
    row = _first(batch, "payments", lambda p: True) or _first(batch, "farmers", lambda p: True)
    if row is None:
        return None
    row["created_at"] = (now + timedelta(days=30)).isoformat(timespec="milliseconds")
    return "change_time_out_of_range"


def _farmer_name(name: str, value: Callable[[str], str], code: str) -> Mutation:
    def mutate(batch: dict[str, Any], _now: datetime) -> str | None:
        row = _first(batch, "farmers", lambda p: True)
        if row is None:
            return None
        row["name"] = value(row["name"])
        return code

    mutate.__name__ = name
    return mutate


control_name = _farmer_name("control", lambda n: n[:1] + "\x07" + n[1:], "change_text_control")
bidi_name = _farmer_name("bidi", lambda n: "\u202e" + n, "change_text_control")
emoji_name = _farmer_name("emoji", lambda n: n + "😀", "change_text_emoji")
long_name = _farmer_name("name_4000", lambda n: "张" * 4000, "change_text_too_long")

MUTATIONS: list[Mutation] = [
    negative_purchase,
    refund_of_nothing,
    payment_without_order,
    garbage_time,
    future_time,
    control_name,
    bidi_name,
    emoji_name,
    long_name,
]


#: What a refused push does write: the station's last failure, for the console's overview
#: (``station_health.record_failure``), in its own transaction after the refusal.
FAILURE_NOTE = ("last_failure", "last_failure_at")


def digest(storage: Storage) -> dict[str, Any]:
    """Row counts and a SHA-256 of every row of every county table (but the failure note)."""
    out: dict[str, Any] = {}
    with storage.read() as conn:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.c if table.name != "stations" or c.name not in FAILURE_NOTE]
            rows = sorted(repr(tuple(r)) for r in conn.execute(select(*columns)))
            out[table.name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return out


# -- finding 4 over HTTP ----------------------------------------------------------------------


@pytest.fixture
def day(station, sqlite_county) -> Day:
    return make_day(station, sqlite_county)


def test_the_station_refuses_what_the_finding_sent(station):
    """The station's own services refuse each of the finding's values (the county follows)."""
    for name in ("张\x07三", "\u202e张三", "张三😀", "张" * 4000):
        with pytest.raises(InvalidInput):
            station.farmers.add(name)


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__)
def test_finding_4_refused_whole_with_the_county_unchanged(day: Day, mutate: Mutation):
    """Each record no station produces: 422, the reason in both languages, the county
    database unchanged (counts, acked sequences, digest of every table); then the clean batch
    is accepted, so the refusal was for the fault."""
    faulty = copy.deepcopy(day.batch)
    code = mutate(faulty, datetime.now(UTC))
    assert code is not None
    before = digest(day.county.storage)
    body = day.refuse(lambda: day.push(faulty), 422, code)
    assert body["message"] != body["message_en"]
    assert digest(day.county.storage) == before
    with day.county.storage.read() as conn:
        noted = conn.execute(select(schema.stations.c.last_failure)).scalar()
    assert noted == code  # the console's overview tells why the station's sync failed
    day.accepted()


def test_refund_in_the_same_batch_as_its_order_is_accepted(day: Day):
    """Same-batch references count: the busy day's cancel and return refunds name orders and
    receipts sent in the same batch."""
    refunds = [p["payload"] for p in changes_of(day.batch, "payments")]
    assert any(p["kind"] == "purchase_refund" for p in refunds)
    day.accepted()


def test_refund_naming_an_order_sent_before_is_accepted(day: Day):
    """References to records of an earlier batch are looked up in the county database; a
    reference to another station's record is not this station's."""
    cut = next(
        i
        for i, c in enumerate(day.batch["changes"])
        if c["entity"] == "payments" and c["payload"]["kind"] == "purchase_refund"
    )
    first = {**day.batch, "changes": day.batch["changes"][:cut], "last_seq": cut}
    rest = {**day.batch, "changes": day.batch["changes"][cut:], "first_seq": cut + 1}
    assert day.push(first).status_code == 200
    before = snapshot(day.county)
    assert day.push(rest).status_code == 200
    assert snapshot(day.county) != before


def test_farmer_edit_with_a_bidi_name_is_refused(day: Day):
    """Updates follow the same text rules as inserts."""
    faulty = copy.deepcopy(day.batch)
    edit = payload_of(faulty, "farmers", "update")
    edit["fields"]["village_group"] = "二\u202e组"
    before = digest(day.county.storage)
    day.refuse(lambda: day.push(faulty), 422, "change_text_control")
    assert digest(day.county.storage) == before


# -- property: what stations produce is accepted, each mutation refused -----------------------


def _county_accepts(station: Station, now: datetime) -> None:
    """Push ``station``'s whole outbox into a fresh county database as a station would; each
    mutation of it is refused first, with the county unchanged."""
    batch = outbox_batch(station, 10**7)
    if batch is None:
        return
    for change in batch["changes"]:  # the shared validator, as the station would call it
        if change["op"] == "insert":
            check_insert(change["entity"], change["payload"], now)
        else:
            check_update(change["entity"], change["payload"]["fields"], now)
    folder = Path(tempfile.mkdtemp(prefix="sp-county-"))
    storage = Storage.open(database_url(folder / "county.db"))
    stamp = now.astimezone(UTC).isoformat(timespec="milliseconds")
    try:
        items = [dict(i, station=station.code, source="adhoc") for i in local_items(station)]
        for item in items:
            entities.check_row("catalogue_items", item, station.code, now)
            item["source"] = "local"
        with storage.write() as conn:
            queries.add_local_items(conn, items)
        for mutate in MUTATIONS:
            faulty = copy.deepcopy(batch)
            code = mutate(faulty, now)
            if code is None:
                continue
            before = digest(storage)
            with pytest.raises(Refusal) as refused, storage.write() as conn:
                ingest.push(conn, station.code, ingest.parse_batch(faulty, 10**7), stamp)
            assert refused.value.code == code, (mutate.__name__, refused.value.params)
            assert digest(storage) == before
        for piece in ingest.parse_batch(batch, 10**7).split(2000):
            with storage.write() as conn:
                result = ingest.push(conn, station.code, piece, stamp)
            assert result.acked_seq == piece.last_seq and not result.replay
    finally:
        storage.close()


class CountyMachine(StationMachine):
    """The station state machine; at the end of each run, the county takes all of it."""

    def teardown(self) -> None:
        try:
            if self.s is not None:
                _county_accepts(self.s, self.clock.now())
        finally:
            super().teardown()


def test_everything_the_state_machine_produces_is_accepted_and_mutations_refused():
    """Fixed examples (derandomized, not shrunk): the random search and its shrinking are
    ``tests/core/test_properties.py``'s job; here each run costs a county database."""
    run_state_machine_as_test(
        CountyMachine,
        settings=settings(
            max_examples=8,
            stateful_step_count=30,
            derandomize=True,
            database=None,
            phases=[Phase.generate],
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_the_training_station_is_accepted_and_mutations_refused(tmp_path):
    """A year of a training station's business (every kind of record) passes the validator
    and is accepted by the county."""
    today = date(2026, 11, 22)
    station = build_training_station(tmp_path / "training", today=today, farmers=20)
    try:
        _county_accepts(station, datetime(2026, 11, 23, tzinfo=UTC))
    finally:
        station.close()


def test_the_validator_names_the_rule():
    """The shared validator's answers, as both ends read them."""
    now = datetime(2026, 11, 22, tzinfo=UTC)
    with pytest.raises(ChangeRefused) as refused:
        check_insert("payments", {"kind": "payout", "amount_fen": 100}, now)
    assert refused.value.code == "change_payment_sign"
    with pytest.raises(ChangeRefused) as refused:
        check_insert("payments", {"kind": "gift", "amount_fen": 100}, now)
    assert refused.value.code == "change_payment_kind_unknown"
    with pytest.raises(ChangeRefused) as refused:
        check_update("farmers", {"updated_at": "2019-12-31T23:59:59+08:00"}, now)
    assert refused.value.code == "change_time_out_of_range"
    assert "2019-12-31" in refused.value.message("zh_CN")


@given(st.text(max_size=60))
def test_the_county_takes_a_farmer_name_exactly_when_the_station_would(name: str) -> None:
    """One rule at both ends: any text is a farmer's name at the county exactly when the
    station would have stored it as typed."""
    try:
        station_ok = clean_name(name, "farmer_name") == name
    except InvalidInput:
        station_ok = False
    try:
        check_text("farmers", "name", name)
        county_ok = True
    except ChangeRefused:
        county_ok = False
    assert station_ok == county_ok
