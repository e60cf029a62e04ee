"""A small TCP proxy that cuts connections at a chosen byte, for the sync fault tests.

SYNC.md guarantee 2 says a sync cut at any byte, in the request or in the response, resumes
without losing or duplicating anything.  This proxy sits on 127.0.0.1 in front of the county
server and makes such cuts happen exactly where a test wants them:

* ``Cut("request", 517)`` forwards the first 517 bytes the client sends, then closes both
  sides; ``Cut("response", 0)`` forwards the whole request but not one byte of the answer (the
  server has done its work, the station never hears of it).
* With ``match=b"POST /v1/sync/push "`` the count starts where that text first appears in the
  client's stream, on whichever connection carries it; ``requests`` keeps connections alive,
  so "the push" is rarely the first request of its connection.  For a response cut the count
  starts at the first byte the server sends after the match (the answer to that request).
* Without ``match`` a rule takes the next accepted connection and counts from its first byte.
* Rules run as a schedule, one after another: each is used once, then the next is armed; with
  none left the proxy passes everything through.  ``Cut(None)`` passes one connection
  through untouched and moves the schedule on.
* ``on_cut`` runs (on the proxy's thread) at the moment of the cut, before the sockets close:
  the kill test uses it to SIGKILL the server between its commit and its answer.

Every byte seen both ways is recorded per connection (``Proxy.connections``), with helpers
to split a recorded stream into HTTP messages, so a test can measure the real size of a push
request or answer before it spreads cuts over it.  Stdlib only: threads and sockets.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

PUSH = b"POST /v1/sync/push "
STATE = b"GET /v1/sync/state"
PULL = b"GET /v1/sync/pull"
TOTALS = b"GET /v1/sync/totals"

_CHUNK = 65536


@dataclass
class Cut:
    """One entry of the schedule (see the module docstring)."""

    direction: str | None  # "request", "response" or None (pass one connection through)
    after: int = 0
    match: bytes | None = None
    on_cut: Callable[[], None] | None = None
    reset: bool = False  # close with RST (SO_LINGER 0) instead of FIN
    fired: bool = False  # set when the cut happened
    conn_id: int | None = None  # the connection it was applied to
    at: int | None = None  # bytes of the counted stream forwarded when it fired

    def __post_init__(self) -> None:
        if self.direction not in ("request", "response", None):
            raise ValueError(f"direction must be request, response or None: {self.direction}")
        if self.after < 0:
            raise ValueError("after must be >= 0")


@dataclass
class Connection:
    """What one proxied connection carried, both ways, as received from each side."""

    id: int
    up: bytearray = field(default_factory=bytearray)  # client -> server
    down: bytearray = field(default_factory=bytearray)  # server -> client
    cut: Cut | None = None
    cut_at: tuple[str, int] | None = None  # (direction, absolute offset in that stream)
    closed: bool = False


@dataclass(frozen=True)
class Message:
    """One HTTP message inside a recorded stream: ``[start, end)``; ``head`` ends at the blank
    line, so ``start + head`` is where the body begins."""

    start: int
    end: int
    head: int
    first_line: bytes

    @property
    def size(self) -> int:
        return self.end - self.start


def http_messages(stream: bytes | bytearray) -> list[Message]:
    """Split a recorded HTTP/1.1 stream into messages by ``Content-Length`` (enough for our
    server, which never answers chunked); a truncated last message ends at the stream's end."""
    out: list[Message] = []
    pos = 0
    data = bytes(stream)
    while pos < len(data):
        blank = data.find(b"\r\n\r\n", pos)
        if blank < 0:
            out.append(Message(pos, len(data), len(data) - pos, data[pos:].split(b"\r\n")[0]))
            break
        head = data[pos:blank].split(b"\r\n")
        length = 0
        for line in head[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        end = min(blank + 4 + length, len(data))
        out.append(Message(pos, end, blank + 4 - pos, head[0]))
        pos = end
    return out


class Proxy:
    """Listen on 127.0.0.1 (a free port) and forward to ``target`` ``(host, port)``."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.connections: list[Connection] = []
        self._schedule: deque[Cut] = deque()
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self._stopping = False
        self._open: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept, name="cut-proxy", daemon=True)

    @classmethod
    def to_url(cls, url: str) -> Proxy:
        """A started proxy in front of ``http://host:port``."""
        host, port = url.split("://", 1)[1].rstrip("/").rsplit(":", 1)
        return cls((host, int(port))).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Proxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping = True
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        self._listener.close()
        with self._lock:
            for sock in list(self._open):
                _close(sock)
        self._thread.join(timeout=5)

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the schedule ----------------------------------------------------------------------

    def schedule(self, *cuts: Cut) -> None:
        """Append rules to the schedule; they are used in order, each once."""
        with self._lock:
            self._schedule.extend(cuts)

    def clear(self) -> list[Cut]:
        """Drop the rules not used yet (returned), e.g. a cut beyond a shorter request."""
        with self._lock:
            left = list(self._schedule)
            self._schedule.clear()
        return left

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._schedule)

    # -- what was carried -------------------------------------------------------------------

    def mark(self) -> dict[int, tuple[int, int]]:
        """A snapshot of how far each connection's streams have got, for :meth:`since`."""
        with self._lock:
            return {c.id: (len(c.up), len(c.down)) for c in self.connections}

    def since(self, mark: dict[int, tuple[int, int]]) -> list[tuple[int, bytes, bytes]]:
        """``(connection id, client bytes, server bytes)`` carried after ``mark``."""
        with self._lock:
            conns = list(self.connections)
        out = []
        for c in conns:
            up, down = mark.get(c.id, (0, 0))
            if len(c.up) > up or len(c.down) > down:
                out.append((c.id, bytes(c.up[up:]), bytes(c.down[down:])))
        return out

    def messages(self, first_line: bytes) -> list[tuple[Message, Message | None, int]]:
        """Every recorded request whose first line starts with ``first_line``, with the answer
        to it when one was recorded, and the connection id.  Recorded means as the server
        sent it: a response cut (``Connection.cut_at``) kept the rest from the client."""
        with self._lock:
            conns = list(self.connections)
        found = []
        for c in conns:
            requests, answers = http_messages(c.up), http_messages(c.down)
            for i, request in enumerate(requests):
                if request.first_line.startswith(first_line):
                    found.append((request, answers[i] if i < len(answers) else None, c.id))
        return found

    # -- plumbing --------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=10)
                server.settimeout(None)
            except OSError:
                _close(client)  # the server is down: the client sees the connection drop
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                conn = Connection(len(self.connections))
                self.connections.append(conn)
                self._open.update((client, server))
                head = self._schedule[0] if self._schedule else None
                if head is not None and head.match is None:
                    self._schedule.popleft()
                    head.conn_id = conn.id
                    conn.cut = head
            link = _Link(self, conn, client, server)
            threading.Thread(target=link.pump_up, daemon=True, name=f"up-{conn.id}").start()
            threading.Thread(target=link.pump_down, daemon=True, name=f"down-{conn.id}").start()


