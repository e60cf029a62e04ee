"""Issue 11: the county server logs each refusal by its code and each unexpected error with
its traceback, answers the latter as a plain 500 JSON, and never logs what a farmer gave."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import requests
from sqlalchemy import text
from starlette.requests import Request

from servicepoint.server import county as county_admin
from servicepoint.server import errors
from servicepoint.server.runner import log_folder
from servicepoint.server.storage import Storage, database_url

from .conftest import County
from .test_security import assert_refused

PHONE, ID_NUMBER = "13912345678", "110101199003077777"


def _server_lines(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "servicepoint.server"]


def test_an_unexpected_error_is_logged_and_answered_as_json(
    sqlite_county: County, caplog, monkeypatch
):
    """A route that fails inside the database: 500 with the uniform error body, one ERROR
    line naming the route, the code and the exception, and no value the request carried
    (the database error's parameters are hidden too)."""

    def broken(conn, title, body, expires_at, station=None):
        conn.execute(
            text("INSERT INTO no_such_table VALUES (:title, :body)"), {"title": title, "body": body}
        )

    monkeypatch.setattr(county_admin, "add_notice", broken)
    caplog.set_level(logging.INFO, logger="servicepoint.server")
    uvicorn_saw: list[logging.LogRecord] = []
    watcher = logging.Handler()
    watcher.emit = uvicorn_saw.append  # type: ignore[method-assign]
    uvicorn_log = logging.getLogger("uvicorn.error")
    monkeypatch.setattr(uvicorn_log, "disabled", False)
    uvicorn_log.addHandler(watcher)
    answer = sqlite_county.post(
        "/v1/county/notices", json={"title": "通知", "body": f"张三 {PHONE} {ID_NUMBER}"}
    )
    body = assert_refused(answer, 500, "server_error")
    assert body["params"] == {} and PHONE not in answer.text
    lines = [r for r in _server_lines(caplog) if r.levelno == logging.ERROR]
    assert len(lines) == 1, [r.getMessage() for r in caplog.records]
    message = lines[0].getMessage()
    assert message.startswith("POST /v1/county/notices -> 500 server_error (OperationalError)")
    assert "no_such_table" in message  # the cause is there for the technician …
    assert PHONE not in caplog.text and ID_NUMBER not in caplog.text  # … the farmer is not
    # The error ends at our handler: uvicorn never sees it, so it keeps the connection open
    # and the next request on the same keep-alive session is served (no "connection reset").
    uvicorn_log.removeHandler(watcher)
    assert uvicorn_saw == []
    assert sqlite_county.get("/v1/county/stations").status_code == 200


def test_the_handler_logs_the_traceback(caplog, monkeypatch):
    """The 500 handler itself (run here in the main thread, where formatting a traceback is
    safe on Python 3.11, so without the tests' text-only filter): the record carries the
    exception for the log file."""
    monkeypatch.setattr(logging.getLogger("servicepoint.server"), "filters", [])
    request = Request(
        {
            "type": "http",
            "method": "GET",
            "path": "/v1/sync/totals",
            "query_string": b"qr=secret",
            "headers": [],
        }
    )
    caplog.set_level(logging.INFO, logger="servicepoint.server")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        response = asyncio.run(errors.unexpected(request, error))
    assert response.status_code == 500
    assert json.loads(bytes(response.body))["error"] == "server_error"
    (record,) = _server_lines(caplog)
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert record.getMessage() == "GET /v1/sync/totals -> 500 server_error (RuntimeError)"
    assert "Traceback" in caplog.text and "boom" in caplog.text
    assert "secret" not in caplog.text  # no query string


def test_refusals_are_logged_by_code_without_their_values(sqlite_county: County, caplog):
    """A refusal is one INFO line with route, status and code; a missing login is a WARNING;
    neither carries the request's values."""
    caplog.set_level(logging.INFO, logger="servicepoint.server")
    assert_refused(
        sqlite_county.post(
            "/v1/county/payments",
            json={"station": "ZZ99", "period": "2026-11", "amount_fen": 100, "note": PHONE},
        ),
        422,
        "station_unknown",
    )
    assert_refused(
        requests.get(sqlite_county.url + "/v1/county/stations", timeout=30),
        401,
        "county_login_required",
    )
    lines = [(r.levelname, r.getMessage()) for r in _server_lines(caplog)]
    assert lines == [
        ("INFO", "POST /v1/county/payments -> 422 station_unknown"),
        ("WARNING", "GET /v1/county/stations -> 401 county_login_required"),
    ]
    assert PHONE not in caplog.text and "ZZ99" not in caplog.text


def test_the_log_folder_sits_next_to_the_database(tmp_path, monkeypatch):
    """``county serve`` logs to ``logs/county.log`` beside a SQLite file; with PostgreSQL,
    in the county folder of the data folder."""
    sqlite = Storage(database_url(tmp_path / "county" / "county.db"))
    assert log_folder(sqlite) == (tmp_path / "county" / "logs").resolve()
    monkeypatch.setenv("SERVICEPOINT_DATA_DIR", str(tmp_path / "data"))
    pg = Storage(database_url("postgresql://u:p@127.0.0.1:1/county"))
    assert log_folder(pg) == Path(tmp_path / "data" / "county" / "logs")
    sqlite.close()
    pg.close()
