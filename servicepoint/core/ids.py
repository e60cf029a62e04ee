"""Device-made ids (RFC 9562 UUIDv7) and the station clock.

Written by hand because Python 3.11 has no ``uuid.uuid7`` and the layout is a dozen lines;
the old-draft ``uuid7`` package on PyPI predates the RFC.  The generator is an object so the
training-station builder can make deterministic ids from simulated time and a seeded random.
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from .protocol import CHINA_TZ as CHINA_TZ  # the clock stamps in the wire's calendar


def uuid7_from(unix_ms: int, rand_a: int, rand_b: int) -> str:
    """Assemble a UUIDv7: 48-bit ms time, version 7, 12 bits rand_a, variant, 62 bits rand_b."""
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (rand_a & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand_b & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


class IdMaker:
    """Monotonic UUIDv7 within a process: rand_a is a counter while the millisecond repeats
    (RFC 9562 §6.2 method 1), so ids made in one transaction sort in creation order."""

    def __init__(
        self, clock: Callable[[], datetime] | None = None, rng: random.Random | None = None
    ) -> None:
        self._clock = clock
        self._rng = rng
        self._last_ms = -1
        self._counter = 0
        self._lock = threading.Lock()

    def _random_bits(self, bits: int) -> int:
        if self._rng is not None:
            return self._rng.getrandbits(bits)
        return int.from_bytes(os.urandom((bits + 7) // 8), "big") & ((1 << bits) - 1)

    def __call__(self) -> str:
        now = self._clock() if self._clock else datetime.now(UTC)
        ms = int(now.timestamp() * 1000)
        with self._lock:
            if ms <= self._last_ms:
                ms = self._last_ms
                self._counter += 1
                if self._counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                    ms += 1
                    self._counter = self._random_bits(8)
            else:
                self._counter = self._random_bits(8)
            self._last_ms = ms
            return uuid7_from(ms, self._counter, self._random_bits(62))


class Clock:
    """Station time. Real stations use the PC clock in China time; tests and the training
    builder pass a function returning simulated time."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now

    def now(self) -> datetime:
        value = self._now() if self._now else datetime.now(CHINA_TZ)
        if value.tzinfo is None:
            value = value.replace(tzinfo=CHINA_TZ)
        return value.astimezone(CHINA_TZ)

    def stamp(self) -> str:
        """ISO-8601 with offset, to the millisecond: sortable as text within the station."""
        return self.now().isoformat(timespec="milliseconds")


class ManualClock(Clock):
    """A clock that only moves when told to: tests, the training builder and benchmarks."""

    def __init__(self, start: datetime) -> None:
        super().__init__()
        self.current = start if start.tzinfo else start.replace(tzinfo=CHINA_TZ)

    def now(self) -> datetime:
        return self.current.astimezone(CHINA_TZ)

    def advance(self, **kwargs: float) -> None:
        self.current = self.current + timedelta(**kwargs)

    def set(self, when: datetime) -> None:
        self.current = when if when.tzinfo else when.replace(tzinfo=CHINA_TZ)
