"""What routes depend on: the database behind the 429 gate, the protocol check, the station
a token belongs to, the county login a session belongs to (and its role), and the limits on
unauthenticated routes (``limits.py``, one set per server: ``Db.limits``).

Database work runs in the thread pool.  :class:`Db` bounds how many requests work at once;
one that cannot start within ``busy_wait`` seconds gets ``429`` with a jittered
``Retry-After`` instead of piling up (SYNC.md "HTTP").  Token and session look-ups, and
receipt checks, are short single reads and do not queue behind pushes.
"""

from __future__ import annotations

import asyncio
import math
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Concatenate, ParamSpec, TypeVar

from fastapi import Depends, Header, Request
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from ..core import protocol
from . import accounts, county
from .config import ServerConfig
from .errors import ApiError
from .limits import Limits, SlidingWindow
from .storage import Storage

P = ParamSpec("P")
T = TypeVar("T")


class Db:
    """The county database as the routes use it: ``read``/``write`` run ``fn(conn, …)`` in
    one connection (one transaction for writes) once a slot is free; ``run`` runs a function
    that opens its own transactions (pushes, imports) under the same gate."""

    def __init__(self, storage: Storage, config: ServerConfig) -> None:
        self.storage = storage
        self.config = config
        self.server_id = storage.server_id()
        self._gate = threading.BoundedSemaphore(config.max_active)
        self.limits = Limits()

    @contextmanager
    def _slot(self) -> Iterator[None]:
        if not self._gate.acquire(timeout=self.config.busy_wait):
            wait = random.randint(*self.config.retry_after)
            raise ApiError(429, "server_busy", headers={"Retry-After": str(wait)}, seconds=wait)
        try:
            yield
        finally:
            self._gate.release()

    def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        with self._slot():
            return fn(*args, **kwargs)

    def read(
        self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        with self._slot(), self.storage.read() as conn:
            return fn(conn, *args, **kwargs)

    def write(
        self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        with self._slot(), self.storage.write() as conn:
            return fn(conn, *args, **kwargs)

    def read_now(
        self, fn: Callable[Concatenate[Connection, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """A read outside the gate."""
        with self.storage.read() as conn:
            return fn(conn, *args, **kwargs)


async def get_db(request: Request) -> Db:
    db: Db = request.app.state.db
    return db


DbDep = Annotated[Db, Depends(get_db)]


def protocol_ok(
    request: Request, version: Annotated[str | None, Header(alias=protocol.PROTOCOL_HEADER)] = None
) -> int:
    supported = request.app.state.config.protocols
    if version is None or not version.isdigit() or int(version) not in supported:
        raise ApiError(
            426,
            "protocol_unsupported",
            version=str(version)[:10],
            supported=",".join(map(str, supported)),
        )
    return int(version)


def _bearer(authorization: str | None, missing: str) -> str:
    """The token of an ``Authorization: Bearer …`` header; 401 ``missing`` without one."""
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, missing)
    return authorization[7:].strip()


async def station_auth(
    db: DbDep, authorization: Annotated[str | None, Header()] = None, _v: int = Depends(protocol_ok)
) -> tuple[str, str]:
    """(station, device) of the request's token."""
    found = await run_in_threadpool(
        db.read_now, county.station_for_token, _bearer(authorization, "token_missing")
    )
    if found is None:
        raise ApiError(401, "token_invalid")
    return found


async def county_login(
    db: DbDep, authorization: Annotated[str | None, Header()] = None
) -> accounts.Login:
    """The county login of the request's session (any role)."""
    found = await run_in_threadpool(
        db.read_now, accounts.session_login, _bearer(authorization, "county_login_required")
    )
    if found is None:
        raise ApiError(401, "county_login_required")
    return found


CountyLogin = Annotated[accounts.Login, Depends(county_login)]


async def county_auth(login: CountyLogin) -> str:
    """The county user of the request's session, any role: for the read-only routes."""
    return login.name


async def county_admin(login: CountyLogin) -> str:
    """The county user of the request's session, who must be an ``admin``: for every route
    that changes something (and the audit log)."""
    if login.role != "admin":
        raise ApiError(403, "county_admin_required")
    return login.name


def client_address(request: Request) -> str:
    """The client's address: the peer's, or behind a proxy on this machine the one it names
    in ``X-Forwarded-For`` (uvicorn takes that header from 127.0.0.1 only: runner.PROXY)."""
    return request.client.host if request.client else "unknown"


def within_limit(window: SlidingWindow, request: Request) -> None:
    """Count one attempt of the request's address; 429 with ``Retry-After`` over the limit."""
    wait = window.hit(client_address(request))
    if wait is not None:
        raise ApiError(429, "rate_limited", headers={"Retry-After": str(wait)}, seconds=wait)


StationAuth = Annotated[tuple[str, str], Depends(station_auth)]
CountyUser = Annotated[str, Depends(county_auth)]
CountyAdmin = Annotated[str, Depends(county_admin)]
ProtocolOk = Annotated[int, Depends(protocol_ok)]


async def check_password_login(db: Db, request: Request, name: str, password: str) -> str:
    """The user name (as stored) for a right name and password, for the API's login and the
    console's.  Every wrong one is the same 401 ``county_login_failed``, whether the name
    exists or not, and takes the same time.  Locked names and addresses (``limits.py``) are
    refused before any password is checked (429 ``county_login_locked``); the checks run
    under their own small gate, never in a database slot, so a flood of logins cannot hold
    up stations."""
    limits, address = db.limits, client_address(request)
    locked = limits.login_locked(name, address)
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
        user = await run_in_threadpool(db.read_now, accounts.find_user, name)
        right = await run_in_threadpool(accounts.check_password, user, password)
    finally:
        limits.login_gate.release()
    if not right or user is None:
        limits.login_failed(name, address)
        raise ApiError(401, "county_login_failed")
    limits.login_succeeded(name)
    return user[0]
