"""Applying a station's batch of changes: the one idempotent path for pushes and USB imports.

SYNC.md's push rule, in one transaction: the batch's changes are stored under
``(device, epoch, seq)``, applied to the record tables, and the device's ``acked_seq`` advances
to the batch's last seq.  Replaying a batch at or below ``acked_seq`` writes nothing; a batch
starting beyond ``acked_seq + 1`` is a gap and is answered with the server's ``acked_seq``.

Deviation from SYNC.md, on purpose: a batch with any change the county will not store is
refused whole (``Refusal``) rather than applied with a ``rejected`` list.  All or nothing keeps
"a forged or tampered batch writes nothing" (guarantee 5) simple to prove, and it never leaves
a hole in a device's sequence.  The station shows the refusal in plain words and keeps the
changes; a legitimate station never produces one, because its own services enforce the same
rules first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, and_, func, select, update
from typing_extensions import TypedDict  # pydantic reads it (OpenAPI) on Python 3.11

from ..core.change_rules import references
from ..core.county_view import change_for_county
from . import poverty_store, schema
from .entities import ENTITIES, UPDATABLE, check_row, check_update
from .errors import Refusal

_CHUNK = 400
#: Station records that name a farmer.
_FARMER_REFS = (
    "orders",
    "payments",
    "receipts",
    "ledger_entries",
    "consignment_batches",
    "consignment_sales",
    "settlements",
    "buyback_lots",
)


class Change(TypedDict):
    """One outbox entry of a station: a record inserted whole, or some fields updated
    (``payload = {"fields": {…}, "base_version": n}``)."""

    seq: int
    entity: str
    id: str
    op: Literal["insert", "update"]
    payload: dict[str, Any]


# The one declaration of a batch: parse_batch checks a body into it, and the OpenAPI
# document describes the push body from it (routes/sync.py).  The docstrings are the
# schema's descriptions.
@dataclass
class Batch:
    """The JSON inside a push body (sent gzip-compressed, ``Content-Encoding: gzip``)."""

    station: str
    device: str
    epoch: int
    epoch_base: int
    first_seq: int
    last_seq: int
    changes: list[Change]

    def split(self, size: int) -> list[Batch]:
        """Consecutive slices of at most ``size`` changes, each a batch of its own."""
        return [
            replace(self, first_seq=part[0]["seq"], last_seq=part[-1]["seq"], changes=part)
            for part in (self.changes[i : i + size] for i in range(0, len(self.changes), size))
        ]


@dataclass
class PushResult:
    acked_seq: int
    applied: int = 0
    duplicates: int = 0
    replay: bool = False
    conflicts: list[dict[str, Any]] = field(default_factory=list)


class Gap(Exception):
    """The batch starts beyond what the county has; the client must resend from acked+1."""

    def __init__(self, acked_seq: int) -> None:
        super().__init__(acked_seq)
        self.acked_seq = acked_seq


class EpochRetired(Exception):
    """A batch of an epoch older than one the device already started (a restored PC's past)."""

    def __init__(self, current: int) -> None:
        super().__init__(current)
        self.current = current


MAX_EPOCH = 10**6  # as GET /v1/sync/state; cursors.epoch is a 32-bit INTEGER


def _int(value: Any, name: str, minimum: int = 0, maximum: int = 2**53) -> int:
    if type(value) is not int or value < minimum or value > maximum:
        raise Refusal("batch_malformed", field=name)
    return value


def parse_batch(obj: Any, max_changes: int) -> Batch:
    """Shape of the batch itself; the changes' contents are checked in :func:`apply`."""
    if not isinstance(obj, dict):
        raise Refusal("batch_malformed", field="batch")
    changes = obj.get("changes")
    if not isinstance(changes, list) or not changes:
        raise Refusal("batch_malformed", field="changes")
    if len(changes) > max_changes:
        raise Refusal("batch_too_many", limit=max_changes)
    batch = Batch(
        str(obj.get("station", ""))[:20],
        str(obj.get("device", ""))[:40],
        _int(obj.get("epoch"), "epoch", 1, MAX_EPOCH),
        _int(obj.get("epoch_base"), "epoch_base"),
        _int(obj.get("first_seq"), "first_seq", 1),
        _int(obj.get("last_seq"), "last_seq", 1),
        changes,
    )
    if batch.last_seq - batch.first_seq + 1 != len(changes):
        raise Refusal("batch_malformed", field="last_seq")
    for offset, change in enumerate(changes):
        if (
            not isinstance(change, dict)
            or type(change.get("seq")) is not int
            or change["seq"] != batch.first_seq + offset
        ):
            raise Refusal("batch_malformed", field="seq")
        if (
            change.get("op") not in ("insert", "update")
            or not isinstance(change.get("payload"), dict)
            or not isinstance(change.get("id"), str)
        ):
            raise Refusal("batch_malformed", field="op")
    return batch


def acked(conn: Connection, device: str, epoch: int) -> int | None:
    return conn.execute(
        select(schema.cursors.c.acked_seq).where(
            and_(schema.cursors.c.device_id == device, schema.cursors.c.epoch == epoch)
        )
    ).scalar()


def for_county(changes: list[Change]) -> list[Change]:
    """The changes as the county may hold them: farmers' phone, ID and card numbers dropped
    or masked (``core/county_view.py``) before anything is checked, applied or logged, even
    when an older station still sends them."""
    return [
        {**c, "payload": change_for_county(c.get("entity"), c.get("op"), c["payload"])}
        for c in changes
    ]


def apply_changes(
    conn: Connection, station: str, changes: list[Change], now: str | None = None
) -> PushResult:
    """Check and apply ``changes`` without a cursor (a repair's full re-upload): records the
    county has are counted as duplicates, nothing is written if any change is refused."""
    result = PushResult(0)
    _Applier(conn, station, result, now).apply(for_county(changes))
    return result


def push(conn: Connection, station: str, batch: Batch, now: str) -> PushResult:
    """Store and apply ``batch`` for ``station`` inside the caller's transaction."""
    cur = schema.cursors
    row = conn.execute(
        select(cur.c.acked_seq)
        .where(and_(cur.c.device_id == batch.device, cur.c.epoch == batch.epoch))
        .with_for_update()
    ).first()
    if row is None:
        newest = conn.execute(
            select(func.max(cur.c.epoch)).where(cur.c.device_id == batch.device)
        ).scalar()
        if newest is not None and newest > batch.epoch:
            raise EpochRetired(newest)
        conn.execute(
            cur.insert().values(
                device_id=batch.device,
                epoch=batch.epoch,
                station=station,
                epoch_base=batch.epoch_base,
                acked_seq=batch.epoch_base,
                updated_at=now,
            )
        )
        acked_seq = batch.epoch_base
    else:
        acked_seq = int(row[0])
    if batch.last_seq <= acked_seq:
        return PushResult(acked_seq, replay=True)
    if batch.first_seq > acked_seq + 1:
        raise Gap(acked_seq)
    fresh = for_county([c for c in batch.changes if c["seq"] > acked_seq])
    result = PushResult(batch.last_seq)
    _Applier(conn, station, result, now).apply(fresh)
    conn.execute(
        schema.changes.insert(),
        [
            {
                "device_id": batch.device,
                "epoch": batch.epoch,
                "seq": c["seq"],
                "station": station,
                "entity": str(c.get("entity"))[:40],
                "record_id": c["id"][:36],
                "op": c["op"],
                "payload": json.dumps(c["payload"], ensure_ascii=False, separators=(",", ":")),
                "received_at": now,
            }
            for c in fresh
        ],
    )
    conn.execute(
        update(cur)
        .where(and_(cur.c.device_id == batch.device, cur.c.epoch == batch.epoch))
        .values(acked_seq=batch.last_seq, updated_at=now)
    )
    return result


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


class _Applier:
    """Checks every change first, then writes: nothing is written if any change is refused."""

    def __init__(
        self, conn: Connection, station: str, result: PushResult, now: str | None = None
    ) -> None:
        self.conn = conn
        self.station = station
        self.result = result
        #: The county's clock, for the date window of ``core/change_rules.py``.
        self.now = datetime.fromisoformat(now) if now else datetime.now(UTC)

    def apply(self, changes: list[Change]) -> None:
        inserts: dict[str, dict[str, dict[str, Any]]] = {}
        updates: list[tuple[str, str, dict[str, Any], int | None]] = []
        for change in changes:
            entity, payload = change.get("entity"), change["payload"]
            try:
                if change["op"] == "insert":
                    row = check_row(str(entity), payload, self.station, self.now)
                    if row["id"] != change["id"]:
                        raise Refusal("change_malformed", entity=entity)
                    inserts.setdefault(str(entity), {})[row["id"]] = row
                else:
                    fields = check_update(str(entity), payload.get("fields"), self.now)
                    base = payload.get("base_version")
                    if base is not None and (type(base) is not int or base < 1):
                        raise Refusal("change_malformed", entity=entity)
                    pending = inserts.get(str(entity), {}).get(change["id"])
                    if pending is not None:  # inserted earlier in this batch
                        pending.update(fields)
                        if base is not None and "version" in pending:
                            pending["version"] = base + 1
                    else:
                        updates.append((str(entity), change["id"], fields, base))
            except Refusal as refusal:
                refusal.params.setdefault("seq", change["seq"])
                raise
        self._drop_existing(inserts)
        self._check_items(inserts)
        self._check_farmers(inserts)
        self._check_references(inserts)
        self._check_receipts(inserts)
        current = self._load_for_update(updates)
        for entity, rows in inserts.items():
            if rows:
                self.conn.execute(schema.records[entity].insert(), list(rows.values()))
                self.result.applied += len(rows)
        for entity, record_id, fields, base in updates:
            self._update(entity, record_id, fields, base, current)
        written: dict[str, set[str]] = {e: set(rows) for e, rows in inserts.items()}
        for entity, record_id, _, _ in updates:
            written.setdefault(entity, set()).add(record_id)
        farmers = poverty_store.touched(self.conn, self.station, written)
        if farmers:
            poverty_store.refresh(self.conn, self.station, farmers)

    def _existing(self, entity: str, ids: list[str]) -> dict[str, str | None]:
        table = schema.records[entity]
        found: dict[str, str | None] = {}
        for chunk in _chunks(ids):
            for rid, owner in self.conn.execute(
                select(table.c.id, table.c.station).where(table.c.id.in_(chunk))
            ):
                found[rid] = owner
        return found

    def _drop_existing(self, inserts: dict[str, dict[str, dict[str, Any]]]) -> None:
        """A record the county already has is a harmless resend (a new epoch after a restore);
        the same id under another station is a forgery."""
        for entity, rows in inserts.items():
            for rid, owner in self._existing(entity, list(rows)).items():
                if owner != self.station:
                    raise Refusal("change_not_owner", entity=entity, owner=str(owner)[:20])
                del rows[rid]
                self.result.duplicates += 1

    def _check_items(self, inserts: dict[str, dict[str, dict[str, Any]]]) -> None:
        wanted = {r["item_id"] for r in inserts.get("order_lines", {}).values() if r.get("item_id")}
        wanted -= set(inserts.get("catalogue_items", {}))
        if not wanted:
            return
        known: set[str] = set()
        items, adhoc = schema.county_items, schema.records["catalogue_items"]
        for chunk in _chunks(sorted(wanted)):
            known.update(
                self.conn.execute(select(items.c.id).where(items.c.id.in_(chunk))).scalars()
            )
            known.update(
                self.conn.execute(
                    select(adhoc.c.id).where(
                        and_(adhoc.c.id.in_(chunk), adhoc.c.station == self.station)
                    )
                ).scalars()
            )
        missing = wanted - known
        if missing:
            raise Refusal("change_item_unknown", item=sorted(missing)[0])

    def _check_farmers(self, inserts: dict[str, dict[str, dict[str, Any]]]) -> None:
        """A record may only name a farmer of its own station (sent in this batch or
        earlier): county reports count poor households through these references."""
        wanted = {
            r["farmer_id"]: entity
            for entity in _FARMER_REFS
            for r in inserts.get(entity, {}).values()
            if r.get("farmer_id")
        }
        for rid in inserts.get("farmers", {}):
            wanted.pop(rid, None)
        if not wanted:
            return
        farmers = schema.records["farmers"]
        known: set[str] = set()
        for chunk in _chunks(sorted(wanted)):
            known.update(
                self.conn.execute(
                    select(farmers.c.id).where(
                        and_(farmers.c.id.in_(chunk), farmers.c.station == self.station)
                    )
                ).scalars()
            )
        for rid, entity in sorted(wanted.items()):
            if rid not in known:
                raise Refusal("change_farmer_unknown", entity=entity)

    def _check_references(self, inserts: dict[str, dict[str, dict[str, Any]]]) -> None:
        """Refunds, voids and returns name an order and a receipt of this station, sent in
        this batch or before (``core/change_rules.references``): a refund of an order the
        county never saw would lower its takings with nothing to show for it."""
        wanted: dict[str, dict[str, tuple[str, str]]] = {}
        for entity, rows in inserts.items():
            for row in rows.values():
                for name, target, rid in references(entity, row):
                    if not rid:
                        raise Refusal("change_reference_missing", entity=entity, field=name)
                    if rid not in inserts.get(target, {}):
                        wanted.setdefault(target, {}).setdefault(str(rid), (entity, name))
        for target, ids in sorted(wanted.items()):
            table = schema.records[target]
            known: set[str] = set()
            for chunk in _chunks(sorted(ids)):
                known.update(
                    self.conn.execute(
                        select(table.c.id).where(
                            and_(table.c.id.in_(chunk), table.c.station == self.station)
                        )
                    ).scalars()
                )
            for rid, (entity, name) in sorted(ids.items()):
                if rid not in known:
                    raise Refusal("change_reference_unknown", entity=entity, field=name)

    def _check_receipts(self, inserts: dict[str, dict[str, dict[str, Any]]]) -> None:
        """A receipt number or trace code the county already holds for another record of this
        station: the number was issued twice (a restore by an older version, before its first
        sync).  Both are real paper, so both records are kept and the clash is listed in
        ``conflicts``, which the station fetches and shows until a manager acknowledges it."""
        for entity, column in (
            ("receipts", "number"),
            ("consignment_batches", "trace_code"),
            ("buyback_lots", "trace_code"),
        ):
            rows = inserts.get(entity, {})
            if not rows:
                continue
            table = schema.records[entity]
            numbers = {r[column]: rid for rid, r in rows.items()}
            for chunk in _chunks(sorted(numbers)):
                for number, rid in self.conn.execute(
                    select(table.c[column], table.c.id).where(
                        and_(table.c.station == self.station, table.c[column].in_(chunk))
                    )
                ):
                    if numbers[number] == rid:
                        continue
                    self.conn.execute(
                        schema.conflicts.insert().values(
                            station=self.station,
                            entity=entity,
                            record_id=numbers[number],
                            field=column,
                            kept=json.dumps(rid),
                            lost=json.dumps(number),
                            created_at=rows[numbers[number]]["created_at"],
                        )
                    )
                    self.result.conflicts.append(
                        {"entity": entity, "id": numbers[number], "field": column}
                    )

    def _load_for_update(
        self, updates: list[tuple[str, str, dict[str, Any], int | None]]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        current: dict[tuple[str, str], dict[str, Any]] = {}
        by_entity: dict[str, set[str]] = {}
        for entity, rid, _, _ in updates:
            by_entity.setdefault(entity, set()).add(rid)
        for entity, ids in by_entity.items():
            table = schema.records[entity]
            cols = [table.c[c] for c in ("id", "station", *sorted(UPDATABLE[entity]))]
            if "version" in ENTITIES[entity]:
                cols.append(table.c.version)
            if entity == "catalogue_items":
                cols.append(table.c.source)
            for chunk in _chunks(sorted(ids)):
                for found in self.conn.execute(select(*cols).where(table.c.id.in_(chunk))):
                    current[(entity, found.id)] = dict(found._mapping)
        for entity, rid, _, _ in updates:
            row = current.get((entity, rid))
            if row is None:
                raise Refusal("change_record_unknown", entity=entity)
            if row["station"] != self.station:
                raise Refusal("change_not_owner", entity=entity, owner=str(row["station"]))
            if entity == "catalogue_items" and row["source"] != "adhoc":
                raise Refusal("change_county_owned", entity=entity)
        return current

    def _update(
        self,
        entity: str,
        rid: str,
        fields: dict[str, Any],
        base: int | None,
        current: dict[tuple[str, str], dict[str, Any]],
    ) -> None:
        """SYNC.md "Shared edits": a change based on the version the county holds applies;
        one based on an older version keeps the county's value of each field that differs
        and stores the losing value in ``conflicts``."""
        row = current[(entity, rid)]
        changes = dict(fields)
        if base is not None and "version" in row:
            if base >= row["version"]:
                changes["version"] = base + 1
            else:
                changes = {}
                for name, value in fields.items():
                    if row.get(name) != value and name != "updated_at":
                        self.conn.execute(
                            schema.conflicts.insert().values(
                                station=self.station,
                                entity=entity,
                                record_id=rid,
                                field=name,
                                kept=json.dumps(row.get(name), ensure_ascii=False),
                                lost=json.dumps(value, ensure_ascii=False),
                                created_at=str(fields.get("updated_at", "")),
                            )
                        )
                        self.result.conflicts.append({"entity": entity, "id": rid, "field": name})
        if changes:
            table = schema.records[entity]
            self.conn.execute(update(table).where(table.c.id == rid).values(**changes))
            row.update(changes)
            self.result.applied += 1
