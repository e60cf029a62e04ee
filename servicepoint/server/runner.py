"""Running the county server: in the foreground for ``servicepoint county serve``, or on a
background thread on a loopback port for tests, benchmarks and the window's "try it" flow."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import uvicorn

from .app import ServerConfig, create_app
from .storage import Storage


def serve(storage: Storage, host: str = "127.0.0.1", port: int = 8750,
          config: ServerConfig | None = None) -> None:
    uvicorn.run(create_app(storage, config), host=host, port=port, log_level="info",
                timeout_keep_alive=30)


@dataclass
class RunningServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    storage: Storage

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def serve_in_thread(storage: Storage, config: ServerConfig | None = None,
                    host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Start on a free port (``port=0``) and return once it accepts connections."""
    uv_config = uvicorn.Config(create_app(storage, config), host=host, port=port,
                               log_level="warning", lifespan="off", timeout_keep_alive=30)
    server = uvicorn.Server(uv_config)
    thread = threading.Thread(target=server.run, name="county-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the county server did not start")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()
    return RunningServer(f"http://{bound[0]}:{bound[1]}", server, thread, storage)
