"""What an electronic scale sends, turned into readings: one class per protocol.

A protocol is fed the bytes the port gave, in whatever pieces they came, and returns the
readings of the frames it completed.  Anything it cannot read (line noise, a frame cut short,
a wrong check byte, a unit it does not know) gives no reading: a weight is never guessed.
What a protocol must send to the scale is in ``request()`` (before every poll) and
``pending`` (answers to what the scale said, e.g. CAS's DC1 after its ACK).

The frame formats come from the makers' manuals (docs/hardware.md names them):

- ``continuous``: the ASCII lines a retail or counter scale sends many times a second,
  ``ST,GS,+  1.234kg``: ST stable, US unstable (moving), OL overload; GS gross, NT net; an
  optional device-id/lamp field; a signed weight and its unit (CAS's 22-byte and A&D's
  18-byte formats).  A line with no such header (``ww001.234kg``, ``+  1.234 kg``) says
  nothing about stability: the stability rule in ``scale_reader`` decides.
- ``sics``: Mettler Toledo MT-SICS level 0, polled with ``SI``: ``S S   1.234 kg`` stable,
  ``S D …`` dynamic, ``S +`` overload, ``S -`` underload, ``S I`` busy.
- ``cas-ecr``: the ECR request of CAS price-computing scales (ENQ → ACK, DC1 → SOH STX
  STA SIGN weight unit BCC ETX EOT; BCC the XOR of STA … unit; sign ``F`` overflow).
- ``xk3190``: the continuous mode (tF=0) of Yaohua's XK3190-A9 indicator and its many
  copies on platform scales: STX, sign, six digits, the number of decimals, the XOR of
  those eight bytes as two hex digits, ETX.  In kg, with no stability flag.

Weights go into integer grams through ``core.money.parse_weight_reading`` (斤, kg, g).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import ClassVar

from ..core.errors import InvalidQuantity
from ..core.money import parse_weight_reading


class Status(enum.StrEnum):
    STABLE = "stable"
    MOVING = "moving"
    #: The frame has no stability flag; the stability rule turns it into STABLE or MOVING.
    UNKNOWN = "unknown"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    #: A weight in a unit the station does not take (lb, oz, t): set the scale to kg or 斤.
    BAD_UNIT = "bad_unit"


@dataclass(frozen=True)
class Reading:
    """One weight as the scale reported it.

    ``grams`` is None for overload, underload and an unknown unit.  ``net``: the scale said
    the weight is net of its own tare.  ``tare_g``: the station's tare already taken off
    ``grams`` (``scale_reader.Scale``).  ``at``: ``time.monotonic()`` when it arrived.
    """

    status: Status
    grams: int | None = None
    unit: str = ""
    net: bool = False
    tare_g: int = 0
    at: float = 0.0


#: How scales spell the units the station takes (GBK/GB18030 bytes of 斤 read as Latin-1).
UNIT_CODES = {
    "kg": "kg",
    "g": "g",
    "jin": "jin",
    "斤": "jin",
    "\xbd\xef": "jin",
}
#: The longest frame any protocol here sends; a longer run without an end is noise.
MAX_FRAME = 96

_NUMBER = re.compile(r"(?P<sign>[+-]?)\s*(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def weigh(sign: str, number: str, unit_text: str, status: Status, *, net: bool = False) -> Reading:
    """A reading from a signed number and the scale's unit text; an unknown unit gives
    ``BAD_UNIT`` (never a guess)."""
    code = UNIT_CODES.get(unit_text.strip().lower()) or UNIT_CODES.get(unit_text.strip())
    if code is None:
        return Reading(Status.BAD_UNIT, None, unit_text.strip()[:8], net)
    grams = parse_weight_reading(f"{'-' if sign == '-' else ''}{number}", code)
    return Reading(status, grams, code, net)


class Protocol:
    """Bytes in, readings out.  One instance per open port: it keeps a partial frame."""

    name: ClassVar[str]
    summary: ClassVar[str]
    #: The scale answers a request (True) or talks on its own (False).
    polled: ClassVar[bool] = False

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.pending = bytearray()  # to send to the scale now
        self.dropped = 0  # frames (or runs of noise) that gave no reading

    def request(self) -> bytes:
        """What to send before each poll (nothing for a scale that talks on its own)."""
        return b""

    def feed(self, data: bytes) -> list[Reading]:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget a partial frame (the port was closed or the cable pulled mid-frame)."""
        self.buffer.clear()
        self.pending.clear()


