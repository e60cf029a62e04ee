"""County administration: logins, stations, county-owned data (categories, catalogue,
notices, commission payments), USB imports, the conflict list and the audit log.

Every route but login needs a county session.  Reading (``GET``) takes any role
(``deps.CountyUser``); every route that changes something takes an ``admin``
(``deps.CountyAdmin``; a ``viewer`` gets 403) and writes an audit row in the same
transaction as the change (``accounts.audited``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from .. import accounts, county, queries, transfer
from ..deps import CountyAdmin, CountyLogin, CountyUser, DbDep, check_password_login
from ..models import (
    CategoryRequest,
    ItemRequest,
    LoginRequest,
    NoticeRequest,
    PaymentRequest,
    StationRequest,
)

router = APIRouter(prefix="/v1/county", tags=["county"])


_audited = accounts.audited


@router.post("/login")
async def county_login(body: LoginRequest, request: Request, db: DbDep) -> dict[str, str]:
    """A session token for a right name and password (``deps.check_password_login``: every
    wrong one is the same 401, locks and limits before any check)."""
    name = await check_password_login(db, request, body.name, body.password)
    token = await run_in_threadpool(db.write, accounts.open_session, name)
    return {"token": token}


@router.post("/logout")
def county_logout(login: CountyLogin, db: DbDep) -> dict[str, bool]:
    """End this session: its token is refused from now on."""
    db.write(accounts.logout, login)
    return {"ok": True}


@router.get("/stations")
def list_stations(_user: CountyUser, db: DbDep) -> list[dict[str, Any]]:
    return db.read(queries.stations)


@router.post("/stations")
def add_station(body: StationRequest, user: CountyAdmin, db: DbDep) -> dict[str, str]:
    station = body.code.strip().upper()
    code = db.write(
        _audited(
            user,
            "POST /v1/county/stations",
            lambda _code: f"station {station[:12]}: new enrolment code",
            lambda conn: county.add_station(conn, body.code, body.name, body.county),
        )
    )
    return {"station": body.code.upper(), "enrolment_code": code}


@router.post("/stations/{code}/revoke")
def revoke(code: str, user: CountyAdmin, db: DbDep) -> dict[str, int]:
    revoked = db.write(
        _audited(
            user,
            "POST /v1/county/stations/{code}/revoke",
            lambda n: f"station {code.upper()[:12]}: {n} token(s) revoked",
            lambda conn: county.revoke_station(conn, code),
        )
    )
    return {"revoked": revoked}


@router.post("/categories")
def set_categories(body: list[CategoryRequest], user: CountyAdmin, db: DbDep) -> dict[str, int]:
    saved = db.write(
        _audited(
            user,
            "POST /v1/county/categories",
            lambda n: f"{n} categories",
            lambda conn: county.set_categories(conn, [c.model_dump() for c in body]),
        )
    )
    return {"saved": saved}


@router.post("/items")
def set_items(body: list[ItemRequest], user: CountyAdmin, db: DbDep) -> dict[str, int]:
    saved = db.write(
        _audited(
            user,
            "POST /v1/county/items",
            lambda n: f"{n} items",
            lambda conn: county.set_items(conn, [i.model_dump() for i in body]),
        )
    )
    return {"saved": saved}


@router.post(
    "/catalogue.csv",
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}
    },
)
async def catalogue_csv(request: Request, user: CountyAdmin, db: DbDep) -> dict[str, int]:
    body = await transfer.read_body(request, db.config.max_body)
    text = transfer.csv_text(body)
    work = _audited(
        user,
        "POST /v1/county/catalogue.csv",
        lambda c: f"{c['added']} added, {c['updated']} updated",
        lambda conn: county.import_catalogue_csv(conn, text),
    )
    return await run_in_threadpool(db.write, work)


@router.post("/notices")
def add_notice(body: NoticeRequest, user: CountyAdmin, db: DbDep) -> dict[str, Any]:
    return db.write(
        _audited(
            user,
            "POST /v1/county/notices",
            lambda row: f"notice {row['id']}",
            lambda conn: county.add_notice(
                conn, body.title, body.body, body.expires_at, body.station or None
            ),
        )
    )


@router.post("/payments")
def add_payment(body: PaymentRequest, user: CountyAdmin, db: DbDep) -> dict[str, Any]:
    station = body.station.upper()
    return db.write(
        _audited(
            user,
            "POST /v1/county/payments",
            lambda row: f"station {station[:12]} {row['period']}: {row['amount_fen']} fen",
            lambda conn: county.record_payment(
                conn,
                station,
                body.period,
                body.amount_fen,
                body.method,
                body.reference,
                body.note,
                user,
            ),
        )
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
async def import_file(request: Request, user: CountyAdmin, db: DbDep) -> dict[str, Any]:
    """A station's USB export file, as ``servicepoint county import FILE`` takes it.  The
    import commits in its own transactions (``transfer.py``); its audit row follows once it
    is in, so a refused file leaves none."""
    body = await transfer.read_body(request, db.config.max_body)
    result = await run_in_threadpool(
        db.run, transfer.import_export_file, db.storage, body, db.config
    )
    summary = f"station {str(result.get('station'))[:12]}: {result.get('applied')} applied"
    await run_in_threadpool(db.write, accounts.audit, user, "POST /v1/county/import", summary)
    return result


@router.get("/conflicts")
def list_conflicts(_user: CountyUser, db: DbDep) -> list[dict[str, Any]]:
    return db.read(queries.conflicts)


@router.get("/audit")
def list_audit(
    _user: CountyAdmin, db: DbDep, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> list[dict[str, Any]]:
    """The audit log, newest first (admins only)."""
    return db.read(accounts.audit_entries, limit)
