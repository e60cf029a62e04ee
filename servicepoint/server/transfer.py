"""Bodies in and out of the county server: size caps, gzip batches, USB export files.

Kept apart from the routes so the same functions serve ``POST /v1/sync/push``, ``POST
/v1/county/import`` and ``servicepoint county import FILE``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import JSONResponse

from ..core import protocol
from . import ingest, queries
from .county import now_stamp
from .entities import check_row
from .errors import ApiError, Refusal

if TYPE_CHECKING:
    from .config import ServerConfig
    from .storage import Storage

_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes ``limit`` bytes (before it is stored)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "batch_too_large")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "batch_too_large")
        chunks.append(chunk)
    return b"".join(chunks)


def decode(body: bytes, cfg: ServerConfig) -> Any:
    try:
        return protocol.decode(body, limit=cfg.max_decompressed)
    except protocol.DecodeError as error:
        if error.code == "batch_too_large":  # the same refusal and status as read_body's
            raise ApiError(413, error.code) from error
        raise Refusal(error.code) from error


def _apply(storage: Storage, station: str, batch: ingest.Batch) -> ingest.PushResult:
    try:
        with storage.write() as conn:
            return ingest.push(conn, station, batch, now_stamp())
    except ingest.Gap as gap:
        raise ApiError(409, "sync_gap", acked_seq=gap.acked_seq) from gap
    except ingest.EpochRetired as old:
        raise ApiError(409, "epoch_retired", epoch=old.current) from old


def _answer(result: ingest.PushResult) -> dict[str, Any]:
    return {
        "acked_seq": result.acked_seq,
        "applied": result.applied,
        "duplicates": result.duplicates,
        "replay": result.replay,
        "conflicts": result.conflicts,
        "server_time": now_stamp(),
    }


def push_body(
    storage: Storage, station: str, device: str, body: bytes, cfg: ServerConfig
) -> JSONResponse:
    batch = ingest.parse_batch(decode(body, cfg), cfg.max_changes)
    if batch.station.upper() != station:
        raise ApiError(403, "batch_wrong_station", station=batch.station[:20])
    if batch.device != device:
        raise ApiError(403, "batch_wrong_device")
    return JSONResponse(_answer(_apply(storage, station, batch)))


def repair_body(storage: Storage, station: str, body: bytes, cfg: ServerConfig) -> dict[str, Any]:
    """A full re-upload after a totals mismatch: every row inserted if missing (idempotent)."""
    payload = decode(body, cfg)
    rows = payload.get("rows") if isinstance(payload, dict) else None
    if not isinstance(rows, list) or len(rows) > cfg.max_changes:
        raise Refusal("batch_malformed", field="rows")
    changes: list[ingest.Change] = []
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("payload"), dict):
            raise Refusal("batch_malformed", field="rows")
        changes.append(
            {
                "seq": 0,
                "op": "insert",
                "entity": str(row.get("entity")),
                "id": str(row["payload"].get("id")),
                "payload": row["payload"],
            }
        )
    with storage.write() as conn:
        result = ingest.apply_changes(conn, station, changes)
    return {"applied": result.applied, "duplicates": result.duplicates}


def local_items_body(
    storage: Storage, station: str, body: bytes, cfg: ServerConfig
) -> dict[str, Any]:
    """Items a station imported from CSV before it enrolled: kept as that station's own
    catalogue (``source = 'local'``), so its earlier orders naming them are accepted."""
    payload = decode(body, cfg)
    items = payload.get("items") if isinstance(payload, dict) else None
    if not isinstance(items, list) or len(items) > cfg.max_changes:
        raise Refusal("batch_malformed", field="items")
    rows = []
    for item in items:
        if not isinstance(item, dict):
            raise Refusal("batch_malformed", field="items")
        row = dict(item, station=station, source="adhoc")
        check_row("catalogue_items", row, station)
        row["source"] = "local"
        rows.append(row)
    with storage.write() as conn:
        return {"stored": queries.add_local_items(conn, rows)}


def import_export_file(storage: Storage, body: bytes, cfg: ServerConfig) -> dict[str, Any]:
    """A station's USB export: checked against the station's key, then pushed in slices."""
    data = decode(body, cfg)
    if not isinstance(data, dict) or data.get("format") != "servicepoint-export/1":
        raise Refusal("export_not_ours")
    batch_obj = data.get("batch")
    if not isinstance(batch_obj, dict):
        raise Refusal("export_not_ours")
    station = str(batch_obj.get("station", "")).upper()[:12]
    with storage.read() as conn:
        row = queries.station_key(conn, station)
    if row is None or row.secret is None:
        raise Refusal("station_unknown", station=station)
    signed = protocol.dumps_canonical(batch_obj)
    if not protocol.signature_ok(bytes.fromhex(row.secret), signed, str(data.get("signature", ""))):
        raise Refusal("export_signature_wrong")
    if batch_obj.get("device") != row.device_id:
        raise Refusal("batch_wrong_device")
    batch = ingest.parse_batch(batch_obj, 10**7)
    acked_seq, applied = batch.first_seq - 1, 0
    for piece in batch.split(cfg.max_changes):
        try:
            with storage.write() as conn:
                result = ingest.push(conn, station, piece, now_stamp())
        except ingest.Gap as gap:
            raise Refusal("import_gap", acked_seq=gap.acked_seq, first_seq=batch.first_seq) from gap
        except ingest.EpochRetired as old:
            raise Refusal("epoch_retired", epoch=old.current) from old
        acked_seq, applied = result.acked_seq, applied + result.applied
    return {
        "station": station,
        "acked_seq": acked_seq,
        "applied": applied,
        "changes": len(batch.changes),
    }


def csv_text(body: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise Refusal("csv_encoding")


def check_days(day_from: str, day_to: str) -> None:
    for day in (day_from, day_to):
        if not _DAY.match(day):
            raise Refusal("day_malformed", value=day[:20])
    if day_to < day_from:
        raise Refusal("period_reversed", start=day_from, end=day_to)
