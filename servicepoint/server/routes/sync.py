"""What an enrolled station calls on every sync: state, push, pull, totals, repair, its
conflicts, and its own catalogue items.  Every route needs the station's token and the
protocol header (``deps.StationAuth``)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from ...core import protocol
from .. import ingest, pull, queries, reports, station_health, transfer
from ..county import now_stamp
from ..deps import Db, DbDep, StationAuth
from ..errors import ApiError, Refusal

router = APIRouter(prefix="/v1/sync", tags=["sync"])
T = TypeVar("T")

#: Refusals the station resolves by itself (it resends from the county's cursor, or starts a
#: new epoch): not failures the console reports.
SELF_RESOLVED = ("sync_gap", "epoch_retired")


async def _recording_failure(db: Db, station: str, work: Awaitable[T]) -> T:
    """``work``; if the county refuses it, the refusal's code is kept as the station's last
    failure (the console's 总览 shows it) before the refusal is answered."""
    try:
        return await work
    except (ApiError, Refusal) as refusal:
        if refusal.code not in SELF_RESOLVED:
            await run_in_threadpool(db.write, station_health.record_failure, station, refusal.code)
        raise


#: The push body, described from the one declaration of a batch (``ingest.Batch``); the
#: definitions it refers to go into the document's components (``app.create_app``).
BATCH_SCHEMA = TypeAdapter(ingest.Batch).json_schema(ref_template="#/components/schemas/{model}")
BATCH_DEFS = BATCH_SCHEMA.pop("$defs", {})
_GZIP_BATCH: dict[str, Any] = {
    "requestBody": {"required": True, "content": {"application/gzip": {"schema": BATCH_SCHEMA}}}
}
_GZIP_OBJECT: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/gzip": {"schema": {"type": "object"}}},
    }
}


@router.get("/state")
def state(
    who: StationAuth,
    epoch: Annotated[int, Query(ge=1, le=10**6)],
    db: DbDep,
    version: Annotated[str | None, Header(alias=protocol.CLIENT_VERSION_HEADER)] = None,
) -> dict[str, Any]:
    """Where the county stands for this device and epoch (the start of every sync; the
    station's app version is noted for the console)."""
    station, device = who
    if version:
        db.write(station_health.record_version, station, version)
    answer = db.read(queries.sync_state, station, device, epoch)
    return {**answer, "server_id": db.server_id, "server_time": now_stamp()}


@router.get("/conflicts")
def station_conflicts(
    who: StationAuth, db: DbDep, after: Annotated[int, Query(ge=0, le=2**62)] = 0
) -> dict[str, Any]:
    """Conflicts the county recorded for this station (a reissued receipt number or trace
    code, a shared edit that lost), after the station's cursor: the station shows them
    until a manager acknowledges them."""
    return {
        "conflicts": db.read(queries.station_conflicts, who[0], after),
        "server_time": now_stamp(),
    }


@router.post("/push", openapi_extra=_GZIP_BATCH)
async def push(request: Request, who: StationAuth, db: DbDep) -> JSONResponse:
    station, device = who
    body = await transfer.read_body(request, db.config.max_body)
    work = run_in_threadpool(
        db.run, transfer.push_body, db.storage, station, device, body, db.config
    )
    return await _recording_failure(db, station, work)


@router.get("/pull")
def pull_changes(
    who: StationAuth,
    db: DbDep,
    cursor: Annotated[str | None, Query(max_length=80)] = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = pull.PAGE,
) -> dict[str, Any]:
    """County data after ``cursor``; the last page (``more`` false) ends a sync that went
    through, which the console shows as the station's last sync."""
    result = db.read(pull.pull, db.server_id, who[0], cursor, limit)
    if not result.get("more"):
        db.write(station_health.record_sync, who[0])
    result["server_time"] = now_stamp()
    # Where receipts' QR codes point (issue 14); null: the address the station enrolled with.
    result["public_url"] = db.config.public_url
    return result


@router.get("/totals")
def totals(who: StationAuth, db: DbDep) -> dict[str, Any]:
    return {"totals": db.read(reports.station_totals, who[0])}


@router.post("/repair", openapi_extra=_GZIP_BATCH)
async def repair(request: Request, who: StationAuth, db: DbDep) -> dict[str, Any]:
    body = await transfer.read_body(request, db.config.max_body)
    work = run_in_threadpool(db.run, transfer.repair_body, db.storage, who[0], body, db.config)
    return await _recording_failure(db, who[0], work)


@router.post("/local-items", openapi_extra=_GZIP_OBJECT)
async def local_items(request: Request, who: StationAuth, db: DbDep) -> dict[str, Any]:
    body = await transfer.read_body(request, db.config.max_body)
    return await run_in_threadpool(
        db.run, transfer.local_items_body, db.storage, who[0], body, db.config
    )
