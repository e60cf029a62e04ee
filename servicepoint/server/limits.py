"""Limits for the routes anyone may call without a token or a login: enrolment, the county
login and the receipt check (``/v1/enrol``, ``/v1/county/login``, ``/v1/verify``).

Each is a sliding window per client address: at most ``limit`` attempts in ``window``
seconds, then ``429`` with ``Retry-After`` until the oldest attempt leaves the window.  The
county login adds a lock per user name and per address: after ``LOGIN_FAILURES`` failures
within ``LOGIN_LOCK_S`` seconds, every attempt, even with the right password, is refused for
``LOGIN_LOCK_S`` seconds (15 minutes) from that last failure.

The state lives in memory in the server process.  One county runs one server process, so
that is enough; a restart forgets the counts (an attacker who can restart the server has
won already).  Written by hand rather than with ``limits``/``slowapi``: neither is
installed, both would pull in storage back ends and decorator plumbing for what is twenty
lines here, and neither takes an injected clock, which the tests need to step past a lock
without sleeping.  Memory is bounded: a key's entries are dropped once they are out of the
window, and at most ``MAX_KEYS`` keys are kept (the stalest go first), so a flood of made-up
user names cannot grow it without end.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("servicepoint.server")

Clock = Callable[[], float]

MAX_KEYS = 10_000
LOGIN_FAILURES = 5
LOGIN_LOCK_S = 15 * 60


class SlidingWindow:
    """At most ``limit`` hits per key in any ``window`` seconds."""

    def __init__(self, limit: int, window: float, clock: Clock = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = deque()
            while len(self._hits) > MAX_KEYS:
                self._hits.popitem(last=False)
        self._hits.move_to_end(key)
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def wait(self, key: str) -> int | None:
        """Seconds until ``key`` may try again (at least 1), or None if it may now."""
        with self._lock:
            now = self.clock()
            hits = self._recent(key, now)
            if len(hits) < self.limit:
                return None
            return max(1, math.ceil(hits[-self.limit] + self.window - now))

    def hit(self, key: str) -> int | None:
        """Count one attempt of ``key``; or, over the limit, count nothing and return the
        seconds to wait."""
        with self._lock:
            now = self.clock()
            hits = self._recent(key, now)
            if len(hits) >= self.limit:
                return max(1, math.ceil(hits[-self.limit] + self.window - now))
            hits.append(now)
            return None

    def clear(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)


class Lockout:
    """After ``failures`` failures of a key within ``window`` seconds, the key is locked for
    ``lock`` seconds from that last failure."""

    def __init__(
        self, failures: int, window: float, lock: float, clock: Clock = time.monotonic
    ) -> None:
        self.recent = SlidingWindow(failures, window, clock)
        self.lock, self.clock = lock, clock
        self._until: OrderedDict[str, float] = OrderedDict()
        self._guard = threading.Lock()

    def wait(self, key: str) -> int | None:
        """Seconds left of ``key``'s lock (at least 1), or None when it is not locked."""
        with self._guard:
            until = self._until.get(key)
            if until is None:
                return None
            left = until - self.clock()
            if left <= 0:
                del self._until[key]
                return None
            return max(1, math.ceil(left))

    def fail(self, key: str) -> bool:
        """Count a failure; True when this one starts a lock."""
        if self.recent.hit(key) is None and self.recent.wait(key) is None:
            return False
        self.recent.clear(key)
        with self._guard:
            self._until[key] = self.clock() + self.lock
            while len(self._until) > MAX_KEYS:
                self._until.popitem(last=False)
        return True

    def clear(self, key: str) -> None:
        self.recent.clear(key)


@dataclass
class Limits:
    """Every limit of one server (``Db.limits``).  Tests pass a ``clock`` to step time."""

    clock: Clock = time.monotonic
    #: Enrolment attempts per address: a station enrols once, a retry or two after a cut.
    enrol_per_address: tuple[int, float] = (20, 600.0)
    #: Receipt checks per address: a person scans receipts by hand.
    verify_per_address: tuple[int, float] = (120, 60.0)
    #: Login attempts per address, failed or not (the failures lock sooner, below).
    login_per_address: tuple[int, float] = (60, 60.0)
    #: Password checks that may run at once.  A check costs ~35 ms of scrypt in the thread
    #: pool; waiting ones wait in the event loop, not in a thread, and never take one of the
    #: database slots a station's push or handshake needs (``Db._slot``).
    login_concurrent: int = 2
    login_wait_s: float = 5.0
    enrol: SlidingWindow = field(init=False)
    verify: SlidingWindow = field(init=False)
    login: SlidingWindow = field(init=False)
    login_failures: Lockout = field(init=False)
    login_gate: asyncio.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self.enrol = SlidingWindow(*self.enrol_per_address, clock=self.clock)
        self.verify = SlidingWindow(*self.verify_per_address, clock=self.clock)
        self.login = SlidingWindow(*self.login_per_address, clock=self.clock)
        self.login_failures = Lockout(LOGIN_FAILURES, LOGIN_LOCK_S, LOGIN_LOCK_S, clock=self.clock)
        self.login_gate = asyncio.Semaphore(self.login_concurrent)

    @staticmethod
    def login_keys(name: str, address: str) -> tuple[str, str]:
        return f"user:{name.strip().casefold()[:60]}", f"addr:{address}"

    def login_locked(self, name: str, address: str) -> int | None:
        """Seconds left of a lock on this user name or this address, or None."""
        waits = [w for w in map(self.login_failures.wait, self.login_keys(name, address)) if w]
        return max(waits) if waits else None

    def login_failed(self, name: str, address: str) -> None:
        """Count a failure against the user name and the address; log a lock as it starts."""
        for key in self.login_keys(name, address):
            if self.login_failures.fail(key):
                log.warning(
                    "county login locked for %d min after %d failures: %s (user %r, address %s)",
                    LOGIN_LOCK_S // 60,
                    LOGIN_FAILURES,
                    "POST /v1/county/login",
                    name[:60],
                    address,
                )

    def login_succeeded(self, name: str) -> None:
        """A right password (outside a lock) forgets the user name's failures."""
        self.login_failures.clear(self.login_keys(name, "")[0])