class _Link:
    """The two pumps of one connection and the point where its cut starts counting."""

    def __init__(
        self, proxy: Proxy, conn: Connection, client: socket.socket, server: socket.socket
    ) -> None:
        self.proxy = proxy
        self.conn = conn
        self.client = client
        self.server = server
        self.lock = threading.Lock()
        # Absolute stream offset where counting starts; None until the rule applies.
        rule = conn.cut
        self.up_start: int | None = 0 if rule is not None else None
        self.down_start: int | None = 0 if rule is not None else None

    # The rule's limit as an absolute offset in the given stream, or None (no limit).
    def _limit(self, direction: str) -> int | None:
        rule = self.conn.cut
        if rule is None or rule.fired or rule.direction != direction:
            return None
        start = self.up_start if direction == "request" else self.down_start
        return None if start is None else start + rule.after

    def _claim_match(self, since: int) -> None:
        """Look for the armed rule's ``match`` in the client bytes that arrived from ``since``
        on (an earlier request on this kept-alive connection must not match)."""
        if self.conn.cut is not None:
            return
        with self.proxy._lock:
            head = self.proxy._schedule[0] if self.proxy._schedule else None
            if head is None or head.match is None:
                return
            found = bytes(self.conn.up).find(head.match, max(0, since - len(head.match) + 1))
            if found < 0:
                return
            self.proxy._schedule.popleft()
            head.conn_id = self.conn.id
            with self.lock:
                self.up_start = found
                self.down_start = None  # set at the first server byte after the request
            self.conn.cut = head

    def _fire(self, direction: str, offset: int) -> None:
        rule = self.conn.cut
        assert rule is not None
        start = self.up_start if direction == "request" else self.down_start
        assert start is not None
        rule.at = offset - start
        rule.fired = True
        self.conn.cut_at = (direction, offset)
        if rule.on_cut is not None:
            rule.on_cut()
        self.shut(rule.reset)

    def shut(self, reset: bool = False) -> None:
        with self.lock:
            if self.conn.closed:
                return
            self.conn.closed = True
        for sock in (self.client, self.server):
            _close(sock, reset)
        with self.proxy._lock:
            self.proxy._open.discard(self.client)
            self.proxy._open.discard(self.server)

    def pump_up(self) -> None:
        self._pump(self.client, self.server, "request")

    def pump_down(self) -> None:
        self._pump(self.server, self.client, "response")

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        stream = self.conn.up if direction == "request" else self.conn.down
        while True:
            try:
                data = src.recv(_CHUNK)
            except OSError:
                data = b""
            if not data:
                self.shut()
                return
            offset = len(stream)
            stream.extend(data)
            if direction == "request":
                self._claim_match(offset)  # before forwarding: the answer cannot come first
            else:
                with self.lock:
                    if self.conn.cut is not None and self.down_start is None:
                        self.down_start = offset
            limit = self._limit(direction)
            if limit is not None and offset + len(data) >= limit:
                keep = max(0, limit - offset)  # < 0 only for a match split across two reads
                with contextlib.suppress(OSError):
                    dst.sendall(data[:keep])
                self._fire(direction, offset + keep)
                return
            try:
                dst.sendall(data)
            except OSError:
                self.shut()
                return


def _close(sock: socket.socket, reset: bool = False) -> None:
    """FIN both ways, or with ``reset`` an RST (linger on, zero seconds) as a dropped link
    might produce."""
    try:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # SHUT_RD sends nothing but wakes the other pump's recv(); without it the close
            # would wait for that recv to return, and the client would wait for ever.
            sock.shutdown(socket.SHUT_RD)
        else:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    with contextlib.suppress(OSError):
        sock.close()