class LineProtocol(Protocol):
    """Frames are lines ending in CR and/or LF."""

    def feed(self, data: bytes) -> list[Reading]:
        self.buffer += data
        readings: list[Reading] = []
        while True:
            ends = [i for i in (self.buffer.find(b"\r"), self.buffer.find(b"\n")) if i >= 0]
            if not ends:
                break
            end = min(ends)
            line = bytes(self.buffer[:end]).decode("latin-1")
            del self.buffer[: end + 1]
            if not line.strip():
                continue
            try:
                reading = self.parse(line)
            except InvalidQuantity:  # a number out of all bounds: noise
                reading = None
            if reading is None:
                self.dropped += 1
            else:
                readings.append(reading)
        if len(self.buffer) > MAX_FRAME:
            self.buffer.clear()
            self.dropped += 1
        return readings

    def parse(self, line: str) -> Reading | None:
        raise NotImplementedError


class Continuous(LineProtocol):
    name = "continuous"
    summary = "continuous ASCII lines, ST,GS,+  1.234kg (CAS 22-byte, A&D 18-byte and alike)"

    _HEADED = re.compile(
        r"(?P<state>ST|US|OL)\s*,\s*(?:(?P<kind>GS|NT|TR)\s*,\s*)?(?:[^,]{1,2},)?(?P<body>[^,]*)$"
    )
    _BODY = re.compile(
        r"\s*(?P<sign>[+-]?)\s*(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(?P<unit>\S{1,3})\s*"
    )
    # A line with no stability header: an optional two-letter tag (ww gross, wn net), then
    # the weight and its unit.
    _BARE = re.compile(
        r"\s*(?P<tag>[A-Za-z]{2})?\s*(?P<sign>[+-]?)\s*(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
        r"\s*(?P<unit>[A-Za-z]{1,3}|\xbd\xef)\s*"
    )

    def parse(self, line: str) -> Reading | None:
        headed = self._HEADED.search(line)
        if headed is not None:
            state = headed["state"]
            net = headed["kind"] == "NT"
            if state == "OL":
                return Reading(Status.OVERLOAD, None, "", net)
            body = self._BODY.fullmatch(headed["body"])
            if body is None:
                return None
            status = Status.STABLE if state == "ST" else Status.MOVING
            return weigh(body["sign"], body["num"], body["unit"], status, net=net)
        bare = self._BARE.fullmatch(line)
        if bare is None:
            return None
        net = (bare["tag"] or "").lower() == "wn"
        return weigh(bare["sign"], bare["num"], bare["unit"], Status.UNKNOWN, net=net)


class Sics(LineProtocol):
    name = "sics"
    summary = "Mettler Toledo MT-SICS, polled with SI: S S     1.234 kg"
    polled = True

    def request(self) -> bytes:
        return b"SI\r\n"

    def parse(self, line: str) -> Reading | None:
        words = line.split()
        if len(words) < 2 or words[0] != "S":
            return None  # ES/ET/EL (the scale did not understand) or noise
        flag = words[1]
        if flag == "+":
            return Reading(Status.OVERLOAD)
        if flag == "-":
            return Reading(Status.UNDERLOAD)
        if flag not in ("S", "D") or len(words) != 4:
            return None  # "S I": busy, no weight this time
        number = _NUMBER.fullmatch(words[2])
        if number is None:
            return None
        status = Status.STABLE if flag == "S" else Status.MOVING
        return weigh(number["sign"], number["num"], words[3], status)


