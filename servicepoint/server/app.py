"""The county server's HTTP API (FastAPI; OpenAPI at ``/docs`` and ``/openapi.json``).

Station endpoints authenticate with the station's token and must send the protocol header;
county endpoints need a county login.  Every refusal is JSON ``{error, message, message_en,
params}`` with the code from ``core.messages``, so the station shows it in the operator's
language.  Database work runs in the thread pool; a semaphore bounds how many requests work at
once, and a request that cannot start within ``busy_wait`` seconds gets ``429`` with a jittered
``Retry-After`` instead of piling up (SYNC.md "HTTP").
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from ..core import protocol
from ..core.messages import render
from ..core.receipt_data import verify_payload
from . import county, ingest, pull, reports, schema, transfer
from .entities import Refusal
from .storage import Storage


@dataclass
class ServerConfig:
    protocols: tuple[int, ...] = (protocol.PROTOCOL_VERSION,)
    max_active: int = 8
    busy_wait: float = 20.0
    retry_after: tuple[int, int] = (2, 10)
    max_body: int = protocol.MAX_BODY_BYTES
    max_decompressed: int = protocol.MAX_DECOMPRESSED
    max_changes: int = protocol.MAX_CHANGES


class ApiError(Exception):
    def __init__(self, status: int, code: str, /, headers: dict[str, str] | None = None,
                 **params: Any) -> None:
        super().__init__(code)
        self.status, self.code, self.params, self.headers = status, code, params, headers


def error_body(code: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"error": code, "message": render(code, "zh_CN", params),
            "message_en": render(code, "en", params), "params": params}


def server_time() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# -- request bodies (validated by FastAPI; documented in OpenAPI) -----------------------------

class EnrolRequest(BaseModel):
    code: str = Field(max_length=40)
    station: str = Field(max_length=12)
    device: str = Field(max_length=36)
    secret: str = Field(min_length=64, max_length=64)


class LoginRequest(BaseModel):
    name: str = Field(max_length=60)
    password: str = Field(max_length=200)


class StationRequest(BaseModel):
    code: str = Field(max_length=12)
    name: str = Field(max_length=60)
    county: str | None = Field(default=None, max_length=60)


class CategoryRequest(BaseModel):
    code: str = Field(max_length=20)
    name: str = Field(max_length=60)
    commission_bp: int = Field(ge=0, le=5000, strict=True)


class ItemRequest(BaseModel):
    sku: str = Field(max_length=40)
    name: str = Field(max_length=80)
    category: str = Field(max_length=20)
    unit: str = Field(default="piece", max_length=12)
    price_fen: int = Field(ge=0, le=10**9, strict=True)
    platform: str | None = Field(default=None, max_length=40)
    barcode: str | None = Field(default=None, max_length=40)
    link_ref: str | None = Field(default=None, max_length=300)
    commission_bp: int | None = Field(default=None, ge=0, le=5000, strict=True)
    active: bool = True


class NoticeRequest(BaseModel):
    title: str = Field(max_length=80)
    body: str = Field(max_length=2000)
    expires_at: str | None = Field(default=None, max_length=40)


class PaymentRequest(BaseModel):
    station: str = Field(max_length=12)
    period: str = Field(max_length=7)
    amount_fen: int = Field(gt=0, le=10**10, strict=True)
    method: str = Field(default="bank", max_length=20)
    reference: str | None = Field(default=None, max_length=60)
    note: str | None = Field(default=None, max_length=200)


class ChangeModel(BaseModel):
    seq: int
    entity: str
    id: str
    op: str = Field(pattern="^(insert|update)$")
    payload: dict[str, Any]


class BatchModel(BaseModel):
    """The JSON inside a push body (sent gzip-compressed, ``Content-Encoding: gzip``)."""

    station: str
    device: str
    epoch: int
    epoch_base: int
    first_seq: int
    last_seq: int
    changes: list[ChangeModel]


_BATCH_SCHEMA = BatchModel.model_json_schema(ref_template="#/components/schemas/{model}")
_BATCH_DEFS = _BATCH_SCHEMA.pop("$defs", {})
_GZIP_BATCH = {"requestBody": {"required": True, "content": {"application/gzip": {
    "schema": _BATCH_SCHEMA}}}}


# -- dependencies (module level: FastAPI resolves annotations in module globals) ---------------

def protocol_ok(request: Request, version: Annotated[str | None, Header(
        alias=protocol.PROTOCOL_HEADER)] = None) -> int:
    supported = request.app.state.config.protocols
    if version is None or not version.isdigit() or int(version) not in supported:
        raise ApiError(426, "protocol_unsupported", version=str(version)[:10],
                       supported=",".join(map(str, supported)))
    return int(version)


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "token_missing")
    return authorization[7:].strip()


def _read(storage: Storage, fn: Any, *args: Any) -> Any:
    with storage.read() as conn:
        return fn(conn, *args)


async def station_auth(request: Request, authorization: Annotated[str | None, Header()] = None,
                       _v: int = Depends(protocol_ok)) -> tuple[str, str]:
    token = _bearer(authorization)
    found = await run_in_threadpool(_read, request.app.state.storage, county.station_for_token,
                                    token)
    if found is None:
        raise ApiError(401, "token_invalid")
    return found  # type: ignore[no-any-return]


async def county_auth(request: Request,
                      authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "county_login_required")
    user = await run_in_threadpool(_read, request.app.state.storage, county.user_for_session,
                                   authorization[7:].strip())
    if user is None:
        raise ApiError(401, "county_login_required")
    return str(user)


StationAuth = Annotated[tuple[str, str], Depends(station_auth)]
CountyUser = Annotated[str, Depends(county_auth)]


def create_app(storage: Storage, config: ServerConfig | None = None) -> FastAPI:
    cfg = config or ServerConfig()
    app = FastAPI(title="servicepoint county server", version=str(protocol.PROTOCOL_VERSION),
                  description="Village service points push their records here nightly and pull "
                              "the county catalogue, rates, notices and commission payments.")
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    gate = threading.BoundedSemaphore(cfg.max_active)
    server_id = storage.server_id()
    app.state.storage = storage
    app.state.config = cfg

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)  # builds and caches app.openapi_schema
            spec.setdefault("components", {}).setdefault("schemas", {}).update(_BATCH_DEFS)
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.params), status_code=exc.status,
                            headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        # ("body", 0, "price_fen") -> "price_fen", which messages.FIELDS may translate
        field = next((p for p in reversed(first.get("loc", ())) if isinstance(p, str)
                      and p != "body"), "body")
        return JSONResponse(error_body("request_invalid", {
            "field": field[:60], "reason": str(first.get("msg", ""))[:200]}), status_code=422)

    @app.exception_handler(Refusal)
    async def refused(_request: Request, exc: Refusal) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.params), status_code=422)

    def busy() -> ApiError:
        wait = random.randint(*cfg.retry_after)
        return ApiError(429, "server_busy", headers={"Retry-After": str(wait)}, seconds=wait)

    def guarded(fn: Any, *args: Any) -> Any:
        """Run ``fn`` in this thread once a slot is free, or answer 429."""
        if not gate.acquire(timeout=cfg.busy_wait):
            raise busy()
        try:
            return fn(*args)
        finally:
            gate.release()

    def read(fn: Any, *args: Any) -> Any:
        return _read(storage, fn, *args)

    def write(fn: Any, *args: Any) -> Any:
        with storage.write() as conn:
            return fn(conn, *args)

    # -- public ---------------------------------------------------------------------------

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "protocols": list(cfg.protocols), "server_time": server_time()}

    @app.get("/v1/verify")
    def verify(qr: Annotated[str, Query(max_length=200)]) -> dict[str, Any]:
        """Check a receipt's QR code: signed by the station, and known to the county?"""
        from ..core.receipt_data import parse_payload

        fields = parse_payload(qr)
        if fields is None:
            return {"valid": False, "reason": "not_ours"}
        with storage.read() as conn:
            secret = conn.execute(select(schema.stations.c.secret, schema.stations.c.name)
                                  .where(schema.stations.c.code == fields.station)).first()
            if secret is None or secret[0] is None:
                return {"valid": False, "reason": "station_unknown", "station": fields.station}
            if verify_payload(qr, bytes.fromhex(secret[0])) is None:
                return {"valid": False, "reason": "signature_wrong", "station": fields.station}
            known = (reports.receipt_known(conn, fields.station, fields.number,
                                           fields.doc_id)
                     if fields.amount_fen is not None else None)
        return {"valid": True, "station": fields.station, "station_name": secret[1],
                "number": fields.number, "amount_fen": fields.amount_fen, "day": fields.day,
                "synced": known is not None, "record": known}

    @app.post("/v1/enrol")
    def enrol(body: EnrolRequest, _v: int = Depends(protocol_ok)) -> dict[str, Any]:
        token = guarded(write, county.enrol, body.code, body.station.upper(), body.device,
                        body.secret.lower())
        return {"token": token, "station": body.station.upper(), "server_id": server_id,
                "server_time": server_time()}

    # -- station sync ---------------------------------------------------------------------

    @app.get("/v1/sync/state")
    def state(who: StationAuth, epoch: Annotated[int, Query(ge=1, le=10**6)]) -> dict[str, Any]:
        station, device = who

        def work(conn: Any) -> dict[str, Any]:
            receipts = schema.records["receipts"]
            from sqlalchemy import func

            top = {str(year): int(seq) for year, seq in conn.execute(
                select(receipts.c.year, func.max(receipts.c.seq))
                .where(receipts.c.station == station).group_by(receipts.c.year))}
            return {"acked_seq": ingest.acked(conn, device, epoch), "receipt_max": top,
                    "trace_max": reports.trace_max(conn, station),
                    "server_id": server_id, "server_time": server_time()}

        return guarded(read, work)  # type: ignore[no-any-return]

    @app.get("/v1/sync/conflicts")
    def station_conflicts(who: StationAuth,
                          after: Annotated[int, Query(ge=0, le=2**62)] = 0
                          ) -> dict[str, Any]:
        """Conflicts the county recorded for this station (a reissued receipt number or trace
        code, a shared edit that lost), after the station's cursor: the station shows them
        until a manager acknowledges them."""
        def work(conn: Any) -> list[dict[str, Any]]:
            c = schema.conflicts
            return [dict(r._mapping) for r in conn.execute(
                select(c.c.id, c.c.entity, c.c.record_id, c.c.field, c.c.kept, c.c.lost,
                       c.c.created_at).where(c.c.station == who[0], c.c.id > after)
                .order_by(c.c.id).limit(500))]

        return {"conflicts": guarded(read, work), "server_time": server_time()}

    @app.post("/v1/sync/push", openapi_extra=_GZIP_BATCH)
    async def push(request: Request, who: StationAuth) -> JSONResponse:
        station, device = who
        body = await transfer.read_body(request, cfg.max_body)
        return await run_in_threadpool(guarded, transfer.push_body, storage, station, device,
                                       body, cfg)

    @app.get("/v1/sync/pull")
    def pull_changes(who: StationAuth, cursor: Annotated[str | None, Query(max_length=80)] = None,
                     limit: Annotated[int, Query(ge=1, le=2000)] = pull.PAGE
                     ) -> dict[str, Any]:
        result = guarded(read, pull.pull, server_id, who[0], cursor, limit)
        result["server_time"] = server_time()
        return result  # type: ignore[no-any-return]

    @app.get("/v1/sync/totals")
    def totals(who: StationAuth) -> dict[str, Any]:
        return {"totals": guarded(read, reports.station_totals, who[0])}

    @app.post("/v1/sync/repair", openapi_extra=_GZIP_BATCH)
    async def repair(request: Request, who: StationAuth) -> dict[str, Any]:
        body = await transfer.read_body(request, cfg.max_body)
        return await run_in_threadpool(guarded, transfer.repair_body, storage, who[0], body,
                                       cfg)  # type: ignore[no-any-return]

    @app.post("/v1/sync/local-items", openapi_extra={"requestBody": {
        "required": True, "content": {"application/gzip": {"schema": {"type": "object"}}}}})
    async def local_items(request: Request, who: StationAuth) -> dict[str, Any]:
        body = await transfer.read_body(request, cfg.max_body)
        return await run_in_threadpool(guarded, transfer.local_items_body, storage, who[0],
                                       body, cfg)  # type: ignore[no-any-return]

    # -- county administration --------------------------------------------------------------

    @app.post("/v1/county/login")
    def county_login(body: LoginRequest) -> dict[str, str]:
        return {"token": guarded(write, county.login, body.name, body.password)}

    @app.get("/v1/county/stations")
    def list_stations(_user: CountyUser) -> list[dict[str, Any]]:
        def work(conn: Any) -> list[dict[str, Any]]:
            s, c = schema.stations, schema.cursors
            rows = [dict(r._mapping) for r in conn.execute(select(
                s.c.code, s.c.name, s.c.county, s.c.enrolled_at, s.c.created_at))]
            for row in rows:
                row["acked_seq"] = conn.execute(select(c.c.acked_seq).where(
                    c.c.station == row["code"]).order_by(c.c.epoch.desc())).scalar()
            return rows

        return guarded(read, work)  # type: ignore[no-any-return]

    @app.post("/v1/county/stations")
    def add_station(body: StationRequest, _user: CountyUser) -> dict[str, str]:
        code = guarded(write, county.add_station, body.code, body.name, body.county)
        return {"station": body.code.upper(), "enrolment_code": code}

    @app.post("/v1/county/stations/{code}/revoke")
    def revoke(code: str, _user: CountyUser) -> dict[str, int]:
        return {"revoked": guarded(write, county.revoke_station, code)}

    @app.post("/v1/county/categories")
    def set_categories(body: list[CategoryRequest], _user: CountyUser) -> dict[str, int]:
        def work(conn: Any) -> int:
            for cat in body:
                county.set_category(conn, cat.code, cat.name, cat.commission_bp)
            return len(body)

        return {"saved": guarded(write, work)}

    @app.post("/v1/county/items")
    def set_items(body: list[ItemRequest], _user: CountyUser) -> dict[str, int]:
        def work(conn: Any) -> int:
            for item in body:
                county.set_item(conn, item.model_dump())
            return len(body)

        return {"saved": guarded(write, work)}

    @app.post("/v1/county/catalogue.csv", openapi_extra={"requestBody": {
        "required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}})
    async def catalogue_csv(request: Request, _user: CountyUser) -> dict[str, int]:
        body = await transfer.read_body(request, cfg.max_body)
        text = transfer.csv_text(body)
        return await run_in_threadpool(guarded, write, county.import_catalogue_csv,
                                       text)  # type: ignore[no-any-return]

    @app.post("/v1/county/notices")
    def add_notice(body: NoticeRequest, _user: CountyUser) -> dict[str, Any]:
        return guarded(write, county.add_notice, body.title, body.body,  # type: ignore
                       body.expires_at)

    @app.post("/v1/county/payments")
    def add_payment(body: PaymentRequest, user: CountyUser) -> dict[str, Any]:
        return guarded(write, county.record_payment, body.station.upper(),  # type: ignore
                       body.period, body.amount_fen, body.method, body.reference, body.note,
                       user)

    @app.post("/v1/county/import", openapi_extra={"requestBody": {
        "required": True, "content": {"application/octet-stream": {
            "schema": {"type": "string", "format": "binary"}}}}})
    async def import_file(request: Request, _user: CountyUser) -> dict[str, Any]:
        body = await transfer.read_body(request, cfg.max_body)
        return await run_in_threadpool(guarded, transfer.import_export_file,
                                       storage, body, cfg)  # type: ignore[no-any-return]

    @app.get("/v1/county/reports/summary")
    def report_summary(_user: CountyUser, day_from: Annotated[str, Query(alias="from")],
                       day_to: Annotated[str, Query(alias="to")]) -> dict[str, Any]:
        transfer.check_days(day_from, day_to)
        return guarded(read, reports.summary, day_from, day_to)  # type: ignore

    @app.get("/v1/county/reports/daily")
    def report_daily(_user: CountyUser, station: str,
                     day_from: Annotated[str, Query(alias="from")],
                     day_to: Annotated[str, Query(alias="to")]) -> dict[str, Any]:
        transfer.check_days(day_from, day_to)
        return {"station": station.upper(), "days": guarded(
            read, reports.daily_sums, station.upper(), day_from, day_to)}

    @app.get("/v1/county/conflicts")
    def list_conflicts(_user: CountyUser) -> list[dict[str, Any]]:
        def work(conn: Any) -> list[dict[str, Any]]:
            return [dict(r._mapping) for r in conn.execute(
                select(schema.conflicts).order_by(schema.conflicts.c.id.desc()).limit(500))]

        return guarded(read, work)  # type: ignore[no-any-return]

    return app
