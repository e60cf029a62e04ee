"""County administration: logins, stations, county-owned data (categories, catalogue,
notices, commission payments), USB imports and the conflict list.  Every route but login
needs a county session (``deps.CountyUser``)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from .. import county, queries, transfer
from ..deps import CountyUser, DbDep
from ..models import (
    CategoryRequest,
    ItemRequest,
    LoginRequest,
    NoticeRequest,
    PaymentRequest,
    StationRequest,
)

router = APIRouter(prefix="/v1/county", tags=["county"])


@router.post("/login")
def county_login(body: LoginRequest, db: DbDep) -> dict[str, str]:
    return {"token": db.write(county.login, body.name, body.password)}


@router.get("/stations")
def list_stations(_user: CountyUser, db: DbDep) -> list[dict[str, Any]]:
    return db.read(queries.stations)


@router.post("/stations")
def add_station(body: StationRequest, _user: CountyUser, db: DbDep) -> dict[str, str]:
    code = db.write(county.add_station, body.code, body.name, body.county)
    return {"station": body.code.upper(), "enrolment_code": code}


@router.post("/stations/{code}/revoke")
def revoke(code: str, _user: CountyUser, db: DbDep) -> dict[str, int]:
    return {"revoked": db.write(county.revoke_station, code)}


@router.post("/categories")
def set_categories(body: list[CategoryRequest], _user: CountyUser, db: DbDep) -> dict[str, int]:
    return {"saved": db.write(county.set_categories, [c.model_dump() for c in body])}


@router.post("/items")
def set_items(body: list[ItemRequest], _user: CountyUser, db: DbDep) -> dict[str, int]:
    return {"saved": db.write(county.set_items, [i.model_dump() for i in body])}


@router.post(
    "/catalogue.csv",
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}
    },
)
async def catalogue_csv(request: Request, _user: CountyUser, db: DbDep) -> dict[str, int]:
    body = await transfer.read_body(request, db.config.max_body)
    text = transfer.csv_text(body)
    return await run_in_threadpool(db.write, county.import_catalogue_csv, text)


@router.post("/notices")
def add_notice(body: NoticeRequest, _user: CountyUser, db: DbDep) -> dict[str, Any]:
    return db.write(county.add_notice, body.title, body.body, body.expires_at)


@router.post("/payments")
def add_payment(body: PaymentRequest, user: CountyUser, db: DbDep) -> dict[str, Any]:
    return db.write(
        county.record_payment,
        body.station.upper(),
        body.period,
        body.amount_fen,
        body.method,
        body.reference,
        body.note,
        user,
    )


@router.post(
    "/import",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def import_file(request: Request, _user: CountyUser, db: DbDep) -> dict[str, Any]:
    """A station's USB export file, as ``servicepoint county import FILE`` takes it."""
    body = await transfer.read_body(request, db.config.max_body)
    return await run_in_threadpool(db.run, transfer.import_export_file, db.storage, body, db.config)


@router.get("/conflicts")
def list_conflicts(_user: CountyUser, db: DbDep) -> list[dict[str, Any]]:
    return db.read(queries.conflicts)
