"""A scale on a serial port: the port itself, the stability rule, the tare, and why a reading
cannot be taken as a quantity.

Threading: a :class:`ScaleReader` belongs to the one thread that polls it (the window's
worker, or the command line's loop); its ``poll`` blocks for at most ``READ_TIMEOUT``.  A
:class:`Scale` (stability and tare) is plain state for one thread too: the window keeps it on
the GUI thread and feeds it the readings the worker stamped on arrival, so the stability rule
judges arrival times, never the moment the GUI got round to them.

The stability rule: a reading is taken only when the scale reports it stable, or, for a scale
whose frames carry no stability flag, when ``count`` equal weights arrived within ``within_ms``.
A frame flagged moving is moving, however many equal ones came: the scale knows better.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

import serial
from serial.tools import list_ports

from .scale_frames import PROTOCOLS, Protocol, Reading, Status, protocol

#: Longest a single ``poll`` waits for bytes (the worker checks its stop flag between polls).
READ_TIMEOUT = 0.1
#: How often a polled scale is asked for its weight.
POLL_INTERVAL = 0.2
#: Speeds a scale's serial port is set to (9600 is the usual factory setting).
BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
DEFAULT_BAUD = 9600
#: Stability rule for frames with no flag: this many equal weights within this many ms.
EQUAL_COUNT = 5
EQUAL_WITHIN_MS = 1500


class ScaleUnavailable(Exception):
    """The port cannot be opened, or it went away (cable pulled, adapter unplugged)."""


@dataclass(frozen=True)
class ScaleConfig:
    port: str
    protocol: str
    baud: int = DEFAULT_BAUD

    def __post_init__(self) -> None:
        if self.protocol not in PROTOCOLS:
            raise ValueError(f"unknown scale protocol {self.protocol!r}")
        if self.baud not in BAUDS:
            raise ValueError(f"baud rate {self.baud} not one of {BAUDS}")


def serial_ports() -> list[tuple[str, str]]:
    """(device, description) of every serial port the system lists (COM3, /dev/ttyUSB0)."""
    return sorted((p.device, p.description or "") for p in list_ports.comports())


def open_port(port: str, baud: int) -> serial.SerialBase:
    """The port by name (COM3, /dev/ttyUSB0) or pyserial URL (``socket://host:4001`` for a
    scale behind a serial server); 8 data bits, no parity, 1 stop bit."""
    try:
        return serial.serial_for_url(
            port, baudrate=baud, timeout=READ_TIMEOUT, write_timeout=1.0, exclusive=True
        )
    except (serial.SerialException, OSError, ValueError) as error:
        raise ScaleUnavailable(str(error) or type(error).__name__) from error


class ScaleReader:
    """Reads one port with one protocol.  ``poll()`` returns the readings of one cycle,
    stamped with their arrival; it raises :class:`ScaleUnavailable` when the port fails, and
    a frame cut short by that is forgotten, never read."""

    def __init__(
        self,
        port: serial.SerialBase,
        proto: Protocol,
        *,
        poll_interval: float = POLL_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.port = port
        self.protocol = proto
        self.poll_interval = poll_interval
        self.clock = clock
        self._asked_at: float | None = None

    @classmethod
    def open(cls, config: ScaleConfig) -> ScaleReader:
        return cls(open_port(config.port, config.baud), protocol(config.protocol))

    def poll(self) -> list[Reading]:
        try:
            now = self.clock()
            if self.protocol.polled and (
                self._asked_at is None or now - self._asked_at >= self.poll_interval
            ):
                self._asked_at = now
                self.port.write(self.protocol.request())
            data = self.port.read(max(1, self.port.in_waiting))
            readings = self.protocol.feed(data) if data else []
            if self.protocol.pending:
                answer = bytes(self.protocol.pending)
                self.protocol.pending.clear()
                self.port.write(answer)
        except (serial.SerialException, OSError) as error:
            self.protocol.reset()
            raise ScaleUnavailable(str(error) or type(error).__name__) from error
        at = self.clock()
        return [replace(r, at=at) for r in readings]

    def close(self) -> None:
        self.protocol.reset()
        with contextlib.suppress(serial.SerialException, OSError):  # gone with the cable
            self.port.close()


class Stability:
    """The rule for frames with no stability flag (module docstring)."""

    def __init__(self, count: int = EQUAL_COUNT, within_ms: int = EQUAL_WITHIN_MS) -> None:
        if count < 2 or within_ms <= 0:
            raise ValueError("the stability rule needs at least 2 readings and a time")
        self.count = count
        self.within = within_ms / 1000
        self._recent: deque[tuple[float, int]] = deque(maxlen=count)

    def judge(self, reading: Reading) -> Reading:
        if reading.status is not Status.UNKNOWN or reading.grams is None:
            self._recent.clear()
            return reading
        if self._recent and self._recent[-1][1] != reading.grams:
            self._recent.clear()  # the weight changed: count again from this one
        self._recent.append((reading.at, reading.grams))
        steady = (
            len(self._recent) == self.count
            and self._recent[-1][0] - self._recent[0][0] <= self.within
        )
        return replace(reading, status=Status.STABLE if steady else Status.MOVING)


class Refused(Exception):
    """A reading cannot be used: ``code`` is one of :data:`REFUSALS`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


#: Why a weight cannot be taken, in the order ``refusal`` checks.
REFUSALS = ("no_reading", "overload", "underload", "bad_unit", "moving", "negative", "empty")


def refusal(reading: Reading | None) -> str | None:
    """Why ``reading`` cannot fill a quantity (a code of :data:`REFUSALS`), or None."""
    if reading is None:
        return "no_reading"
    if reading.status is Status.OVERLOAD:
        return "overload"
    if reading.status is Status.UNDERLOAD:
        return "underload"
    if reading.status is Status.BAD_UNIT or reading.grams is None:
        return "bad_unit"
    if reading.status is not Status.STABLE:
        return "moving"
    if reading.grams < 0:
        return "negative"
    if reading.grams == 0:
        return "empty"
    return None


class Scale:
    """The weights to show and take: the stability rule, then the station's tare.

    ``tare()`` takes the present stable gross weight (the empty basket on the pan) off every
    weight that follows; taring an empty pan clears it.  The scale's own tare key works too:
    its frames then say net, and the station's tare stays 0.
    """

    def __init__(self, stability: Stability | None = None) -> None:
        self.stability = stability or Stability()
        self.tare_g = 0
        self.latest: Reading | None = None

    def take(self, reading: Reading) -> Reading:
        judged = self.stability.judge(reading)
        if judged.grams is not None and self.tare_g:
            judged = replace(judged, grams=judged.grams - self.tare_g, tare_g=self.tare_g)
        self.latest = judged
        return judged

    def stable_grams(self) -> int:
        """The weight to fill a quantity with; :class:`Refused` says why there is none."""
        why = refusal(self.latest)
        if why is not None:
            raise Refused(why)
        assert self.latest is not None and self.latest.grams is not None
        return self.latest.grams

    def tare(self) -> int:
        """Tare on the present stable weight; returns the tare now in force (0: cleared)."""
        reading = self.latest
        why = refusal(reading)
        if why not in (None, "negative", "empty"):
            raise Refused(why or "")
        assert reading is not None and reading.grams is not None
        gross = reading.grams + self.tare_g
        if gross < 0:
            raise Refused("negative")
        self.tare_g = gross
        self.latest = replace(reading, grams=0, tare_g=gross)
        return gross

    def forget(self) -> None:
        """The scale went quiet or away: no weight may be taken until it speaks again."""
        self.latest = None
        self.stability = Stability(self.stability.count, int(self.stability.within * 1000))
