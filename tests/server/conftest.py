"""County server fixtures: a real uvicorn server on a loopback port over SQLite or PostgreSQL.

PostgreSQL tests use ``SERVICEPOINT_TEST_PG`` (default: the role and database ``.ci/run``
creates).  Each test gets its own database, dropped afterwards.  Without a reachable server
they skip locally; with ``SERVICEPOINT_REQUIRE_PG=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from servicepoint.core.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from servicepoint.server import county as county_admin
from servicepoint.server.app import ServerConfig
from servicepoint.server.runner import RunningServer, serve_in_thread
from servicepoint.server.storage import Storage, database_url

PG_URL = os.environ.get(
    "SERVICEPOINT_TEST_PG", "postgresql://servicepoint:servicepoint@127.0.0.1:5432/servicepoint"
)
REQUIRE_PG = os.environ.get("SERVICEPOINT_REQUIRE_PG") == "1"
ADMIN = ("县中心管理员", "county-pass-2026")


def _pg_admin_conn() -> Any:
    import psycopg

    return psycopg.connect(PG_URL, connect_timeout=3, autocommit=True)


def _pg_available() -> str | None:
    try:
        with _pg_admin_conn():
            return None
    except Exception as error:  # any failure to connect means "not here"
        return str(error).splitlines()[0]


SERVER_THREAD_LOGGERS = ("uvicorn.error", "servicepoint.server")


class _TracebackAsText(logging.Filter):
    """Log the server's unexpected errors (the 500s some tests provoke) with their type
    and message only.  In Python 3.11, formatting a traceback parses source with ``ast`` for
    the ^^^ markers; the server thread doing so while pytest parses source in the main thread
    races on AST state CPython 3.11 shares between threads (python/cpython#106905,
    pytest-dev/pytest#10763) and can end the whole run with "INTERNALERROR SystemError: AST
    constructor recursion depth mismatch"."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(error).__name__}: {error}"[:2000]
            record.args, record.exc_info, record.exc_text = (), None, None
        return True


@pytest.fixture(autouse=True)
def _server_errors_as_text() -> Iterator[None]:
    """For every county test: uvicorn's report of an exception and the server's own
    ``server_error`` line (``servicepoint/server/errors.py``) both log a traceback from the
    server thread."""
    loggers, only_text = [logging.getLogger(n) for n in SERVER_THREAD_LOGGERS], _TracebackAsText()
    for logger in loggers:
        logger.addFilter(only_text)
    yield
    for logger in loggers:
        logger.removeFilter(only_text)


@pytest.fixture(scope="session")
def pg_reason() -> str | None:
    return _pg_available()


@pytest.fixture
def pg_url(pg_reason) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    if pg_reason is not None:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here but not reachable: {pg_reason}")
        pytest.skip(f"no PostgreSQL server reachable: {pg_reason}")
    name = "sp_test_" + uuid.uuid4().hex[:10]
    with _pg_admin_conn() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    _drop_pg_database(name)


def _drop_pg_database(name: str) -> None:
    """Drop a test's database without ``WITH (FORCE)``: forcing needs the right to signal
    every backend in it, and an autovacuum worker that happens to be there belongs to no role
    the test role is a member of (InsufficientPrivilege, seen once in CI).  Our own leftover
    connections are ended first; a plain DROP then cancels autovacuum by itself, and is
    retried while some other backend is still leaving."""
    import time

    import psycopg

    with _pg_admin_conn() as conn:
        for attempt in range(20):
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND usename = current_user AND pid <> pg_backend_pid()",
                (name,),
            )
            try:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                return
            except psycopg.errors.ObjectInUse:
                if attempt == 19:
                    raise
                time.sleep(0.5)


@pytest.fixture(params=["sqlite", "postgresql"])
def county_url(request, tmp_path) -> str:
    """Both back ends: every test using this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return database_url(tmp_path / "county.db")
    return database_url(request.getfixturevalue("pg_url"))


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return database_url(tmp_path / "county.db")


@dataclass
class County:
    """A running county server and an admin session for it."""

    server: RunningServer
    storage: Storage
    admin: requests.Session

    @property
    def url(self) -> str:
        return self.server.url

    def add_station(self, code: str, name: str = "测试服务站") -> str:
        with self.storage.write() as conn:
            return county_admin.add_station(conn, code, name)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.admin.post(self.url + path, timeout=30, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.admin.get(self.url + path, timeout=30, **kwargs)


def start_county(url: str, config: ServerConfig | None = None) -> County:
    storage = Storage.open(url)
    with storage.write() as conn:
        county_admin.add_user(conn, *ADMIN)
    server = serve_in_thread(storage, config)
    admin = requests.Session()
    token = admin.post(
        server.url + "/v1/county/login", json={"name": ADMIN[0], "password": ADMIN[1]}, timeout=30
    ).json()["token"]
    admin.headers["Authorization"] = f"Bearer {token}"
    return County(server, storage, admin)


@pytest.fixture
def county(county_url) -> Iterator[County]:
    c = start_county(county_url)
    yield c
    c.admin.close()
    c.server.stop()
    c.storage.close()


@pytest.fixture
def sqlite_county(sqlite_url) -> Iterator[County]:
    c = start_county(sqlite_url)
    yield c
    c.admin.close()
    c.server.stop()
    c.storage.close()


def enrol(station, county: County) -> None:
    """Register ``station`` at ``county`` and enrol it, as the technician would."""
    code = county.add_station(station.code, station.identity.name)
    station.sync.enroll(county.url, code)
    station.sync.close()
    station.sync.backoff = 0.05  # keep retry pauses short in tests


def second_station(tmp_path: Any, clock: Any, county: County, code: str = "GJ02") -> Any:
    """Station B of the same county (乙村, manager 李站长 PIN 5678), signed in, with 农资 at 8%,
    enrolled; the caller closes it."""
    from servicepoint.core import Station

    b = Station.create(
        tmp_path / code.lower(),
        code=code,
        name="乙村服务站",
        village="乙村",
        township="城关镇",
        county="示范县",
        manager_name="李站长",
        manager_pin="5678",
        clock=clock,
    )
    b.act_as(next(o for o in b.operators.list() if o.is_manager))
    b.catalogue.set_category("agri", "农资", 800)
    enrol(b, county)
    return b


@pytest.fixture
def enrolled(station, county) -> Any:
    enrol(station, county)
    return station


def station_headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


def token_of(station) -> str:
    return str(station.records.scalar("SELECT token FROM sync_state WHERE id = 1"))
