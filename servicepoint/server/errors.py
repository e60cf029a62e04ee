"""Refusals and how they are answered: one JSON body for every error, and the log line.

Every refusal is ``{error, message, message_en, params}`` with a code from ``core.messages``,
so the station shows it in the operator's language.  ``Refusal`` is the county's "no" to
data (422); ``ApiError`` carries its own status (401, 409, 413, 429 …).  Anything else a
route raises is answered as a plain 500 ``server_error`` and logged with its traceback.

Log lines name the route, the status and the code, never the request body or the error's
parameters: those can hold a farmer's phone, ID or poverty-card number.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..core.messages import render

log = logging.getLogger("servicepoint.server")


class Refusal(Exception):
    """One change the county will not store; the whole batch is refused with it."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class ApiError(Exception):
    """A refusal with its own HTTP status (and headers, e.g. ``Retry-After``)."""

    def __init__(
        self, status: int, code: str, /, headers: dict[str, str] | None = None, **params: Any
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.params, self.headers = status, code, params, headers


def error_body(code: str, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "error": code,
        "message": render(code, "zh_CN", params),
        "message_en": render(code, "en", params),
        "params": params,
    }


def _where(request: Request) -> str:
    """``POST /v1/county/stations/{code}/revoke``: the route's template once routed, so no
    query string (a scanned QR) and no path value reaches the log."""
    route = request.scope.get("route")
    return f"{request.method} {getattr(route, 'path', request.url.path)}"


def _answer(
    request: Request,
    status: int,
    code: str,
    params: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    level = logging.WARNING if status in (401, 403) else logging.INFO
    log.log(level, "%s -> %d %s", _where(request), status, code)
    return JSONResponse(error_body(code, params), status_code=status, headers=headers)


async def api_error(request: Request, exc: ApiError) -> JSONResponse:
    return _answer(request, exc.status, exc.code, exc.params, exc.headers)


async def refused(request: Request, exc: Refusal) -> JSONResponse:
    return _answer(request, 422, exc.code, exc.params)


async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {}
    # ("body", 0, "price_fen") -> "price_fen", which messages.FIELDS may translate
    field = next(
        (p for p in reversed(first.get("loc", ())) if isinstance(p, str) and p != "body"), "body"
    )
    return _answer(
        request,
        422,
        "request_invalid",
        {"field": field[:60], "reason": str(first.get("msg", ""))[:200]},
    )


async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    """A bug or a database failure: logged with its traceback, answered without details."""
    log.error("%s -> 500 server_error (%s)", _where(request), type(exc).__name__, exc_info=exc)
    return JSONResponse(error_body("server_error", {}), status_code=500)


def install(app: FastAPI) -> None:
    app.exception_handler(ApiError)(api_error)
    app.exception_handler(Refusal)(refused)
    app.exception_handler(RequestValidationError)(invalid)
    app.exception_handler(Exception)(unexpected)

    # Starlette answers an unhandled exception with the handler above and then re-raises it
    # to uvicorn, which closes the keep-alive connection: a station's next request on it
    # (sync reuses one session) then meets "connection reset".  Answering here ends it.
    @app.middleware("http")
    async def answer_unexpected(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        try:
            return await call_next(request)
        except Exception as exc:
            return await unexpected(request, exc)
