"""The client version check: a county can require stations of at least some version.

Every station request carries the station's app version (``protocol.CLIENT_VERSION_HEADER``).
With ``ServerConfig.min_client_version`` set, a station request (``/v1/sync/…`` and
``/v1/enrol``) from an older version, or with no version at all (stations from before the
header), is answered 426 ``client_too_old`` naming both versions, so the station tells the
operator in words to ask for the new version and goes on working offline.  Other requests
(county logins, receipt checks) are not stations' and pass.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from ..core import protocol
from .errors import error_body

log = logging.getLogger("servicepoint.server")

#: Paths only stations call.
STATION_PATHS = ("/v1/sync/", "/v1/enrol")

_PLAIN = re.compile(r"\d+(\.\d+)*")


def parse_version(text: str) -> tuple[int, ...] | None:
    """``1.2.3`` as (1, 2, 3); None for anything else.  The county compares release numbers
    only: ``packaging.version`` is not among the server's dependencies and the station's own
    versions (``servicepoint.__version__``) are plain ``X.Y.Z``."""
    text = text.strip()
    if not _PLAIN.fullmatch(text):
        return None
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 1.2 == 1.2.0
        parts.pop()
    return tuple(parts)


def too_old(version: str | None, minimum: str) -> bool:
    """Whether a station of ``version`` (None: sent none) is older than ``minimum``; a
    version that cannot be read counts as too old."""
    wanted = parse_version(minimum)
    have = parse_version(version) if version else None
    return wanted is not None and (have is None or have < wanted)


def install(app: FastAPI) -> None:
    """Answer station requests from a too-old station with 426 before any route runs."""

    @app.middleware("http")
    async def client_version(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        minimum = request.app.state.config.min_client_version
        if minimum and request.url.path.startswith(STATION_PATHS):
            version = request.headers.get(protocol.CLIENT_VERSION_HEADER)
            if too_old(version, minimum):
                params = {"version": (version or "?")[:20], "min_version": minimum}
                log.info("%s %s -> 426 client_too_old", request.method, request.url.path)
                return JSONResponse(error_body("client_too_old", params), status_code=426)
        return await call_next(request)
