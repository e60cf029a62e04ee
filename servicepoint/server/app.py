"""The county server's HTTP API (FastAPI; OpenAPI at ``/docs`` and ``/openapi.json``
when started with ``--docs``).

``create_app`` only assembles: the routes are in ``routes/`` (one router per resource), what
they depend on — the gated database, tokens, sessions, the protocol header — in ``deps.py``,
the error answers in ``errors.py``, the queries in ``queries.py`` and the modules each route
names.  Station endpoints authenticate with the station's token and must send the protocol
header; county endpoints need a county login.  The console's pages (``console/``) answer
at ``/`` with a cookie session; they are left out of the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware

from ..core import protocol
from . import console, errors, public, versions
from .config import ServerConfig as ServerConfig
from .deps import Db
from .routes import ROUTERS
from .routes.sync import BATCH_DEFS
from .storage import Storage


def create_app(storage: Storage, config: ServerConfig | None = None) -> FastAPI:
    cfg = config or ServerConfig()
    app = FastAPI(
        title="servicepoint county server",
        version=str(protocol.PROTOCOL_VERSION),
        description="Village service points push their records here nightly and pull "
        "the county catalogue, rates, notices and commission payments.",
        docs_url="/docs" if cfg.docs else None,
        redoc_url="/redoc" if cfg.docs else None,
        openapi_url="/openapi.json" if cfg.docs else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.state.storage = storage
    app.state.config = cfg
    app.state.db = Db(storage, cfg)
    errors.install(app)
    versions.install(app)  # 426 client_too_old for a station older than the county accepts
    for router in ROUTERS:
        app.include_router(router)
    console.install(app)  # the county centre's pages at / (console/), outside the API's map
    public.install(app)  # the receipt check page a phone opens from a QR code (no login)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = FastAPI.openapi(app)  # builds and caches app.openapi_schema
            spec.setdefault("components", {}).setdefault("schemas", {}).update(BATCH_DEFS)
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
    return app
