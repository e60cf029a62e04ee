"""County administration: logins, stations, county-owned data (categories, catalogue,
notices, commission payments), USB imports, the conflict list and the audit log.

Every route but login needs a county session.  Reading (``GET``) takes any role
(``deps.CountyUser``); every route that changes something takes an ``admin``
(``deps.CountyAdmin``; a ``viewer`` gets 403) and writes an audit row in the same
transaction as the change (:func:`_audited`).
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from .. import accounts, county, queries, transfer
from ..deps import CountyAdmin, CountyLogin, CountyUser, DbDep, client_address, within_limit
from ..errors import ApiError
from ..models import (
    CategoryRequest,
    ItemRequest,
    LoginRequest,
    NoticeRequest,
    PaymentRequest,
    StationRequest,
)

router = APIRouter(prefix="/v1/county", tags=["county"])
T = TypeVar("T")


def _audited(
    user: str, action: str, summary: Callable[[T], str], fn: Callable[[Connection], T]
) -> Callable[[Connection], T]:
    """``fn`` and its audit row, for one ``db.write`` transaction: both or neither."""

    def work(conn: Connection) -> T:
        result = fn(conn)
        accounts.audit(conn, user, action, summary(result))
        return result

    return work


@router.post("/login")
async def county_login(body: LoginRequest, request: Request, db: DbDep) -> dict[str, str]:
    """A session token for a right name and password.  Every wrong one is the same 401,
    whether the name exists or not, and takes the same time.  Locked names and addresses
    (``limits.py``) are refused before any password is checked; the checks run under their
    own small gate, never in a database slot, so a flood of logins cannot hold up stations."""
    limits, address = db.limits, client_address(request)
    locked = limits.login_locked(body.name, address)
    if locked is not None:
        raise ApiError(
            429,
            "county_login_locked",
            headers={"Retry-After": str(locked)},
            minutes=math.ceil(locked / 60),
        )
    within_limit(limits.login, request)
    try:
        await asyncio.wait_for(limits.login_gate.acquire(), limits.login_wait_s)
    except TimeoutError:
        wait = random.randint(*db.config.retry_after)
        raise ApiError(
            429, "server_busy", headers={"Retry-After": str(wait)}, seconds=wait
        ) from None
    try:
        user = await run_in_threadpool(db.read_now, accounts.find_user, body.name)
        right = await run_in_threadpool(accounts.check_password, user, body.password)
    finally:
        limits.login_gate.release()
    if not right or user is None:
        limits.login_failed(body.name, address)
        raise ApiError(401, "county_login_failed")
    limits.login_succeeded(body.name)
    token = await run_in_threadpool(db.write, accounts.open_session, user[0])
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
            lambda conn: county.add_notice(conn, body.title, body.body, body.expires_at),
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
