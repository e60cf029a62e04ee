"""Running the county server: in the foreground for ``servicepoint county serve``, or on a
background thread on a loopback port for tests, benchmarks and the window's "try it" flow.

With ``certfile``/``keyfile`` it serves HTTPS (uvicorn's ssl options) and logs the
certificate's fingerprint at start; without them it refuses a non-loopback address unless
``insecure_http`` (``tls.py``), and then warns in the log at every start.

In the foreground the server logs to ``county.log`` (rotating, ``core/logs.py``) in a
``logs`` folder next to its database: ``<data folder>/county/logs`` by default.  Each
refusal is a line with its route, status and code; an unexpected error adds its traceback
(``errors.py``).  uvicorn's own start-up and access lines stay on the console.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from ..core.logs import setup_logging
from .app import ServerConfig, create_app
from .storage import Storage
from .tls import check_tls_files, check_transport

log = logging.getLogger("servicepoint.server")

#: A reverse proxy on this machine (nginx, Caddy: docs/county.md) names the client in
#: ``X-Forwarded-For`` and the scheme in ``X-Forwarded-Proto``; uvicorn believes these only
#: from 127.0.0.1, so the per-address limits count each real client behind a local proxy,
#: and a client elsewhere cannot pose as another address.  Set here, not left to uvicorn's
#: default and its ``FORWARDED_ALLOW_IPS`` variable.
PROXY: dict[str, Any] = {"proxy_headers": True, "forwarded_allow_ips": "127.0.0.1"}


def log_folder(storage: Storage) -> Path:
    """``logs`` beside a SQLite database file; for PostgreSQL, beside where the county's
    SQLite file would be (``<data folder>/county``)."""
    database = storage.engine.url.database
    if storage.is_sqlite and database and database != ":memory:":
        return Path(database).resolve().parent / "logs"
    from ..core.paths import default_base_dir  # platformdirs: only when there is no file

    return default_base_dir() / "county" / "logs"


def serve(
    storage: Storage,
    host: str = "127.0.0.1",
    port: int = 8750,
    config: ServerConfig | None = None,
    *,
    logs: Path | None = None,
    certfile: str | None = None,
    keyfile: str | None = None,
    insecure_http: bool = False,
) -> None:
    """Serve until stopped, logging to ``county.log`` in ``logs`` (default
    :func:`log_folder`).  Raises ``Refusal`` before anything starts for TLS files that are
    missing or a plain-HTTP network address without ``insecure_http``."""
    fingerprint = check_tls_files(certfile, keyfile)
    check_transport(host, tls=fingerprint is not None, insecure_http=insecure_http)
    path = setup_logging(logs or log_folder(storage), "county")
    log.info(
        "county server starting on %s://%s:%d (%s database); log %s",
        "https" if fingerprint else "http",
        host,
        port,
        "SQLite" if storage.is_sqlite else "PostgreSQL",
        path,
    )
    if fingerprint:
        log.info("certificate SHA-256 fingerprint %s", fingerprint)
    elif insecure_http:
        log.warning(
            "serving %s:%d WITHOUT TLS (--insecure-http): tokens, enrolment codes and farmers' "
            "numbers cross the network in clear",
            host,
            port,
        )
    try:
        uvicorn.run(
            create_app(storage, config),
            host=host,
            port=port,
            log_level="info",
            timeout_keep_alive=30,
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            **PROXY,
        )
    finally:
        log.info("county server stopped")


@dataclass
class RunningServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    storage: Storage

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def serve_in_thread(
    storage: Storage,
    config: ServerConfig | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    certfile: str | None = None,
    keyfile: str | None = None,
) -> RunningServer:
    """Start on a free port (``port=0``) and return once it accepts connections; with
    ``certfile``/``keyfile`` over HTTPS (the URL says ``https://``)."""
    tls = check_tls_files(certfile, keyfile) is not None
    uv_config = uvicorn.Config(
        create_app(storage, config),
        host=host,
        port=port,
        log_level="warning",
        lifespan="off",
        timeout_keep_alive=30,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        **PROXY,
    )
    server = uvicorn.Server(uv_config)
    thread = threading.Thread(target=server.run, name="county-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the county server did not start")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()
    scheme = "https" if tls else "http"
    return RunningServer(f"{scheme}://{bound[0]}:{bound[1]}", server, thread, storage)