class FramedProtocol(Protocol):
    """Frames run from STX to ETX; bytes between frames go to ``between``."""

    STX, ETX = 0x02, 0x03

    def between(self, byte: int) -> None:
        """A byte outside any frame (SOH, EOT, an answer such as ACK, or noise)."""

    def feed(self, data: bytes) -> list[Reading]:
        readings: list[Reading] = []
        for byte in data:
            if not self.buffer:
                if byte == self.STX:
                    self.buffer.append(byte)
                else:
                    self.between(byte)
                continue
            if byte == self.STX:  # a new frame began: the old one was cut short
                self.dropped += 1
                self.buffer[:] = bytes([byte])
                continue
            if byte != self.ETX:
                self.buffer.append(byte)
                if len(self.buffer) > MAX_FRAME:
                    self.buffer.clear()
                    self.dropped += 1
                continue
            frame = bytes(self.buffer[1:])
            self.buffer.clear()
            try:
                reading = self.parse(frame)
            except InvalidQuantity:
                reading = None
            if reading is None:
                self.dropped += 1
            else:
                readings.append(reading)
        return readings

    def parse(self, frame: bytes) -> Reading | None:
        raise NotImplementedError

    @staticmethod
    def check(body: bytes) -> int:
        value = 0
        for byte in body:
            value ^= byte
        return value


class CasEcr(FramedProtocol):
    name = "cas-ecr"
    summary = "CAS ECR request: ENQ, ACK, DC1, then SOH STX S/U sign weight unit BCC ETX EOT"
    polled = True

    ENQ, ACK, DC1 = b"\x05", 0x06, b"\x11"

    def request(self) -> bytes:
        return self.ENQ

    def between(self, byte: int) -> None:
        if byte == self.ACK:
            self.pending += self.DC1  # the scale is ready: ask for the weight

    def parse(self, frame: bytes) -> Reading | None:
        if len(frame) < 5:
            return None
        body, bcc = frame[:-1], frame[-1]
        if self.check(body) != bcc:
            return None
        text = body.decode("latin-1")
        state, sign, rest = text[0], text[1], text[2:]
        if state not in "SU":
            return None
        if sign == "F":
            return Reading(Status.OVERLOAD)
        match = re.fullmatch(r"\s*(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(?P<unit>\S{1,3})", rest)
        if match is None or sign not in " -+":
            return None
        status = Status.STABLE if state == "S" else Status.MOVING
        return weigh(sign, match["num"], match["unit"], status)


class Xk3190(FramedProtocol):
    name = "xk3190"
    summary = "Yaohua XK3190-A9 continuous (tF=0): STX sign 6 digits, decimals, XOR, ETX; kg"

    def parse(self, frame: bytes) -> Reading | None:
        # sign, six digits (high first), decimal places counted from the right, then the XOR
        # of those eight bytes as two hex digits; no unit (kg) and no stability flag
        if len(frame) != 10:
            return None
        body, check = frame[:8], frame[8:].decode("latin-1")
        if f"{self.check(body):02X}" != check.upper():
            return None
        text = body.decode("latin-1")
        sign, digits, places = text[0], text[1:7], text[7]
        if sign not in "+-" or not digits.isdigit() or places not in "01234":
            return None
        cut = 6 - int(places)
        number = f"{digits[:cut]}.{digits[cut:]}" if cut < 6 else digits
        return weigh(sign, number, "kg", Status.UNKNOWN)


#: Every protocol by the name ``--protocol`` and the settings use.
PROTOCOLS: dict[str, type[Protocol]] = {p.name: p for p in (Continuous, Sics, CasEcr, Xk3190)}


def protocol(name: str) -> Protocol:
    """A new protocol instance by name; KeyError names the ones there are."""
    try:
        return PROTOCOLS[name]()
    except KeyError:
        raise KeyError(f"unknown scale protocol {name!r}: {', '.join(PROTOCOLS)}") from None
